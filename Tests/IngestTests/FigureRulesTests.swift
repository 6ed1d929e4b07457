import Foundation
import Ingest
import Storage
import Testing

/// What a figure's unit says about its numbers, and other rules between fields of one row: each
/// broken rule is an error at the field concerned, never a silently changed value.
@Suite("Ingest: rules between a figure's fields")
struct FigureRulesTests {
    /// Loads `rows` under `header` after the harness's sources, and returns every error without the path.
    private func errors(_ header: String, _ rows: [String]) throws -> [String] {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let path = try h.write("f.csv", ([header] + rows).joined(separator: "\n") + "\n")
        return try h.ingest([path]).errors.map { $0.description.replacingOccurrences(of: path, with: "f.csv") }
    }

    @Test("a censored count carries its own bounds and is a count: given bounds, or another unit, are errors")
    func censored() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,<5,2,3,,WLD,2016,ilo-2005",
            "b,trafficking-victims,<5,,,percent,WLD,2016,ilo-2005",
            "c,forced-labour-profits,<5,,,,WLD,2016,ilo-2005",
            "d,trafficking-victims,<5,,,,WLD,2016,ilo-2005",
            "e,trafficking-victims,100,,<300,,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:26: low: a censored value \"<5\" carries its own bounds (1 to 4); expected low empty",
            "f.csv:2:28: high: a censored value \"<5\" carries its own bounds (1 to 4); expected high empty",
            "f.csv:3:23: value: \"<5\" is censored, but percent is not a count: censoring (<k) is for counts; for a share published as <5%, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
            "f.csv:4:25: value: \"<5\" is censored, but USD is not a count: censoring (<k) is for counts; for an amount of money published as <5 USD, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
            "f.csv:6:28: high: \"<300\" is censored, but a bound cannot be; expected a number (a censored count such as <5 goes in value, and carries its own bounds)",
        ])
    }

    @Test("counts, money and shares cannot be negative, a share cannot pass 100 percent; a change can be either")
    func signs() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,-5,,,,WLD,2016,ilo-2005",
            "b,forced-labour-profits,US$-2 billion,,,,WLD,2016,ilo-2005",
            "c,trafficking-victims,150%,,,,WLD,2016,ilo-2005",
            "d,trafficking-victims,12%,-1,13,percent,WLD,2016,ilo-2005",
            "e,trafficking-victims,-12,,,percent-change,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:23: value: \"-5\" is negative, but a count in persons cannot be; expected 0 or more",
            "f.csv:3:25: value: \"US$-2 billion\" is negative, but an amount of money in USD cannot be; expected 0 or more",
            "f.csv:4:23: value: \"150%\" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change)",
            "f.csv:5:27: low: \"-1\" is negative, but a share in percent cannot be; expected 0 or more",
        ])
    }

    @Test("a count is a whole number: 1.234 persons is refused, with a hint when the dots may group thousands, and so is 10.000; shares may be fractions")
    func wholeCounts() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,1.234,,,,WLD,2016,ilo-2005",
            "b,trafficking-victims,12.345.678,,,,WLD,2016,ilo-2005",
            "c,trafficking-offences,.5,,,cases,WLD,2016,ilo-2005",
            "d,trafficking-victims,2.45 million,2.4 million,2600000.5,,WLD,2016,ilo-2005",
            "e,trafficking-victims,2.5,,,percent,WLD,2016,ilo-2005",
            "f,trafficking-victims,12.3456 million,,,,WLD,2016,ilo-2005",
            "g,trafficking-victims,10.000,,,,WLD,2016,ilo-2005",
            "h,trafficking-victims,12.0,,,,WLD,2016,ilo-2005",
            "i,forced-labour,5.3,,,,ILO-ARAB-STATES,2021,ilo-2005",
        ])
        #expect(found.count == 6, "\(found)")
        // A rate typed without its unit: the default unit is named, and how to give another.
        #expect(found.contains("f.csv:10:17: value: \"5.3\" is not a whole number, but persons are counted in whole numbers; expected a whole number; the row gives no unit, so the measure's own (persons) applies: if the number is a rate or a share, give its unit (per-1000, percent, ...) in a unit column"), "\(found)")
        #expect(found.contains("f.csv:8:23: value: \"10.000\" reads as 10 here, but its dots may separate thousands; expected 10000 if they do, or 10"), "\(found)")
        #expect(found.first == "f.csv:2:23: value: \"1.234\" is not a whole number, but persons are counted in whole numbers; expected a whole number (1234 if the dots separate thousands)")
        #expect(found.contains("f.csv:3:23: value: \"12.345.678\" has dots separating thousands, as a spreadsheet set to German or Spanish writes them; expected 12345678 or the thousands separated by commas (a point is the decimal mark)"), "\(found)")
        #expect(found.contains("f.csv:4:24: value: \".5\" is not a whole number, but cases are counted in whole numbers; expected a whole number"))
        #expect(found.contains("f.csv:5:48: high: \"2600000.5\" is not a whole number, but persons are counted in whole numbers; expected a whole number"))
    }

    /// `2,450` percent (2.45 with a decimal comma) was told only that it is more than the whole,
    /// which sent the reader to percent-change (review of session 34).
    @Test("a share above the whole that may hold a decimal comma says how to write it")
    func decimalCommaShare() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,\"2,450\",,,percent,WLD,2016,ilo-2005",
            "b,trafficking-victims,\"12,5%\",,,percent,WLD,2016,ilo-2005",
            "c,trafficking-victims,\"1,250,000\",,,percent,WLD,2016,ilo-2005",
        ])
        #expect(found.contains("f.csv:2:23: value: \"2,450\" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change); if the comma is a decimal mark, write 2.450"), "\(found)")
        #expect(found.contains("f.csv:4:23: value: \"1,250,000\" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change)"), "\(found)")
    }

    /// A reviewer's `150.000` and `US$ 1.500` (German or Spanish thousands) were stored as US$150
    /// and US$1.50, where the same dots in a count are refused (review of session 34).
    @Test("a sum of money whose dots may group thousands is refused with both readings, before a scale word too (150.000 million); cents and US$1.5 billion are not")
    func dottedMoney() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,forced-labour-profits,150.000,,,USD,DEU,2019,ilo-2005",
            "b,forced-labour-profits,US$ 1.500,,,USD,AUT,2019,ilo-2005",
            "c,forced-labour-profits,150.50,,,USD,DEU,2019,ilo-2005",
            "d,forced-labour-profits,US$1.5 billion,,,USD,DEU,2019,ilo-2005",
            "e,forced-labour-profits,150.000 million,,,USD,DEU,2019,ilo-2005",
            "f,forced-labour-profits,10,1.250,,USD,DEU,2019,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:25: value: \"150.000\" reads as 150 here, but its dots may separate thousands; expected 150000 if they do, or 150",
            "f.csv:3:25: value: \"US$ 1.500\" reads as 1.5 here, but its dots may separate thousands; expected 1500 if they do, or 1.5",
            "f.csv:6:25: value: \"150.000 million\" reads as 150 million here, but its dots may separate thousands; expected 150000 million (150 billion) if they do, or 150 million",
            "f.csv:7:28: low: \"1.250\" reads as 1.25 here, but its dots may separate thousands; expected 1250 if they do, or 1.25",
        ], "\(found)")
    }

    @Test("bounds written with a unit must be in the figure's unit")
    func boundUnits() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,12,10%,14%,persons,WLD,2016,ilo-2005",
            "b,trafficking-victims,12.3 million,US$1,US$20 million,,WLD,2016,ilo-2005",
            "c,forced-labour-profits,US$150 billion,US$100 billion,US$200 billion,,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:26: low: \"10%\" is written in percent but the figure's unit is persons; expected them to agree",
            "f.csv:2:30: high: \"14%\" is written in percent but the figure's unit is persons; expected them to agree",
            "f.csv:3:36: low: \"US$1\" is written in USD but the figure's unit is persons; expected them to agree",
            "f.csv:3:41: high: \"US$20 million\" is written in USD but the figure's unit is persons; expected them to agree",
        ])
    }

    @Test("period and period_start/period_end in one row is an error, not a silent choice")
    func periodTwice() throws {
        let found = try errors("key,measure,value,place,period,period_start,period_end,source", [
            "a,trafficking-victims,5,WLD,2016,1995,2004,ilo-2005",
            "b,trafficking-victims,5,WLD,2016,,,ilo-2005",
            "c,trafficking-victims,5,WLD,,1995,2004,ilo-2005",
        ])
        #expect(found == ["f.csv:2:29: period: both period and period_start/period_end are given; expected one or the other"])
    }

    @Test("a place written with a typographic apostrophe resolves; a word of a longer name gets those names as suggestions")
    func placeNames() throws {
        let found = try errors("key,measure,value,place,period,source", [
            "a,trafficking-victims,5,Côte d\u{2019}Ivoire,2016,ilo-2005",
            "b,trafficking-victims,5,Korea,2016,ilo-2005",
        ])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("f.csv:3:25: place: unknown place \"Korea\"; did you mean ") == true, "\(found)")
        // The shortest spellings of each Korea that start with the word (m0039's aliases, before them "Korea, Rep." and "Korea, Dem. Rep.").
        #expect(found.first?.contains("did you mean \"Korea DPR\" or \"Korea Rep.\"?") == true, "\(found)")
    }

    @Test("messages quote a value as written; a value in another unit than the unit column's is one error, not three")
    func valuesAsWritten() throws {
        let found = try errors("key,measure,value,low,high,unit,place,period,source", [
            "a,trafficking-victims,\u{2212}500,,,,WLD,2016,ilo-2005",
            "b,forced-labour-profits,US$236 billion,,,percent,WLD,2016,ilo-2005",
            "c,trafficking-victims,1\u{A0}234\u{A0}567,,,,WLD,2016,ilo-2005",
            "d,forced-labour-profits,236 billion USD,,,,WLD,2016,ilo-2005",
            "e,trafficking-victims,2.1-2.7 million,,,,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:23: value: \"\u{2212}500\" is negative, but a count in persons cannot be; expected 0 or more",
            "f.csv:3:25: value: \"US$236 billion\" is written in USD but the unit column says percent; expected them to agree",
            "f.csv:3:42: unit: unit \"percent\" does not fit measure \"forced-labour-profits\", which counts money; expected one of USD, USD-change, USD-per-person, percent-change",
            "f.csv:6:23: value: \"2.1-2.7 million\" is a range; expected its bounds in low and high, each with its scale word (2.1 million and 2.7 million), and value left empty (or the central estimate in value, when the source publishes one)",
        ])
    }

    @Test("a dollar sign is US dollars: it fits a unit made from USD, as a trailing USD does, and no other")
    func dollarSigns() throws {
        let found = try errors("key,measure,value,unit,place,period,source", [
            "a,forced-labour-profits,$150 billion,USD,WLD,2016,ilo-2005",
            "b,forced-labour-profits,US$ 150 billion,USD-change,WLD,2016,ilo-2005",
            "c,forced-labour-profits,150 billion $,,WLD,2016,ilo-2005",
            "d,forced-labour-profits,$150 billion,percent-change,WLD,2016,ilo-2005",
            "e,forced-labour-profits,150 billion USD,percent-change,WLD,2016,ilo-2005",
            "f,forced-labour-profits,€150 billion,USD,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:5:25: value: \"$150 billion\" is written in USD but the unit column says percent-change; expected them to agree",
            "f.csv:6:25: value: \"150 billion USD\" is written in USD but the unit column says percent-change; expected them to agree",
            "f.csv:7:25: value: \"€150 billion\" is in euros (€); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes",
        ])
    }

    @Test("a percent change cannot fall by more than the whole")
    func fallsBeyondTheWhole() throws {
        let found = try errors("key,measure,value,unit,place,period,source", [
            "a,detected-trafficking-victims,-250,percent-change,WLD,2019-2020,ilo-2005",
            "b,detected-trafficking-victims,-100,percent-change,WLD,2019-2020,ilo-2005",
            "c,detected-trafficking-victims,+250%,percent-change,WLD,2019-2020,ilo-2005",
        ])
        #expect(found == ["f.csv:2:32: value: \"-250\" is a fall of more than the whole (-100 percent); expected -100 or more"])
    }

    @Test("a change in US dollars fits only a money measure; a percent change fits any")
    func changeUnits() throws {
        let found = try errors("key,measure,value,unit,place,period,source", [
            "a,forced-labour,5,USD-change,WLD,2016,ilo-2005",
            "b,forced-labour-profits,5,USD-change,WLD,2016,ilo-2005",
            "c,forced-labour,5,percent-change,WLD,2016,ilo-2005",
        ])
        #expect(found == ["f.csv:2:19: unit: unit \"USD-change\" does not fit measure \"forced-labour\", which is counted in persons; expected one of per-1000, per-100000, percent, percent-change, persons, persons-change"])
    }

    @Test("a unit taken from the value that does not fit the measure is named at the value, quoting it, with or without an empty unit column")
    func unitFromValueAtValue() throws {
        let message = "value: \"US$150\" is written in USD, but unit \"USD\" does not fit measure \"forced-labour\", which is counted in persons; expected one of per-1000, per-100000, percent, percent-change, persons, persons-change"
        #expect(try errors("key,measure,value,unit,place,period,source", ["u1,forced-labour,US$150,,WLD,2016,ilo-2005"]) == ["f.csv:2:18: " + message])
        #expect(try errors("key,measure,value,place,period,source", ["u1,forced-labour,US$150,WLD,2016,ilo-2005"]) == ["f.csv:2:18: " + message])
    }

    @Test("an invisible character is shown escaped in a message, and a figure key holding one is refused at the key")
    func invisibleCharacters() throws {
        let found = try errors("key,measure,value,place,period,source", [
            "k1,forced-labour,\u{FEFF}100,WLD,2016,ilo-2005",
            "\u{FEFF}k2,forced-labour,100,WLD,2016,ilo-2005",
            "k\u{200B}3,forced-labour,100,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:18: value: \"\\u{FEFF}100\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million",
            "f.csv:3:1: key: \"\\u{FEFF}k2\" holds an invisible or control character; expected a key of visible characters only (retype it, or remove the character shown escaped)",
            "f.csv:4:1: key: \"k\\u{200B}3\" holds an invisible or control character; expected a key of visible characters only (retype it, or remove the character shown escaped)",
        ])
    }

    @Test("a measure code may be written with _ or spaces between its words, as a form may")
    func measureSeparators() throws {
        #expect(try errors("key,measure,value,place,period,source", [
            "m1,forced_labour,1,WLD,2016,ilo-2005", "m2,Forced Labour,1,WLD,2016,ilo-2005", "m3,FORCED_LABOUR,1,WLD,2016,ilo-2005",
        ]).isEmpty)
    }

    @Test("a count is in the unit its measure counts: offences are not persons, victims are not cases")
    func countUnits() throws {
        let found = try errors("key,measure,value,unit,place,period,source", [
            "a,trafficking-offences,120,persons,WLD,2016,ilo-2005",
            "b,detected-trafficking-victims,120,cases,WLD,2016,ilo-2005",
            "c,trafficking-offences,120,cases,WLD,2016,ilo-2005",
            "d,trafficking-offences,12,percent,WLD,2016,ilo-2005",
            "e,detected-trafficking-victims,1.5,per-100000,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:2:28: unit: unit \"persons\" does not fit measure \"trafficking-offences\", which is counted in cases; expected one of cases, cases-change, per-1000, per-100000, percent, percent-change",
            "f.csv:3:36: unit: unit \"cases\" does not fit measure \"detected-trafficking-victims\", which is counted in persons; expected one of per-1000, per-100000, percent, percent-change, persons, persons-change",
        ])
    }

    /// `count` was an alias of persons, so offences written with unit `count` were refused as
    /// persons, a word the file never held; an alias that does not fit is quoted as typed.
    @Test("count, counts and number are the measure's count unit; a unit alias that does not fit is quoted as typed")
    func countWords() throws {
        let found = try errors("key,measure,value,unit,place,period,source", [
            "a,trafficking-offences,5,count,WLD,2016,ilo-2005",
            "b,trafficking-offences,5,Counts,WLD,2017,ilo-2005",
            "c,detected-trafficking-victims,5,number,WLD,2016,ilo-2005",
            "d,trafficking-offences,5,victims,WLD,2018,ilo-2005",
            "e,forced-labour-profits,5,count,WLD,2016,ilo-2005",
        ])
        #expect(found == [
            "f.csv:5:26: unit: unit \"victims\" (read as persons) does not fit measure \"trafficking-offences\", which is counted in cases; expected one of cases, cases-change, per-1000, per-100000, percent, percent-change",
            "f.csv:6:27: unit: unit \"count\" (read as persons) does not fit measure \"forced-labour-profits\", which counts money; expected one of USD, USD-change, USD-per-person, percent-change",
        ])
    }
}
