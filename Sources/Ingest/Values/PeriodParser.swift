import Storage

/// Parses reference periods: `2016`, `1995-2004` (also with an en dash or a slash), `2019-06`,
/// `2019-06-30`, and ISO intervals `2019-01-01/2019-06-30`.
public enum PeriodParser {
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
    }

    static let expected = "expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) "
        + "or a start and end joined by a slash (2019-07/2019-09)"

    /// Parses one period written in a single field.
    public static func parse(_ text: String) throws(Failure) -> Period {
        if let period = quickParse(text) { return period }
        return try parseFully(text)
    }

    /// `parse` without the fast path: every form, and the wording of every error.
    static func parseFully(_ text: String) throws(Failure) -> Period {
        // `2019/2020` is also a valid span of two calendar years, but reports write a financial or
        // school year so: asked about first, as `2019/20` is, rather than stored as 24 months.
        if text.utf8.contains(UInt8(ascii: "/")), let year = FinancialYear.firstYear(of: text) {
            throw Failure(message: FinancialYear.refusal(text, year: year))
        }
        do {
            return try parseForms(text)
        } catch {
            // `2019/20`, `FY2019/20`, `2012-13`: a financial or school year, said as such.
            if let year = FinancialYear.firstYear(of: text) { throw Failure(message: FinancialYear.refusal(text, year: year)) }
            if let message = FinancialYear.singleYearRefusal(text) { throw Failure(message: message) }
            if let message = spokenSpanRefusal(text) { throw Failure(message: message) }
            throw error
        }
    }

    /// Every form `parseFully` reads, and the wording of its errors but the financial year's.
    private static func parseForms(_ text: String) throws(Failure) -> Period {
        let trimmed = Dashes.folded(text.trimmingWhitespace())
        guard !trimmed.isEmpty else { throw Failure(message: "empty period; \(expected)") }
        if trimmed.utf8.contains(UInt8(ascii: "/")) {
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw Failure(message: excelDate(text, noun: "period") ?? "\"\(text)\" is not a period; \(expected)") }
            return try span(String(parts[0]), String(parts[1]), original: text)
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        // 1995-2004 is a span of years; 2019-06 and 2019-06-30 are one month and one day.
        if parts.count == 2 && parts[1].count == 4 {
            return try span(String(parts[0]), String(parts[1]), original: text)
        }
        let point = try date(trimmed, original: text)
        return Period(start: point, end: point)
    }

    /// The common forms (`2016`, `1995-2004`, `2019-06`, `2019-06-30`), valid and without spaces,
    /// read from the bytes; nil sends everything else, and every error, to the full parser.
    ///
    /// Why: walking `Character`s and splitting substrings made the period 18 % of the cost of
    /// reading a figure; this accepts only text the full parser accepts, with the same result.
    static func quickParse(_ text: String) -> Period? {
        var values = (0, 0, 0)
        var lengths = (0, 0, 0)
        var group = 0
        for byte in text.utf8 {
            if byte == 0x2D {
                group += 1
                if group > 2 { return nil }
                continue
            }
            // No part of these forms has more than four digits (so none can overflow).
            let length = group == 0 ? lengths.0 : group == 1 ? lengths.1 : lengths.2
            guard byte >= 0x30 && byte <= 0x39, length < 4 else { return nil }
            let digit = Int(byte - 0x30)
            switch group {
            case 0: values.0 = values.0 * 10 + digit; lengths.0 += 1
            case 1: values.1 = values.1 * 10 + digit; lengths.1 += 1
            default: values.2 = values.2 * 10 + digit; lengths.2 += 1
            }
        }
        let years = 1800...2200
        guard lengths.0 == 4, years.contains(values.0) else { return nil }
        switch (group, lengths.1, lengths.2) {
        case (0, _, _):
            return Period(start: text, end: text)
        case (1, 4, _):
            guard years.contains(values.1), values.0 <= values.1 else { return nil }
            let cut = text.utf8.index(text.utf8.startIndex, offsetBy: 4)
            return Period(start: String(text[..<cut]), end: String(text[text.utf8.index(after: cut)...]))
        case (1, 2, _):
            return (1...12).contains(values.1) ? Period(start: text, end: text) : nil
        case (2, 2, 2):
            // A day of 1905 may be a year typed into a date cell (`ExcelDay.typedYear`): the full parser asks.
            guard (1...12).contains(values.1), values.0 != 1905 else { return nil }
            return (1...days(inMonth: values.1, of: values.0)).contains(values.2) ? Period(start: text, end: text) : nil
        default:
            return nil
        }
    }

    static let expectedDate = "expected a year (2016), a month (2019-06) or a day (2019-06-30)"

    /// One end of a period given in its own field (`period_start`, `period_end`), as written.
    ///
    /// Why not `parse`: a span there (`1995-2004` in period_start) is no one date, and an error
    /// must quote the cell, not a period the user never wrote.
    static func boundary(_ text: String, field: String) throws(Failure) -> String {
        let trimmed = Dashes.folded(text.trimmingWhitespace())
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if trimmed.utf8.contains(UInt8(ascii: "/")) || (parts.count == 2 && parts[1].count == 4) {
            if let excel = excelDate(text, noun: "date") { throw Failure(message: excel) }
            throw Failure(message: "\"\(text)\" is a span, but \(field) takes one date; \(expectedDate), with the span in period or split over period_start and period_end")
        }
        return try date(trimmed, original: text, offersSpan: false)
    }

    /// Parses a period given as separate start and end fields.
    public static func parse(start: String, end: String) throws(Failure) -> Period {
        let endText = end.trimmingWhitespace().isEmpty ? start : end
        return try span(start.trimmingWhitespace(), endText.trimmingWhitespace(), original: "\(start)/\(end)")
    }

    private static func span(_ first: String, _ second: String, original: String) throws(Failure) -> Period {
        let start = try date(first, original: original)
        let end = try date(second, original: original)
        // Compare at the shorter precision so that 2019-06 .. 2019 is accepted as within 2019.
        let length = min(start.count, end.count)
        if start.prefix(length) > end.prefix(length) {
            throw Failure(message: "period \"\(original)\" starts after it ends; expected the earlier date first")
        }
        return Period(start: start, end: lastDay(of: end, atPrecisionOf: start))
    }

    /// An end less precise than its start and containing it (2019-06 .. 2019), written at the start's
    /// precision as the last month or day it covers (2019-12; 2019-06-30 .. 2019-06 gives 2019-06-30).
    ///
    /// Why: the schema checks `period_start <= period_end` as text, where 2019 sorts before 2019-06.
    /// The rewritten end covers exactly the same days, and a period that passed here must never fail
    /// that check later, as an unlocated error that takes the whole command with it.
    static func lastDay(of end: String, atPrecisionOf start: String) -> String {
        guard end.count < start.count, start.hasPrefix(end), let year = Int(end.prefix(4)) else { return end }
        let month = end.count >= 7 ? Int(end.dropFirst(5).prefix(2)) ?? 12 : 12
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        return start.count == 7 ? "\(year)-\(monthText)" : "\(year)-\(monthText)-\(days(inMonth: month, of: year))"
    }

    /// A publication or access date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: never a span, so no
    /// message offers one.
    static func singleDate(_ text: String, kind: DateKind) throws(Failure) -> String {
        try date(text, original: text, kind: kind)
    }

    /// Validates `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and returns it unchanged. `kind` decides the
    /// years it may have; a reference period (`.period`) may also be written as a span of years.
    /// - Parameter offersSpan: whether a message about the form offers a span of years (not for one end of a period).
    static func date(_ text: String, original: String, kind: DateKind = .period, offersSpan: Bool = true) throws(Failure) -> String {
        let inPeriod = kind == .period
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digitsOnly = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digitsOnly, (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }), let year = Int(parts[0])
        else {
            if kind != .access, let year = decimalYear(text), kind.years.contains(Int(year) ?? 0) {
                throw Failure(message: "\"\(original)\" is not a \(inPeriod && offersSpan ? "period" : "date"): it is the year \(year) written as a decimal number, "
                    + "as pandas writes a year column that has blanks (it makes the column floats); expected \(year) (in pandas, convert the column with .astype(\"Int64\") before writing the file)")
            }
            if kind != .access, let grouped = groupedYear(original, kind: kind) { throw Failure(message: grouped) }
            let noun = inPeriod && offersSpan ? "period" : "date"
            if let excel = excelDate(text, noun: noun) ?? (original == text ? nil : excelDate(original, noun: noun)) {
                throw Failure(message: excel)
            }
            if let worded = wordedDate(original, noun: noun) { throw Failure(message: worded) }
            throw Failure(message: inPeriod && !offersSpan
                ? "\"\(original)\" is not a date; \(expectedDate)"
                : inPeriod
                ? "\"\(original)\" is not a period; \(expected)"
                : kind == .access
                ? "\"\(original)\" is not a date; expected the day the URL was read, as YYYY-MM-DD (2013-02-06)"
                : "\"\(original)\" is not a date; expected a year (2005), a month (2017-09) or a day (2013-02-06)")
        }
        // 1905-07-11: the year 2019 typed into a date cell, said before "out of range" for an access date.
        if parts.count == 3, year == 1905, let month = Int(parts[1]), let day = Int(parts[2]),
           let message = yearAsDate(original, year: year, month: month, day: day) {
            throw Failure(message: message)
        }
        guard kind.years.contains(year) else {
            throw Failure(message: kind.outOfRange(year, in: original))
        }
        if parts.count >= 2, let month = Int(parts[1]), !(1...12).contains(month) {
            // 2016-17 (and 1999-00) is how reports write a financial or school year spanning two
            // calendar years: the second number is the next year's last two digits.
            let next = year + 1
            // 2017-16 is the same span written the other way round.
            let previous = year - 1
            // 2016-18: no month, but the years 2016 to 2018 as reports shorten them (`ambiguousSpan`).
            if inPeriod, parts.count == 2, month != next % 100, month != previous % 100,
               let end = FinancialYear.ambiguousSpan(year: year, month: month) {
                throw Failure(message: "\"\(original)\" reads as the years \(year) to \(end), a span shortened as reports write one; expected \(year)-\(end)")
            }
            let span = !inPeriod || parts.count != 2 ? ""
                : month == next % 100 ? "; for the years \(year) to \(next) write \(year)-\(next)"
                : month == previous % 100 ? "; for the years \(previous) to \(year) write \(previous)-\(year)"
                : ""
            throw Failure(message: "month \(parts[1]) in \"\(original)\" does not exist; expected 01 to 12\(span)")
        }
        if parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) {
            let monthLength = days(inMonth: month, of: year)
            if !(1...monthLength).contains(day) {
                throw Failure(message: "day \(parts[2]) in \"\(original)\" does not exist in that month; expected 01 to \(monthLength)")
            }
        }
        return text
    }
}

extension PeriodParser {
    /// The year of `2018.0` (four digits, a point and zeros), or nil: a year column that pandas
    /// read with a blank cell in it is a float column, and `to_csv` or `to_json` writes 2018 as
    /// `2018.0`. Refused all the same (a number with a point is not a date), but the message says
    /// why, where `is not a period` left the reader looking at a year.
    static func decimalYear(_ text: String) -> Substring? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              !parts[1].isEmpty, parts[1].allSatisfy({ $0 == "0" }) else { return nil }
        return parts[0]
    }

    /// The number of days in `month` (1-12) of the Gregorian `year`.
    static func days(inMonth month: Int, of year: Int) -> Int {
        PeriodDays.days(inMonth: month, of: year)
    }
}
