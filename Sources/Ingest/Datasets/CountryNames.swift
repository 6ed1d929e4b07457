import Foundation

/// Resolves the free-text country names of published tables (GLOTIP's citizenship and
/// repatriation categories, OWID entities) to place codes.
///
/// UN tables abbreviate (`Dem. Rep. of the Congo`, `Rep. of Moldova`, `United Rep. of
/// Tanzania`) and use typographic apostrophes (`Côte d’Ivoire`); each name is tried as written,
/// then with those spelled out. A name that still does not resolve is not guessed: the caller
/// keeps the text as published.
final class CountryNames {
    private let vocabulary: Vocabulary
    private var cache: [String: String?] = [:]

    /// Words published for groups of people rather than places.
    private static let notPlaces: Set<String> = ["nationals", "abroad", "foreigners", "unknown", "other", "others", "total", ""]

    private static let abbreviations: [(String, String)] = [
        ("Dem. People's Rep.", "Democratic People's Republic"), ("Dem. Rep.", "Democratic Republic"),
        ("Rep.", "Republic"), ("Dem.", "Democratic"), ("St.", "Saint"), ("Is.", "Islands"), ("Fed.", "Federated"),
        ("Plurin. State", "Plurinational State"), ("Bolivarian Rep.", "Bolivarian Republic"), (" & ", " and "),
    ]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The place code for `name`, or nil when it names no place tipdb knows.
    func resolve(_ name: String) -> String? {
        let trimmed = name.trimmingWhitespace()
        if let cached = cache[trimmed] { return cached }
        let found = lookUp(trimmed)
        cache[trimmed] = found
        return found
    }

    private func lookUp(_ name: String) -> String? {
        guard !Self.notPlaces.contains(name.lowercased()) else { return nil }
        for candidate in Self.spellings(of: name) {
            if let code = try? vocabulary.place(candidate) { return code }
        }
        return nil
    }

    /// The name as written, with typographic apostrophes straightened, with abbreviations
    /// spelled out, and without a leading "the".
    static func spellings(of name: String) -> [String] {
        var candidates = [name]
        let straight = String(name.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
        candidates.append(straight)
        var expanded = straight
        for (short, long) in abbreviations {
            expanded = expanded.replacingOccurrences(of: short, with: long)
        }
        candidates.append(expanded)
        for text in [straight, expanded] where text.lowercased().hasPrefix("the ") {
            candidates.append(String(text.dropFirst(4)))
        }
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted }
    }
}
