extension Measure {
    /// `text` spelled as a measure's code is: lower case, its words joined by hyphens
    /// (`forced_labour`, `Forced Labour` and ` forced labour ` are `forced-labour`).
    ///
    /// Why one function: ingest reads a measure so in a file and a report's `--measure` on the
    /// command line; `--measure forced_labour` was a usage error for a spelling a figures file loads.
    public static func codeSpelling(of text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0.isWhitespace || Dashes.isHyphenLike($0) }).joined(separator: "-")
    }

    /// The codes to offer for `text`, a measure that named none: the measures whose code or
    /// label has all its words, in any order or spelling (`detected victims`, `forced labor`),
    /// then those a few letters from it (`forced-labor`).
    ///
    /// Why one function: ingest reads a measure in a file and a report's `--measure` reads one on
    /// the command line; the same slip gets the same answer in both.
    public static func suggestions(for text: String, among measures: [Measure], limit: Int = 3) -> [String] {
        let byWords = Suggestions.sharingWords(with: text, among: measures.map { ($0.code, [$0.code, $0.label]) }, limit: limit)
        let byLetters = Suggestions.closest(to: text, among: measures.map(\.code), limit: limit)
        var seen = Set<String>()
        return Array((byWords + byLetters).filter { seen.insert($0).inserted }.prefix(limit))
    }
}
