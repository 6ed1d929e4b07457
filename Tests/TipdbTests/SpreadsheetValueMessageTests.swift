import Foundation
import Testing

/// An NGO analyst's spreadsheet exports (a user-review of `tipdb ingest`, session 45): a year typed
/// into a date cell loaded as a day of 1905, `"2,450 million"` persons as 2.45 billion, rates of
/// `2,450` and `2.450` one way each, all in silence; a shortened span, a number pasted from a PDF,
/// an accounting negative and dates in European or pandas forms got messages that misled or said
/// nothing of what the cell was. Each is now read as it looks or refused at its cell saying what it is.
@Suite("ingest: values from spreadsheet exports and PDF pastes are read as they look or refused naming what they are (built binary)")
struct SpreadsheetValueMessageTests {
    static let sources = "key,title,publisher,date\nsrc,Test report,NGO,2021\n"

    /// The errors of `figures` (a file of figures after the header below) ingested beside `sources`.
    private static func errors(_ rows: String, in dir: URL) throws -> (status: Int32, errors: [String], stderr: String) {
        try IngestPartWarningTests.write(sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\n" + rows, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let result = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
        return (result.status, errors, result.stderr)
    }

    @Test("\"2,450 million\" persons is asked about as 2.45 million or 2.45 billion, as 2.450 million is")
    func scaledComma() throws {
        try withTemporaryDirectory { dir in
            let result = try Self.errors("""
                c1,trafficking-victims,"2,450 million",persons,FRA,2019,src
                c2,trafficking-victims,2.450 million,persons,FRA,2019,src
                c3,forced-labour-profits,"US$ 1,500 billion",USD,FRA,2019,src

                """, in: dir)
            #expect(result.status == 1)
            #expect(result.errors == [
                "figures.csv:2:24: value: \"2,450 million\" reads as 2450 million (2.45 billion) here, but its comma may be a decimal mark; expected 2.45 million if it is, or 2450 million (2.45 billion)",
                "figures.csv:3:24: value: \"2.450 million\" reads as 2.45 million here, but its dots may separate thousands; expected 2450 million (2.45 billion) if they do, or 2.45 million",
                "figures.csv:4:26: value: \"US$ 1,500 billion\" reads as 1500 billion (1.5 trillion) here, but its comma may be a decimal mark; expected 1.5 billion if it is, or 1500 billion (1.5 trillion)",
            ], "\(result.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("rates, index scores and changes whose one separator reads two ways are asked about; one reading only loads")
    func rates() throws {
        try withTemporaryDirectory { dir in
            let result = try Self.errors("""
                c3,trafficking-victims,"2,450",per-100000,FRA,2018,src
                c4,trafficking-victims,2.450,per-100000,DEU,2018,src
                c5,trafficking-victims,"2,450",percent-change,ITA,2018,src
                c6,trafficking-victims,"2,450",per-1000,ESP,2018,src

                """, in: dir)
            #expect(result.status == 1)
            #expect(result.errors == [
                "figures.csv:2:24: value: \"2,450\" reads as 2450 here, but its comma may be a decimal mark; expected 2.45 if it is, or 2450",
                "figures.csv:3:24: value: \"2.450\" reads as 2.45 here, but its dots may separate thousands; expected 2450 if they do, or 2.45",
                "figures.csv:4:24: value: \"2,450\" reads as 2450 here, but its comma may be a decimal mark; expected 2.45 if it is, or 2450",
                "figures.csv:5:24: value: \"2,450\" is more than the whole population (1,000 per 1,000); expected 0 to 1,000 (a count goes in persons, a rate per 100,000 in per-100000); if the comma is a decimal mark, write 2.450",
            ], "\(result.stderr)")

            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                k1,trafficking-victims,2.45,per-100000,FRA,2018,src
                k2,trafficking-victims,1.234,per-100000,DEU,2018,src
                k3,trafficking-victims,1.500,per-1000,ITA,2018,src
                k4,trafficking-victims,2450,percent-change,ESP,2018,src

                """, "kept.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "kept.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n") == "key,value\nk1,2.45\nk2,1.234\nk3,1.5\nk4,2450.0\n")
        }
    }

    @Test("figure and hair spaces group digits and an en or em dash is a minus, as U+2212 is; (5.2) and (1,234) are refused as accounting negatives")
    func pastedNumbers() throws {
        try withTemporaryDirectory { dir in
            let result = try Self.errors("""
                a1,detected-trafficking-victims,(5.2),percent-change,FRA,2019,src
                a2,trafficking-profits,"(1,234)",USD-change,FRA,2019,src

                """, in: dir)
            #expect(result.status == 1)
            #expect(result.errors == [
                "figures.csv:2:33: value: \"(5.2)\": parentheses mark a negative number in accounting format; expected -5.2",
                "figures.csv:3:24: value: \"(1,234)\": parentheses mark a negative number in accounting format; expected -1,234",
            ], "\(result.stderr)")

            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                t1,trafficking-victims,2\u{2007}450\u{2007}000,persons,FRA,2019,src
                t2,trafficking-victims,2\u{200A}450\u{200A}000,persons,BEL,2019,src
                t3,detected-trafficking-victims,\u{2013}5.2,percent-change,DEU,2019,src
                t4,detected-trafficking-victims,\u{2014}5.2,percent-change,AUT,2019,src
                t5,detected-trafficking-victims,\u{2212}5.2,percent-change,ITA,2019,src

                """, "pasted.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "pasted.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n") == "key,value\nt1,2450000.0\nt2,2450000.0\nt3,-5.2\nt4,-5.2\nt5,-5.2\n")
        }
    }

    @Test("a year typed into a date cell is refused as that year in a period (ISO, d/m/yyyy, dd.mm.yyyy) and a source's date; other days of 1905 load")
    func yearAsDate() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources + "old,Old report,NGO,1905-07-12\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                xl1,trafficking-victims,1200,persons,FRA,1905-07-11,src
                xl2,trafficking-victims,1300,persons,DEU,11/07/1905,src
                xl3,trafficking-victims,1400,persons,ITA,11.07.1905,src
                xl4,trafficking-victims,1500,persons,ESP,1905-07-23,src

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") || $0.hasPrefix("sources.csv:") }.map(String.init)
            #expect(errors == [
                "sources.csv:3:20: date: \"1905-07-12\" reads as the year 2020 typed into a cell formatted as a date (Excel stores 2020 as 1905-07-12); expected 2020",
                "figures.csv:2:42: period: \"1905-07-11\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019",
                "figures.csv:3:42: period: \"11/07/1905\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019",
                "figures.csv:4:42: period: \"11.07.1905\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019",
            ], "\(refused.stderr)")

            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nxl4,trafficking-victims,1500,persons,ESP,1905-07-23,src\n", "figures.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
        }
    }

    @Test("a shortened span, dd.mm.yyyy, FY19, 2,019 and 43646.0 in a period, and dd.mm.yyyy in a source's dates, each get their hint")
    func dateHints() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date,accessed\nsrc,Test report,NGO,2021,\ns7,T,NGO,30.06.2019,15.01.2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                p1,trafficking-victims,1200,persons,FRA,2016-18,src
                p2,trafficking-victims,1300,persons,DEU,2010-19,src
                d1,trafficking-victims,1400,persons,ITA,30.06.2019,src
                d2,trafficking-victims,1500,persons,ESP,FY19,src
                d3,trafficking-victims,1600,persons,AUT,"2,019",src
                d4,trafficking-victims,1700,persons,BEL,43646.0,src

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") || $0.hasPrefix("sources.csv:") }.map(String.init)
            let typing = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"
            let orCoarser = " (or 2019-06 or 2019 if the figure covers the month or the year)"
            #expect(errors == [
                "sources.csv:3:10: date: \"30.06.2019\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 30 June 2019), not a date tipdb reads; expected 2019-06-30\(typing)",
                "sources.csv:3:21: accessed: \"15.01.2020\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 15 January 2020), not a date tipdb reads; expected 2020-01-15\(typing)",
                "figures.csv:2:41: period: \"2016-18\" reads as the years 2016 to 2018, a span shortened as reports write one; expected 2016-2018",
                "figures.csv:3:41: period: \"2010-19\" reads as the years 2010 to 2019, a span shortened as reports write one; expected 2010-2019",
                "figures.csv:4:41: period: \"30.06.2019\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 30 June 2019), not a period tipdb reads; expected 2019-06-30\(orCoarser)\(typing)",
                "figures.csv:5:41: period: \"FY19\" names a financial year by one year written with two digits (2019), which ends in 2019 in some countries (2018-10/2019-09 in the United States) and starts in it in others (2019-04/2020-03 in India); expected its first and last month as the source gives them",
                "figures.csv:6:41: period: \"2,019\" is the year 2019 written with a thousands separator, as a spreadsheet shows a year in a column formatted as a number with one; expected 2019",
                "figures.csv:7:41: period: \"43646.0\" is a date as Excel stores one, a count of days since 1899-12-30 (43646 is 2019-06-30), not a period tipdb reads: the date column was saved as numbers; expected 2019-06-30\(orCoarser)",
            ], "\(refused.stderr)")
        }
    }
}
