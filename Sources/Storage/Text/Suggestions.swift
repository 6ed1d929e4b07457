/// "Did you mean ...?" for unknown codes and names: one ranking for names in files (ingest) and
/// names typed as options (report filters), so that the same typo gets the same suggestion.
public enum Suggestions {
    /// Up to `limit` candidates closest to `text` (case-insensitive): first the names that start
    /// with the text's words ("Brunei" → "Brunei Darussalam", "Korea" → "Korea, Rep."), then the
    /// nearest by edit distance, then the names that contain the words further in ("Korea" →
    /// "North Korea"), shortest first.
    ///
    /// Why names that start with the text come first: a name written short ("Brunei") is a few
    /// edits from another country ("Burundi"), and suggesting that one sends a figure to the wrong
    /// place. Names that merely contain the words come after the neighbours: "East Asia" is
    /// nearer "Eastern Asia" than "South East Asia".
    public static func closest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
        guard text.count <= longestTypo else { return [] }
        var starting: [String] = []
        var containing: [String] = []
        let words = Self.words(text)
        if text.count >= 4, !words.isEmpty {
            for candidate in candidates {
                let inside = Self.words(candidate)
                guard inside.count > words.count else { continue }
                if Array(inside.prefix(words.count)) == words {
                    starting.append(candidate)
                } else if (1...(inside.count - words.count)).contains(where: { Array(inside[$0..<($0 + words.count)]) == words }) {
                    containing.append(candidate)
                }
            }
        }
        // The same words in other separators (`forced_labour` for `forced-labour`) come first of all.
        let sameWords = words.isEmpty ? [] : candidates.filter { Self.words($0) == words && $0.lowercased() != text.lowercased() }
        // Then the text in the other number (`figures` for `figure`, `study` for `studies`): before
        // the names that start with it, or `figure` was offered figure_tags and figure_lineage only.
        let otherNumber = candidates.filter { Self.isOtherNumber($0.lowercased(), of: text.lowercased()) }
        let shortestFirst: (String, String) -> Bool = { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        let near = near(text, among: candidates)
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }.map(\.candidate)
        var seen = Set<String>()
        let ranked = sameWords + otherNumber + starting.sorted(by: shortestFirst) + near + containing.sorted(by: shortestFirst)
        return Array(ranked.filter { seen.insert($0.lowercased()).inserted }.prefix(limit))
    }

    /// Whether `candidate` is `text` in the other grammatical number, by the English endings names
    /// here use: -s, -es, -y/-ies (`figure`/`figures`, `study`/`studies`), either way round.
    private static func isOtherNumber(_ candidate: String, of text: String) -> Bool {
        func plural(_ singular: String, _ plural: String) -> Bool {
            guard singular.count >= 3 else { return false }
            if plural == singular + "s" || plural == singular + "es" { return true }
            return singular.hasSuffix("y") && plural == singular.dropLast() + "ies"
        }
        return plural(text, candidate) || plural(candidate, text)
    }

    /// The lower-cased words of `text`, split at anything that is not a letter or a digit.
    private static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Substring($0) }
    }

    /// The candidates within a third of `text`'s length in edit distance (at least 2 from five
    /// characters on, 1 below), case-insensitive, with their distances, in the candidates' order:
    /// what counts as a typo, for every ranking of suggestions. A text of one or two characters is
    /// near only a candidate of the same kind (letters, or digits) one edit away, and one of
    /// digits only near digits, and one of both only near a text with its letters and digits in
    /// the same places (`k3` near `k2`: short figure keys).
    ///
    /// Why so strict for short texts: two edits turn any two-letter code into any other, so `ZZ`,
    /// `00` and `-4` were each asked "did you mean UK?", and `USSR` "U.S.?".
    ///
    /// A text longer than `longestTypo` is near nothing: no code, key or name is that long, and
    /// ranking it cost its length squared per candidate (a 100,000-character `cites` held an
    /// ingest's write lock for half a minute).
    public static func near(_ text: String, among candidates: [String]) -> [(candidate: String, distance: Int)] {
        guard text.count <= longestTypo else { return [] }
        let needle = Array(text.lowercased())
        let threshold = needle.count >= 5 ? max(2, needle.count / 3) : 1
        let digits = !needle.isEmpty && needle.allSatisfy { $0.isASCII && $0.isNumber }
        let letters = !needle.isEmpty && needle.allSatisfy(\.isLetter)
        var scored: [(candidate: String, distance: Int)] = []
        for candidate in candidates {
            let lowered = Array(candidate.lowercased())
            if digits && !lowered.allSatisfy({ $0.isASCII && $0.isNumber }) { continue }
            if needle.count <= 2 && !(digits || (letters && lowered.allSatisfy(\.isLetter)) || sameShape(needle, lowered)) { continue }
            if let distance = EditDistance.between(needle, lowered, atMost: threshold) { scored.append((candidate, distance)) }
        }
        return scored
    }

    /// The longest text `near` ranks: longer than any code, figure key or place name a person types.
    public static let longestTypo = 200

    /// Whether two texts have a letter, and a digit, at the same places (`f7` and `f6`, not `f7`
    /// and `77` or `ff`): what lets a short key of both (a figure key such as `k3`) be near another.
    private static func sameShape(_ one: [Character], _ other: [Character]) -> Bool {
        one.count == other.count && zip(one, other).allSatisfy { $0.isLetter == $1.isLetter && $0.isNumber == $1.isNumber }
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

    /// `message(_:for:among:expected:)` for suggestions already found; a suggestion with a gloss
    /// in `glosses` is followed by it in brackets (`"840" (United States)`).
    public static func message(
        _ problem: String, suggesting found: [String], glosses: [String: String] = [:], expected: String? = nil
    ) -> String {
        guard let question = question(found, glosses: glosses) else { return problem + (expected.map { "; " + $0 } ?? "") }
        guard let expected, let first = expected.first else { return problem + "; " + question }
        return problem + "; " + question + " " + first.uppercased() + expected.dropFirst()
    }

    /// `did you mean "a"?`, `did you mean "a" or "b"?`, `did you mean "a", "b" or "c"?`, or nil for
    /// none; each suggestion with its gloss, if any, after it: `did you mean "840" (United States)?`.
    ///
    /// Why a gloss: a number such as an M49 code says nothing by itself, and the user must see
    /// which place it is before writing it in a file.
    public static func question(_ found: [String], glosses: [String: String] = [:]) -> String? {
        let quoted = found.map { "\"\($0)\"" + (glosses[$0].map { " (\($0))" } ?? "") }
        guard let last = quoted.last else { return nil }
        let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
        return "did you mean " + list + "?"
    }
}
