import Foundation

/// Resolves the free-text country names of published tables (GLOTIP's citizenship and
/// repatriation categories, OWID entities) to place codes.
///
/// UN tables abbreviate (`Dem. Rep. of the Congo`, `Rep. of Moldova`, `United Rep. of
/// Tanzania`) and use typographic apostrophes (`Côte d’Ivoire`); each name is tried as written,
/// then with those spelled out, against the places table and its aliases (`place_aliases`). A
/// name that still does not resolve is not guessed: the caller keeps the text as published.
///
/// Why no names of its own: this type kept a table of aliases (`Congo DR`, `TFYR of Macedonia`)
/// that figures files and `--place` never saw, so a name GLOTIP resolved was refused in a figures
/// file. Since m0039 they are rows of `place_aliases`, which every path reads; what stays here is
/// the spelling out, a rule rather than a list of names.
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

    /// Whether `name` is a word for a group of people (`Nationals`, `Abroad`), not a place: a
    /// category that is no country by design, which a note of names left unresolved leaves out.
    static func namesGroup(_ name: String) -> Bool {
        notPlaces.contains(name.trimmingWhitespace().lowercased())
    }

    private func lookUp(_ name: String) -> String? {
        guard !Self.namesGroup(name) else { return nil }
        let spellings = Self.spellings(of: name)
        for candidate in spellings {
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
