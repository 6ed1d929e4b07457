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
        // `6/30/2019 0:00`: Excel's display of a date cell with a time, its date said as such.
        if let (day, time) = splitTime(trimmed), let date = excelDate(day, noun: noun) {
            return "\"\(text)\" is a date and time as Excel displays one (the time, \(time), is no part of a \(noun)); its date, " + date
        }
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
        if dashes.count == 3 { return dayMonthYear(text, dashes, noun: noun) }
        guard dashes.count == 2 else { return nil }
        let digits = dashes.map { $0.allSatisfy { $0.isASCII && $0.isNumber } && !$0.isEmpty }
        if let month = month(named: dashes[0]), digits[1], dashes[1].count == 2 || dashes[1].count == 4, let written = Int(dashes[1]) {
            let year = dashes[1].count == 2 ? twoDigitYear(written) : written
            let form = dashes[1].count == 2 ? "mmm-yy" : "mmm-yyyy"
            if let typed = monthOrTypedYear(text, month: month, year: year, form: form, noun: noun) { return typed }
            return "\"\(text)\" is a month as Excel displays a date (\(form): \(PeriodDays.monthNames[month - 1]) \(year)), not a \(noun) tipdb reads: "
                + "Excel turned the cell into a date; expected \(year)-\(twoDigits(month))\(typing)"
        }
        // `06-2019` (mm-yyyy): a month first, as a date cell formatted so shows it.
        if digits[0], digits[1], dashes[0].count <= 2, dashes[1].count == 4, let month = Int(dashes[0]), (1...12).contains(month),
           let year = Int(dashes[1]) {
            if let typed = monthOrTypedYear(text, month: month, year: year, form: "mm-yyyy", noun: noun) { return typed }
            return "\"\(text)\" is a month written month first (mm-yyyy: \(PeriodDays.monthNames[month - 1]) \(year)), as a spreadsheet displays "
                + "a date formatted so, not a \(noun) tipdb reads; expected \(year)-\(twoDigits(month))\(noun == "period" ? " (or \(year) if the figure covers the year)" : "")\(typing)"
        }
        if let month = month(named: dashes[1]), digits[0], dashes[0].count <= 2, let number = Int(dashes[0]), (1...31).contains(number) {
            let year = twoDigitYear(number)
            return "\"\(text)\" is a date as Excel displays one (d-mmm: \(number) \(PeriodDays.monthNames[month - 1]) of a year it does not show; "
                + "or yy-mmm: \(PeriodDays.monthNames[month - 1]) \(year)), not a \(noun) tipdb reads: Excel turned the cell into a date; expected \(year)-\(twoDigits(month)) "
                + "for \(PeriodDays.monthNames[month - 1]) \(year), or the day with its year (YYYY-\(twoDigits(month))-\(twoDigits(number)))\(typing)"
        }
        return nil
    }

    /// `31-Dec-19` (d-mmm-yy, or d-mmm-yyyy), Excel's built-in date format: what it is and the
    /// form to write, or nil for any other three parts.
    private static func dayMonthYear(_ text: String, _ parts: [Substring], noun: String) -> String? {
        let isNumber = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard let month = month(named: parts[1]), isNumber(parts[0]), parts[0].count <= 2, isNumber(parts[2]),
              parts[2].count == 2 || parts[2].count == 4, let day = Int(parts[0]), let written = Int(parts[2]) else { return nil }
        let year = parts[2].count == 2 ? twoDigitYear(written) : written
        guard (1...days(inMonth: month, of: year)).contains(day) else { return nil }
        if parts[2].count == 4, let typed = yearAsDate(text, year: year, month: month, day: day) { return typed }
        let form = parts[2].count == 2 ? "d-mmm-yy" : "d-mmm-yyyy"
        // `11-Jul-05`: also the year 2019 typed into a cell formatted d-mmm-yy, which shows 1905 as 05.
        let typed = parts[2].count == 2 && written == 5 ? ExcelDay.typedYear(year: 1905, month: month, day: day) : nil
        let iso = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        guard let typed else {
            return "\"\(text)\" is a date as Excel displays one (\(form): \(day) \(PeriodDays.monthNames[month - 1]) \(year)), not a \(noun) tipdb reads: "
                + "Excel turned the cell into a date; expected \(iso)\(coarser(year, month, noun))\(keepTyped)"
        }
        return "\"\(text)\" is a date as Excel displays one (\(form): \(day) \(PeriodDays.monthNames[month - 1]) \(year)), or the year \(typed) typed "
            + "into a cell formatted so (Excel stores \(typed) as 1905-\(twoDigits(month))-\(twoDigits(day))), not a \(noun) tipdb reads; "
            + "expected \(iso) for the day, or \(typed) for the year: format the cell as General in Excel, and a typed year shows as itself\(keepTyped)"
    }

    /// For a month Excel displays that is also what it shows for a year from 1995 to 2030 typed
    /// into a cell formatted so (`Jun-05`, `Jul-05`, `Jul-1905`, `07-1905`: Excel stores 2019 as
    /// 1905-07-11), both readings and how to tell them apart; nil for any other month.
    ///
    /// Why: `Jul-05` was told "expected 2005-07", and a student who had typed 2019 into a column
    /// formatted mmm-yy then loaded July 2005 without a word, on tipdb's advice (a review, session
    /// 49), where `1905-07-11` is refused as the year it is.
    private static func monthOrTypedYear(_ text: String, month: Int, year: Int, form: String, noun: String) -> String? {
        let yearShown = form.hasSuffix("yyyy") ? 1905 : 2005
        guard year == yearShown, month == 6 || month == 7 else { return nil }
        let typed = ExcelDay.typedYears.filter { ExcelDay.date(ofDay: $0).month == month }
        guard let first = typed.first, let last = typed.last else { return nil }
        let example = typed.contains(2019) ? 2019 : first + 5
        let day = ExcelDay.date(ofDay: example).day
        let name = PeriodDays.monthNames[month - 1]
        let stored = "(Excel stores the year \(example) as 1905-\(twoDigits(month))-\(twoDigits(day)), which it shows as \(text.trimmingWhitespace()))"
        // A month of 1905 is the day count of the typed year itself: there is nothing to tell apart.
        guard year == 2005 else {
            return "\"\(text)\" is a month as Excel displays a date (\(form): \(name) \(year)), most likely a year from \(first) to \(last) typed into a "
                + "cell formatted so \(stored), not a \(noun) tipdb reads; expected the year that was typed (format the cell as General in Excel, "
                + "and it shows as itself), or \(year)-\(twoDigits(month)) if the source means \(name) \(year)\(keepTyped)"
        }
        return "\"\(text)\" is a month as Excel displays a date (\(form): \(name) \(year)), or a year from \(first) to \(last) typed into a "
            + "cell formatted so \(stored), "
            + "not a \(noun) tipdb reads; expected \(year)-\(twoDigits(month)) for \(name) \(year), or the year that was typed: format the cell as "
            + "General in Excel, and a typed year shows as itself (\(first) to \(last)), \(name) \(year) as a count of days from "
            + "\(excelDay(year: year, month: month, day: 1)) on\(keepTyped)"
    }

    /// Excel's day count of `year`-`month`-`day`, from 1899-12-30 (Howard Hinnant's days-from-civil,
    /// shifted from 1970-01-01 as `ExcelDay.date(ofDay:)` is).
    static func excelDay(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + 25_569
    }

    /// The date and the time of `6/30/2019 0:00`, `30.06.2019 00:00:00` or `6/30/2019 12:00 AM`:
    /// a text, one space, then a time of day (`h:mm` or `h:mm:ss`, an optional AM or PM); nil otherwise.
    private static func splitTime(_ text: String) -> (date: String, time: String)? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        let date = String(text[..<space]), time = String(text[text.index(after: space)...])
        var clock = Substring(time)
        for suffix in [" AM", " PM", " am", " pm"] where clock.hasSuffix(suffix) { clock = clock.dropLast(suffix.count) }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard !date.isEmpty, fields.count == 2 || fields.count == 3, (1...2).contains(fields[0].count),
              fields.dropFirst().allSatisfy({ $0.count == 2 }),
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return (date, time)
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
