import Storage

/// Dates as Excel leaves them in a cell it took for a date: `Jun-19` (mmm-yy), `19-Jun` (d-mmm),
/// `6/30/2019` (m/d/yyyy), `30.06.2019` (dd.mm.yyyy) and `43646` (the day count it stores, saved as
/// a number, or `43646.0` as pandas writes it).
///
/// Why: a period typed `2019-06` into Excel comes back `Jun-19`, and a date column saved as numbers
/// comes back `43646`; each was refused as `is not a period`, which left the analyst looking at what
/// Excel shows, not at what it did. Still refused (a guess would store a wrong month the day Excel's
/// locale differs), but the message says what Excel did and the form to write. Only ever called for
/// a text that already failed to parse: no cost to a valid row.
extension PeriodParser {
    /// What Excel did to `text` and what to write instead, or nil when `text` is not such a date.
    ///
    /// - Parameter noun: `period` or `date`, as the message names what the field takes.
    static func excelDate(_ text: String, noun: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        // `43646.0` too: pandas writes a day count of a column with blanks as a float.
        let dayCount = decimalYear(trimmed) == nil ? trimmed.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) : []
        let count = dayCount.count == 2 && !dayCount[1].isEmpty && dayCount[1].allSatisfy({ $0 == "0" }) ? String(dayCount[0]) : trimmed
        // From 1990-01-01 (32874): a five-digit typo of a year (20190) is not taken for a day count.
        if let serial = Int(count), count.count == 5, count.allSatisfy(\.isASCII), serial >= 32_874 {
            let (year, month, day) = ExcelDay.date(ofDay: serial)
            let date = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
            return "\"\(text)\" is a date as Excel stores one, a count of days since 1899-12-30 (\(count) is \(date)), not a \(noun) tipdb reads: "
                + "the date column was saved as numbers; expected \(date)\(coarser(year, month, noun))"
        }
        let typing = keepTyped
        let slashes = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if slashes.count == 3, let first = Int(slashes[0]), let second = Int(slashes[1]), let written = Int(slashes[2]),
           slashes[0].count <= 2, slashes[1].count <= 2, slashes[2].count == 2 || slashes[2].count == 4 {
            let year = slashes[2].count == 2 ? twoDigitYear(written) : written
            let asMonthDay = (1...12).contains(first) && (1...days(inMonth: first, of: year)).contains(second)
            let asDayMonth = (1...12).contains(second) && (1...days(inMonth: second, of: year)).contains(first)
            let form = slashes[2].count == 2 ? "yy" : "yyyy"
            func iso(_ month: Int, _ day: Int) -> String { "\(year)-\(twoDigits(month))-\(twoDigits(day))" }
            func words(_ month: Int, _ day: Int) -> String { "\(day) \(PeriodDays.monthNames[month - 1]) \(year)" }
            // `11/07/1905` (or 7/11/1905): the year 2019 typed into a date cell, whichever way round.
            if slashes[2].count == 4, let typed = (asDayMonth ? yearAsDate(text, year: year, month: second, day: first) : nil)
                ?? (asMonthDay ? yearAsDate(text, year: year, month: first, day: second) : nil) {
                return typed
            }
            switch (asMonthDay, asDayMonth) {
            case (true, true) where first != second:
                return "\"\(text)\" is a date as Excel writes one, not a \(noun) tipdb reads: m/d/\(form) (\(words(first, second)), as in the United States) "
                    + "or d/m/\(form) (\(words(second, first))); expected \(iso(first, second)) or \(iso(second, first)), whichever the source means\(typing)"
            case (true, _):
                return "\"\(text)\" is a date as Excel writes one in the United States (m/d/\(form): \(words(first, second))), not a \(noun) tipdb reads; "
                    + "expected \(iso(first, second))\(coarser(year, first, noun))\(typing)"
            case (false, true):
                return "\"\(text)\" is a date as Excel writes one (d/m/\(form): \(words(second, first))), not a \(noun) tipdb reads; "
                    + "expected \(iso(second, first))\(coarser(year, second, noun))\(typing)"
            default:
                return nil
            }
        }
        if let dotted = dottedDate(text, noun: noun) { return dotted }
        let dashes = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard dashes.count == 2 else { return nil }
        let digits = dashes.map { $0.allSatisfy { $0.isASCII && $0.isNumber } && !$0.isEmpty }
        if let month = month(named: dashes[0]), digits[1], dashes[1].count == 2 || dashes[1].count == 4, let written = Int(dashes[1]) {
            let year = dashes[1].count == 2 ? twoDigitYear(written) : written
            let form = dashes[1].count == 2 ? "mmm-yy" : "mmm-yyyy"
            return "\"\(text)\" is a month as Excel displays a date (\(form): \(PeriodDays.monthNames[month - 1]) \(year)), not a \(noun) tipdb reads: "
                + "Excel turned the cell into a date; expected \(year)-\(twoDigits(month))\(typing)"
        }
        if let month = month(named: dashes[1]), digits[0], dashes[0].count <= 2, let number = Int(dashes[0]), (1...31).contains(number) {
            let year = twoDigitYear(number)
            return "\"\(text)\" is a date as Excel displays one (d-mmm: \(number) \(PeriodDays.monthNames[month - 1]) of a year it does not show; "
                + "or yy-mmm: \(PeriodDays.monthNames[month - 1]) \(year)), not a \(noun) tipdb reads: Excel turned the cell into a date; expected \(year)-\(twoDigits(month)) "
                + "for \(PeriodDays.monthNames[month - 1]) \(year), or the day with its year (YYYY-\(twoDigits(month))-\(twoDigits(number)))\(typing)"
        }
        return nil
    }

    /// `30.06.2019` (dd.mm.yyyy, or dd.mm.yy), the date Excel writes in Germany, Poland, Russia
    /// and much of Europe: what it is and the form to write, or nil for any other text.
    private static func dottedDate(_ text: String, noun: String) -> String? {
        let parts = text.trimmingWhitespace().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let written = Int(parts[2]) else { return nil }
        let year = parts[2].count == 2 ? twoDigitYear(written) : written
        guard (1...12).contains(month), (1...days(inMonth: month, of: year)).contains(day) else { return nil }
        if parts[2].count == 4, let typed = yearAsDate(text, year: year, month: month, day: day) { return typed }
        let form = parts[2].count == 2 ? "dd.mm.yy" : "dd.mm.yyyy"
        return "\"\(text)\" is a date as Excel writes one in Germany, Poland or Russia (\(form): \(day) \(PeriodDays.monthNames[month - 1]) \(year)), "
            + "not a \(noun) tipdb reads; expected \(year)-\(twoDigits(month))-\(twoDigits(day))\(coarser(year, month, noun))\(keepTyped)"
    }

    /// How to keep Excel from making a date of what is typed, for the messages' last words.
    private static let keepTyped = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"

    /// The month (1-12) a name or its first three letters give, in any case.
    static func month(named text: Substring) -> Int? {
        let lower = text.lowercased()
        guard lower.count >= 3 else { return nil }
        return PeriodDays.monthNames.firstIndex { $0.lowercased() == lower || $0.lowercased().prefix(3) == lower }.map { $0 + 1 }
    }

    /// Excel's reading of a two-digit year: 00-29 is 2000-2029, 30-99 is 1930-1999.
    private static func twoDigitYear(_ year: Int) -> Int {
        year < 30 ? 2000 + year : 1900 + year
    }

    static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    /// ` (or 2019-06 or 2019 if the figure covers the month or the year)`: a period's coarser
    /// forms; nothing for a source's date.
    private static func coarser(_ year: Int, _ month: Int, _ noun: String) -> String {
        noun == "period" ? " (or \(year)-\(twoDigits(month)) or \(year) if the figure covers the month or the year)" : ""
    }
}
