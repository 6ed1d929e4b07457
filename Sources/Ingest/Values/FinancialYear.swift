import Storage

/// A period written as a financial or school year: `2019/20`, `FY2019/20`, `FY 2019-2020`,
/// `2012-13`, the second number the next year (in full or its last two digits).
///
/// Why: UK, Australian and Indian government statistics, and many NGOs' annual reports, count
/// by such years, and their tables write them this way. tipdb stores a period as days, so it
/// cannot know which month the year starts in (April in the UK and India, July in Australia,
/// September for a school year): the messages ask for the first and last month instead of
/// guessing, and `2011-12`, which is also December 2011, is loaded as the month with a warning.
public enum FinancialYear {
    /// The first calendar year of `text` when it is written as a financial year; nil otherwise.
    static func firstYear(of text: String) -> Int? {
        var rest = Substring(text.trimmingWhitespace())
        let prefixed = rest.lowercased().hasPrefix("fy")
        if prefixed { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "\u{2013}" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2 || parts[1].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let next = Int(parts[1]),
              // A year tipdb cannot store keeps its own message (out of range).
              DateKind.period.years.contains(year), DateKind.period.years.contains(year + 1) else { return nil }
        let follows = parts[1].count == 2 ? next == (year + 1) % 100 : next == year + 1
        // A plain `2019-2020` is a span of two calendar years, which tipdb reads as such.
        guard follows, prefixed || parts[1].count == 2 || rest.contains("/") else { return nil }
        return year
    }

    /// Why `text` (a financial year, first calendar year `year`) is not read as a period.
    static func refusal(_ text: String, year: Int) -> String {
        "\"\(text)\" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month "
            + "as the source gives them, such as \(year)-04/\(year + 1)-03 (April to March), or \(year)-\(year + 1) for the two calendar years"
    }

    /// Why `FY2019` (or `FY 2019`, `fy2019`) is not read as a period, or nil for any other text:
    /// a financial year named by one year ends in it in the United States (October 2018 to
    /// September 2019) and starts in it elsewhere (India's April 2019 to March 2020).
    ///
    /// `FY19` is read as `FY2019`, with two digits from 00 to 29 as 2000 to 2029 and the others as
    /// 1930 to 1999, the years Excel gives a two-digit year; the message names the year it took.
    static func singleYearRefusal(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.lowercased().hasPrefix("fy") else { return nil }
        let digits = trimmed.dropFirst(2).drop(while: { $0 == " " })
        guard digits.count == 4 || digits.count == 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let written = Int(digits) else { return nil }
        let year = digits.count == 4 ? written : written < 30 ? 2000 + written : 1900 + written
        guard DateKind.period.years.contains(year) else { return nil }
        let by = digits.count == 4 ? "one year" : "one year written with two digits (\(year))"
        return "\"\(text)\" names a financial year by \(by), which ends in \(year) in some countries (\(year - 1)-10/\(year)-09 in the United States) "
            + "and starts in it in others (\(year)-04/\(year + 1)-03 in India); expected its first and last month as the source gives them"
    }

    /// The warning for a `period` cell such as `2011-12` or `2002-11`: a valid month (December
    /// 2011, November 2002) that is also how reports shorten a financial or school year (2011/12)
    /// or a span of years (ILO 2012's reference period 2002-2011); nil for any other text.
    ///
    /// Ambiguous is a month whose number, read as the last two digits of a year, names a year 1 to
    /// 20 years after the first (`ambiguousSpan`): `2019-06` is June 2019 only, since 2006 is
    /// before 2019, and from 2012 on no month is ambiguous at all.
    ///
    /// A warning, not a refusal, for every such gap alike: `2002-11` is also a month a figure may
    /// well have, and a monthly series of 2000 to 2011 holds many of them; refusing them would make
    /// such a series unloadable, where `2019-20` (no month 20) can only be a span and is refused.
    /// The warning names both readings and how to write each so that it is no longer ambiguous.
    ///
    /// - Parameter outcome: what was done with the text, the warning's last words: ingest loads
    ///   the month; the reports' `--period 2011-12` (which reads a period as ingest does) report on it.
    public static func monthWarning(_ text: String, outcome: String? = nil) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), let month = Int(String(decoding: bytes[5...], as: UTF8.self)),
              (1...12).contains(month), let end = ambiguousSpan(year: year, month: month) else { return nil }
        let monthText = String(decoding: bytes[5...], as: UTF8.self)
        // In a file, `2011-12/2011-12` (the month as its own first and last month) is stored as
        // the same month and is not warned of: the way to keep the month and silence this.
        let done = outcome ?? "loaded as the month; for the month without this warning, write \(text)/\(text)"
        let named = "\"\(text)\" is read as the month \(PeriodDays.monthNames[month - 1]) \(year)"
        if end == year + 1 {
            return "\(named); if it is the financial or school year \(year)/\(monthText), "
                + "write its first and last month, such as \(year)-04/\(year + 1)-03, or \(year)-\(year + 1) for the two calendar years; \(done)"
        }
        return "\(named); if it is the years \(year) to \(end), a span shortened as reports write one, write \(year)-\(end); \(done)"
    }

    /// The last year of the span of years `year-MM` may shorten: the first year after `year`
    /// ending in the digits of `month`, if it is at most 20 years later (`2002-11` → 2011,
    /// `1999-12` → 2012); nil when it is not (`2019-06`: 2106).
    static func ambiguousSpan(year: Int, month: Int) -> Int? {
        var end = year - year % 100 + month
        if end <= year { end += 100 }
        return end - year <= 20 ? end : nil
    }
}
