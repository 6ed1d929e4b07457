import Storage

extension PeriodParser {
    /// The period to write for a span written as people say it, with the form tipdb reads: a
    /// quarter (`2019 Q3`, `Q3 2019`, `2019-Q3` → `2019-07/2019-09`), or two ends joined by a
    /// spaced dash or `to` (`2019 - 2020` → `2019-2020`, `2019-07 - 2019-09` or `2019-07 to
    /// 2019-09` → `2019-07/2019-09`); nil for any other text.
    ///
    /// Why: each was refused with the list of single forms, which never said that a span of
    /// months is written with a slash; the analyst had to find the one form that fits. Still
    /// refused (tipdb stores what the file says, not a guess at it), but the message gives the
    /// exact text to write. Only called for a text that already failed to parse.
    static func spokenSpan(_ text: String) -> String? {
        let trimmed = Dashes.folded(text.trimmingWhitespace())
        if let quarter = quarter(trimmed) { return quarter }
        for joint in [" - ", " to ", " until ", " through "] {
            let ends = trimmed.lowercased().components(separatedBy: joint)
            guard ends.count == 2 else { continue }
            let first = ends[0].trimmingWhitespace(), second = ends[1].trimmingWhitespace()
            guard (try? date(first, original: first)) != nil, (try? date(second, original: second)) != nil else { return nil }
            let written = first.count == 4 && second.count == 4 ? "\(first)-\(second)" : "\(first)/\(second)"
            return (try? parseFully(written)) == nil ? nil : written
        }
        return nil
    }

    /// The months of a quarter as a period (`2019-07/2019-09`), or nil when `text` is no quarter.
    private static func quarter(_ text: String) -> String? {
        let words = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count == 2 else { return nil }
        let (yearWord, quarterWord) = words[0].hasPrefix("Q") ? (words[1], words[0]) : (words[0], words[1])
        guard yearWord.count == 4, yearWord.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearWord),
              quarterWord.count == 2, quarterWord.hasPrefix("Q"), let number = Int(quarterWord.dropFirst()), (1...4).contains(number)
        else { return nil }
        let first = number * 3 - 2
        return "\(year)-\(twoDigits(first))/\(year)-\(twoDigits(first + 2))"
    }

    /// The refusal of a span written as people say it: what it is and the text to write.
    static func spokenSpanRefusal(_ text: String) -> String? {
        guard let written = spokenSpan(text) else { return nil }
        return "\"\(text)\" is not a period tipdb reads; expected \(written) for the span it names "
            + "(a span of months or days is written with a slash, start/end)"
    }
}
