import Storage

extension PeriodParser {
    /// The period to write for a span written as people say it, with the form tipdb reads: a
    /// quarter or a span of months in words (`spokenPeriod`: `2019 Q3`, `2019Q3`, `Quarter 3 2019`,
    /// `July-September 2019` → `2019-07/2019-09`), or two ends joined by a
    /// spaced dash or `to` (`2019 - 2020` → `2019-2020`, `2019-07 - 2019-09` or `2019-07 to
    /// 2019-09` → `2019-07/2019-09`); nil for any other text.
    ///
    /// Why: each was refused with the list of single forms, which never said that a span of
    /// months is written with a slash; the analyst had to find the one form that fits. Still
    /// refused (tipdb stores what the file says, not a guess at it), but the message gives the
    /// exact text to write. Only called for a text that already failed to parse.
    static func spokenSpan(_ text: String) -> String? {
        let trimmed = Dashes.folded(text.trimmingWhitespace())
        if let spoken = spokenPeriod(trimmed) { return spoken.start == spoken.end ? spoken.start : "\(spoken.start)/\(spoken.end)" }
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

    /// The period a quarter or a span of months in words names, as tipdb writes it: `2023 Q1`,
    /// `2023-Q1`, `Q1 2023`, `2023Q1`, `Quarter 1 2023` → `2023-01/2023-03`; `October-December
    /// 2023`, `October to December 2023` (how tipdb's briefs and the Home Office's titles write a
    /// quarter) → `2023-10/2023-12`; `Apr 2023 to Mar 2024` → `2023-04/2024-03`. Nil for any other
    /// text, and for a span of months that would end before it starts.
    ///
    /// Why public: the reports' period options read these (`--period "2023 Q1"` is unambiguous
    /// there: it keeps figures, and stores nothing), while ingest refuses them with the text to
    /// write, as it does a month in words (`June 2020`), so that a file says what it stores.
    public static func spokenPeriod(_ text: String) -> (start: String, end: String)? {
        let trimmed = Dashes.folded(text.trimmingWhitespace())
        return quarter(trimmed) ?? monthSpan(trimmed)
    }

    /// The months of a quarter, or nil when `text` is no quarter.
    private static func quarter(_ text: String) -> (start: String, end: String)? {
        var words = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        // `2023Q1` (ONS, SDMX), `Q12023`: one word, split at the Q.
        if words.count == 1, let q = words[0].firstIndex(of: "Q"), words[0].count == 6 {
            words = [String(words[0][..<q]), String(words[0][q...])].filter { !$0.isEmpty }
            if words.count == 1 { words = [String(words[0].prefix(2)), String(words[0].dropFirst(2))] }
        }
        // `Quarter 1 2023`, `2023 Quarter 1`: the word and its number as `Q1`.
        if words.count == 3, let at = words.firstIndex(of: "QUARTER"), at < 2 {
            words = at == 0 ? ["Q" + words[1], words[2]] : [words[0], "Q" + words[2]]
        }
        guard words.count == 2 else { return nil }
        let (yearWord, quarterWord) = words[0].hasPrefix("Q") ? (words[1], words[0]) : (words[0], words[1])
        guard yearWord.count == 4, yearWord.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearWord),
              quarterWord.count == 2, quarterWord.hasPrefix("Q"), let number = Int(quarterWord.dropFirst()), (1...4).contains(number)
        else { return nil }
        let first = number * 3 - 2
        return ("\(year)-\(twoDigits(first))", "\(year)-\(twoDigits(first + 2))")
    }

    /// Two months in words and their years: `October-December 2023`, `October to December 2023`,
    /// `Oct 2023 - Dec 2023`, `April 2023 to March 2024`; nil for any other text.
    private static func monthSpan(_ text: String) -> (start: String, end: String)? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
            .filter { !["to", "until", "through", "till"].contains($0) }
            .map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        func year(_ word: Substring) -> Int? {
            word.count == 4 && word.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(word).flatMap { (1800...2200).contains($0) ? $0 : nil } : nil
        }
        let ends: (Int, Int, Int, Int)
        switch words.count {
        case 3:
            guard let first = month(named: words[0]), let last = month(named: words[1]), let y = year(words[2]) else { return nil }
            ends = (y, first, y, last)
        case 4:
            guard let first = month(named: words[0]), let y1 = year(words[1]), let last = month(named: words[2]), let y2 = year(words[3])
            else { return nil }
            ends = (y1, first, y2, last)
        default:
            return nil
        }
        guard (ends.0, ends.1) <= (ends.2, ends.3) else { return nil }
        return ("\(ends.0)-\(twoDigits(ends.1))", "\(ends.2)-\(twoDigits(ends.3))")
    }

    /// The refusal of a span written as people say it: what it is and the text to write.
    static func spokenSpanRefusal(_ text: String) -> String? {
        guard let written = spokenSpan(text) else { return nil }
        return "\"\(text)\" is not a period tipdb reads; expected \(written) for the span it names "
            + "(a span of months or days is written with a slash, start/end)"
    }
}
