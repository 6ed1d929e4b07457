extension Suggestions {
    /// The values of `candidates` one of whose names holds every word of `text`, whatever their
    /// order and spelling (`victims detected` and `detected victims` for "Detected victims of
    /// trafficking", `forced labor` for `forced-labour`): when a name has exactly those words,
    /// only such candidates; otherwise those with the fewest other words first, then by value.
    ///
    /// Why words and not letters: a measure written in plain English puts its words in another
    /// order or leaves one out, which is many edits from the code (`detected victims` is 14 from
    /// `detected-trafficking-victims`), so edit distance found nothing to suggest. Every word
    /// must be there, so what is suggested still says what the user wrote.
    ///
    /// - Parameters:
    ///   - candidates: each value (a code) with the names it goes by (the code, a label).
    public static func sharingWords(
        with text: String, among candidates: [(value: String, names: [String])], limit: Int = 3
    ) -> [String] {
        let wanted = Set(foldedWords(text))
        guard !wanted.isEmpty else { return [] }
        var found: [(value: String, others: Int)] = []
        for candidate in candidates {
            let others = candidate.names.compactMap { name -> Int? in
                let words = Set(foldedWords(name))
                return words.isSuperset(of: wanted) ? words.count - wanted.count : nil
            }.min()
            if let others { found.append((candidate.value, others)) }
        }
        if found.contains(where: { $0.others == 0 }) { found.removeAll { $0.others > 0 } }
        found.sort { ($0.others, $0.value) < ($1.others, $1.value) }
        var seen = Set<String>()
        return Array(found.map(\.value).filter { seen.insert($0).inserted }.prefix(limit))
    }

    /// The words of `text` that say what it is: lower-cased, split at anything not a letter or a
    /// digit, in British spelling (`labor` → `labour`), without a plural `s` (`victims` →
    /// `victim`), and without the small words a label adds (`of`, `in`, `the`, ...).
    static func foldedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { part -> String? in
            var word = String(part)
            if Self.smallWords.contains(word) { return nil }
            if let british = Self.britishSpellings[word] { word = british }
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            return word
        }
    }

    /// Words that join the others in a label and say nothing about which one it is.
    private static let smallWords: Set<String> = ["a", "an", "and", "by", "for", "from", "in", "into", "of", "on", "the", "to", "with"]

    /// American spellings of the vocabularies' words, to their British form (the codes' spelling).
    private static let britishSpellings: [String: String] = [
        "labor": "labour", "labors": "labours", "offense": "offence", "offenses": "offences",
    ]
}
