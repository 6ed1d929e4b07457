/// "Did you mean ...?" for unknown codes and names: one ranking for names in files (ingest) and
/// names typed as options (report filters), so that the same typo gets the same suggestion.
public enum Suggestions {
    /// Up to `limit` candidates closest to `text` by edit distance (case-insensitive), nearest first.
    public static func closest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = Array(text.lowercased())
        let scored = near(text, among: candidates).map { ($0.candidate, $0.distance) }
        var seen = Set<String>()
        let near = scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0).filter { seen.insert($0.lowercased()).inserted }.prefix(limit).map { $0 }
        guard near.isEmpty, needle.count >= 4 else { return near }
        // Nothing close in spelling: names that contain the text as a whole word ("Korea" is in
        // "Republic of Korea"), shortest first.
        let word = text.lowercased()
        return candidates.filter { candidate in
            candidate.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == word }
        }
        .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        .filter { seen.insert($0.lowercased()).inserted }.prefix(limit).map { $0 }
    }

    /// The candidates within a third of `text`'s length in edit distance (at least 2),
    /// case-insensitive, with their distances, in the candidates' order: what counts as a typo,
    /// for every ranking of suggestions.
    public static func near(_ text: String, among candidates: [String]) -> [(candidate: String, distance: Int)] {
        let needle = Array(text.lowercased())
        let threshold = max(2, needle.count / 3)
        var scored: [(candidate: String, distance: Int)] = []
        for candidate in candidates {
            let lowered = Array(candidate.lowercased())
            guard abs(lowered.count - needle.count) <= threshold else { continue }
            let distance = EditDistance.between(needle, lowered)
            if distance <= threshold { scored.append((candidate, distance)) }
        }
        return scored
    }

    /// `; did you mean "a" or "b"?`, or an empty string when nothing is close.
    public static func phrase(for text: String, among candidates: [String]) -> String {
        phrase(closest(to: text, among: candidates))
    }

    /// `; did you mean "a" or "b"?` for suggestions already found, or an empty string for none.
    public static func phrase(_ found: [String]) -> String {
        guard !found.isEmpty else { return "" }
        return "; did you mean " + found.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }
}
