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

    /// A message about `text`, a name that matched nothing: `problem`, then the question when
    /// something is close, then what was expected.
    ///
    /// One rule for every such message, so that each reads as sentences: the question ends its
    /// own (`unknown measure "forced-labor"; did you mean "forced-labour"? Expected a code ...`),
    /// and without one the expectation follows after a semicolon (`unknown measure "xyz"; expected
    /// a code ...`). Written `...?; expected`, the question read as a typo.
    ///
    /// - Parameters:
    ///   - problem: what is wrong, such as `unknown measure "forced-labor"`.
    ///   - expected: what was expected, starting in lower case (`expected one of ...`), or nil.
    public static func message(_ problem: String, for text: String, among candidates: [String], expected: String? = nil) -> String {
        message(problem, suggesting: closest(to: text, among: candidates), expected: expected)
    }

    /// `message(_:for:among:expected:)` for suggestions already found.
    public static func message(_ problem: String, suggesting found: [String], expected: String? = nil) -> String {
        guard let question = question(found) else { return problem + (expected.map { "; " + $0 } ?? "") }
        guard let expected, let first = expected.first else { return problem + "; " + question }
        return problem + "; " + question + " " + first.uppercased() + expected.dropFirst()
    }

    /// `did you mean "a"?`, `did you mean "a" or "b"?`, `did you mean "a", "b" or "c"?`, or nil for none.
    public static func question(_ found: [String]) -> String? {
        let quoted = found.map { "\"\($0)\"" }
        guard let last = quoted.last else { return nil }
        let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
        return "did you mean " + list + "?"
    }
}
