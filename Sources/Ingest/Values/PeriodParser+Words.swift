import Storage

extension PeriodParser {
    /// Why `text` is not a date when it is one written another way than tipdb reads it, with the
    /// form to write: a month or day in words (`June 2020`, `15 June 2020`, `June 15, 2020`), or
    /// a day with a time of day (`2020-06-15T00:00:00`, as pandas and databases export a
    /// timestamp); nil for any other text.
    ///
    /// Why: such a source date got the generic "expected a year, a month or a day", and the user
    /// had to work out that June 2020 is written 2020-06.
    ///
    /// - Parameter noun: what the text should have been (`period` or `date`), for the message.
    static func wordedDate(_ text: String, noun: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if let day = dayOfTimestamp(trimmed) {
            return "\"\(text)\" is a day with a time of day, not a \(noun); expected the day alone, \(day)"
        }
        guard let parts = wordedParts(trimmed) else { return nil }
        let month = PeriodDays.monthNames[parts.month - 1]
        guard let day = parts.day else {
            return "\"\(text)\" is a month written in words, not a \(noun) tipdb reads; expected \(parts.year)-\(twoDigits(parts.month)) for \(month) \(parts.year)"
        }
        return "\"\(text)\" is a day written in words, not a \(noun) tipdb reads; expected \(parts.year)-\(twoDigits(parts.month))-\(twoDigits(day)) "
            + "for \(day) \(month) \(parts.year)"
    }

    /// `2020-06` for `June 2020` (or `Jun 2020`, `Jun. 2020`), `2020-06-15` for `15 June 2020` or
    /// `June 15, 2020`: the date column's form of a date in words; nil for any other text.
    ///
    /// Why: a CSL item's `{"raw": "March 2019"}` (as Zotero exports a date it could not parse) is
    /// the date column's 2019-03, where it was cited "n.d." and exported to BibTeX without a year.
    static func dateOfWords(_ text: String) -> String? {
        guard let parts = wordedParts(text.trimmingWhitespace()) else { return nil }
        return "\(parts.year)-\(twoDigits(parts.month))" + (parts.day.map { "-\(twoDigits($0))" } ?? "")
    }

    /// The year, month and day (nil for a month) of a date in words, `June 2020`, `15 June 2020`
    /// or `June 15, 2020`, with a real day in its month; nil for any other text.
    private static func wordedParts(_ trimmed: String) -> (year: Int, month: Int, day: Int?)? {
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        func yearOf(_ word: Substring) -> Int? {
            word.count == 4 && word.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(word) : nil
        }
        func dayOf(_ word: Substring) -> Int? {
            (1...2).contains(word.count) && word.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(word).flatMap { (1...31).contains($0) ? $0 : nil } : nil
        }
        switch words.count {
        case 2:
            // June 2020, Jun 2020
            guard let m = month(named: words[0]), let y = yearOf(words[1]) else { return nil }
            return (y, m, nil)
        case 3:
            // 15 June 2020, or June 15, 2020
            let parsed: (day: Int, month: Int, year: Int)? = if let d = dayOf(words[0]), let m = month(named: words[1]), let y = yearOf(words[2]) {
                (d, m, y)
            } else if let m = month(named: words[0]), let d = dayOf(words[1]), let y = yearOf(words[2]) {
                (d, m, y)
            } else {
                nil
            }
            guard let parsed, parsed.day <= days(inMonth: parsed.month, of: parsed.year) else { return nil }
            return (parsed.year, parsed.month, parsed.day)
        default:
            return nil
        }
    }

    /// `2020-06-15` for `2020-06-15T00:00:00`, `2020-06-15 00:00`, `2020-06-15T10:30:00Z` or
    /// `2020-06-15T00:00:00.000+02:00`: a valid day, then a time; nil for anything else.
    private static func dayOfTimestamp(_ text: String) -> String? {
        guard text.count > 10 else { return nil }
        let day = String(text.prefix(10))
        let rest = text.dropFirst(10)
        guard let separator = rest.first, separator == "T" || separator == " ",
              let hour = rest.dropFirst().split(separator: ":").first, hour.count == 2, hour.allSatisfy({ $0.isASCII && $0.isNumber }),
              rest.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || ":.+-Z".contains($0)) }),
              (try? date(day, original: day, kind: .period)) != nil else { return nil }
        return day
    }
}
