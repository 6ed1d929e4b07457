@testable import Ingest
import Storage
import Testing

/// Values as spreadsheet exports and PDF pastes leave them (a user-review of `tipdb ingest` by an
/// NGO analyst, session 45): each either read as it looks or refused saying what it is.
@Suite("Value parsing: spreadsheet and PDF forms of numbers and dates")
struct SpreadsheetValueParsingTests {
    @Test("figure and hair spaces group digits, and a Unicode dash before a number is its minus", arguments: [
        ("2\u{2007}450\u{2007}000", 2_450_000.0),
        ("2\u{200A}450\u{200A}000", 2_450_000.0),
        ("\u{2013}5.2", -5.2),
        ("\u{2014}5.2", -5.2),
        ("\u{2013}US$5 billion", -5_000_000_000.0),
        ("\u{2013}12%", -12.0),
    ])
    func pastedFromPDF(text: String, value: Double) throws {
        #expect(try NumberParser.parse(text).value == value)
    }

    @Test("a dash between two numbers is still a range, and a dash alone no number", arguments: [
        ("2.1\u{2013}2.7", "\"2.1\u{2013}2.7\" is a range; expected its bounds in low and high, and value left empty (or the central estimate in value, when the source publishes one)"),
        ("\u{2013}", "\"\u{2013}\" is the mark statistical tables print for a figure that is nil or not available, not a number; expected the cell empty when the source gives none; write 0 only where the table's notes define \u{2013} as nil (a true zero), never for a figure not available"),
        ("5\u{2013}", "\"5\u{2013}\" is not a number; expected"),
    ])
    func dashesThatAreNoMinus(text: String, message: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test("a number in parentheses is refused as an accounting negative, naming the number with its minus", arguments: [
        ("(5.2)", "\"(5.2)\": parentheses mark a negative number in accounting format; expected -5.2"),
        ("(1,234)", "\"(1,234)\": parentheses mark a negative number in accounting format; expected -1,234"),
        ("(US$ 1.5 million)", "\"(US$ 1.5 million)\": parentheses mark a negative number in accounting format; expected -US$ 1.5 million"),
        ("(12%)", "\"(12%)\": parentheses mark a negative number in accounting format; expected -12%"),
    ])
    func accounting(text: String, message: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message == message)
    }

    @Test("parentheses around no plain number get the generic message", arguments: ["(-5)", "(x)", "()", "(<5)"])
    func notAccounting(text: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message.contains("accounting") == false, "\(error?.message ?? "")")
    }

    @Test("a comma and three digits before a scale word, in any currency position, are asked about with both readings", arguments: [
        ("2,450 million", 2_450_000_000.0, "\"2,450 million\" reads as 2450 million (2.45 billion) here, but its comma may be a decimal mark; expected 2.45 million if it is, or 2450 million (2.45 billion)"),
        ("US$ 1,500 billion", 1_500_000_000_000.0, "\"US$ 1,500 billion\" reads as 1500 billion (1.5 trillion) here, but its comma may be a decimal mark; expected 1.5 billion if it is, or 1500 billion (1.5 trillion)"),
        ("-US$ 2,451 million", -2_451_000_000.0, "\"-US$ 2,451 million\" reads as -2451 million (-2.451 billion) here, but its comma may be a decimal mark; expected -2.451 million if it is, or -2451 million (-2.451 billion)"),
    ])
    func scaledComma(text: String, value: Double, message: String) {
        #expect(UnitRules.scaledCommaQuestion(text, value: value) == message)
    }

    @Test("commas that only group thousands, and no scale word, ask nothing", arguments: ["2,450,000 million", "2450 million", "2.45 million", "2,450", "0,450 million"])
    func scaledCommaNotAsked(text: String) {
        #expect(UnitRules.scaledCommaQuestion(text, value: 1) == nil)
    }

    @Test("a rate, index or change whose one separator reads two ways is asked about", arguments: [
        ("2,450", 2450.0, "per-100000", "\"2,450\" reads as 2450 here, but its comma may be a decimal mark; expected 2.45 if it is, or 2450"),
        ("2.450", 2.45, "per-100000", "\"2.450\" reads as 2.45 here, but its dots may separate thousands; expected 2450 if they do, or 2.45"),
        ("-2,450", -2450.0, "percent-change", "\"-2,450\" reads as -2450 here, but its comma may be a decimal mark; expected -2.45 if it is, or -2450"),
        ("2,450%", 2450.0, "percent-change", "\"2,450%\" reads as 2450 here, but its comma may be a decimal mark; expected 2.45 if it is, or 2450"),
        ("1.000", 1.0, "index", "\"1.000\" reads as 1 here, but its dots may separate thousands; expected 1000 if they do, or 1"),
        ("US$-1.500", -1.5, "USD-change", "\"US$-1.500\" reads as -1.5 here, but its dots may separate thousands; expected -1500 if they do, or -1.5"),
    ])
    func separators(text: String, value: Double, unit: String, message: String) {
        #expect(UnitRules.separatorQuestion(text, value: value, unit: unit) == message)
    }

    @Test("one reading only, or a rate a program writes, asks nothing", arguments: [
        ("1.234", 1.234, "per-100000"),  // three decimals with no final 0: a program's rounding
        ("0.450", 0.45, "per-100000"),  // no thousands start with 0
        ("1.500", 1.5, "per-1000"),  // 1,500 per 1,000 cannot be
        ("1,500", 1500.0, "USD-change"),  // money groups with commas
        ("2,450,000", 2_450_000.0, "percent-change"),
        ("12.5", 12.5, "per-100000"),
    ])
    func separatorsNotAsked(text: String, value: Double, unit: String) {
        #expect(UnitRules.separatorQuestion(text, value: value, unit: unit) == nil)
    }

    static let typedYear = "typed into a cell formatted as a date"

    @Test("a day Excel makes of a year 1995 to 2030 is refused as that year, in every form it is written", arguments: [
        ("1905-07-11", "\"1905-07-11\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019"),
        ("1905-06-17", "\"1905-06-17\" reads as the year 1995 typed into a cell formatted as a date (Excel stores 1995 as 1905-06-17); expected 1995"),
        ("1905-07-22", "\"1905-07-22\" reads as the year 2030 typed into a cell formatted as a date (Excel stores 2030 as 1905-07-22); expected 2030"),
        ("11/07/1905", "\"11/07/1905\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019"),
        ("7/11/1905", "\"7/11/1905\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019"),
        ("11.07.1905", "\"11.07.1905\" reads as the year 2019 typed into a cell formatted as a date (Excel stores 2019 as 1905-07-11); expected 2019"),
        ("1905-07-08/1905-07-11", "\"1905-07-08/1905-07-11\" reads as the year 2016 typed into a cell formatted as a date (Excel stores 2016 as 1905-07-08); expected 2016"),
    ])
    func yearAsDate(text: String, message: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message == message)
    }

    @Test("a source's publication date is held to the same rule")
    func publicationYearAsDate() {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.singleDate("1905-07-12", kind: .publication) }
        #expect(error?.message == "\"1905-07-12\" reads as the year 2020 typed into a cell formatted as a date (Excel stores 2020 as 1905-07-12); expected 2020")
    }

    @Test("days of 1905 outside the window, and 1905 or July 1905, load as periods and publication dates", arguments: ["1905-06-16", "1905-07-23", "1905", "1905-07", "1905-01-01"])
    func real1905(text: String) throws {
        #expect(try PeriodParser.parse(text) == Period(start: text, end: text))
        #expect(try PeriodParser.singleDate(text, kind: .publication) == text)
    }

    @Test("the Excel window is computed from its day count: day 1995 is 1905-06-17, day 2030 is 1905-07-22")
    func window() {
        #expect(ExcelDay.typedYear(year: 1905, month: 6, day: 16) == nil)
        #expect(ExcelDay.typedYear(year: 1905, month: 6, day: 17) == 1995)
        #expect(ExcelDay.typedYear(year: 1905, month: 7, day: 11) == 2019)
        #expect(ExcelDay.typedYear(year: 1905, month: 7, day: 22) == 2030)
        #expect(ExcelDay.typedYear(year: 1905, month: 7, day: 23) == nil)
    }

    @Test("a shortened span of years is named as one, with the span to write", arguments: [
        ("2016-18", "\"2016-18\" reads as the years 2016 to 2018, a span shortened as reports write one; expected 2016-2018"),
        ("2010-19", "\"2010-19\" reads as the years 2010 to 2019, a span shortened as reports write one; expected 2010-2019"),
        ("1999-15", "\"1999-15\" reads as the years 1999 to 2015, a span shortened as reports write one; expected 1999-2015"),
        ("2019-13", "month 13 in \"2019-13\" does not exist; expected 01 to 12"),
        ("2017-16", "month 16 in \"2017-16\" does not exist; expected 01 to 12; for the years 2016 to 2017 write 2016-2017"),
    ])
    func shortenedSpan(text: String, message: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message == message)
    }

    static let orCoarser = " (or 2019-06 or 2019 if the figure covers the month or the year)"
    static let typing = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"

    @Test("dd.mm.yyyy, FY19, a year with a thousands separator and a day count as a float each get their hint", arguments: [
        ("30.06.2019", "\"30.06.2019\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 30 June 2019), not a period tipdb reads; expected 2019-06-30\(orCoarser)\(typing)"),
        ("15.01.20", "\"15.01.20\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yy: 15 January 2020), not a period tipdb reads; expected 2020-01-15 (or 2020-01 or 2020 if the figure covers the month or the year)\(typing)"),
        ("FY19", "\"FY19\" names a financial year by one year written with two digits (2019), which ends in 2019 in some countries (2018-10/2019-09 in the United States) and starts in it in others (2019-04/2020-03 in India); expected its first and last month as the source gives them"),
        ("2,019", "\"2,019\" is the year 2019 written with a thousands separator, as a spreadsheet shows a year in a column formatted as a number with one; expected 2019"),
        ("2.019", "\"2.019\" is the year 2019 written with a thousands separator, as a spreadsheet shows a year in a column formatted as a number with one; expected 2019"),
        ("43646.0", "\"43646.0\" is a date as Excel stores one, a count of days since 1899-12-30 (43646 is 2019-06-30), not a period tipdb reads: the date column was saved as numbers; expected 2019-06-30\(orCoarser)"),
    ])
    func hints(text: String, message: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message == message)
    }

    @Test("a publication date gets the same hints, without a period's coarser forms")
    func publicationHints() {
        let dotted = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.singleDate("30.06.2019", kind: .publication) }
        #expect(dotted?.message == "\"30.06.2019\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 30 June 2019), not a date tipdb reads; expected 2019-06-30\(Self.typing)")
        let grouped = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.singleDate("2,019", kind: .publication) }
        #expect(grouped?.message == "\"2,019\" is the year 2019 written with a thousands separator, as a spreadsheet shows a year in a column formatted as a number with one; expected 2019")
    }
}
