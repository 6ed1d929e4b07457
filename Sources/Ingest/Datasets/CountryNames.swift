import Foundation

/// Resolves the free-text country names of published tables (GLOTIP's citizenship and
/// repatriation categories, OWID entities) to place codes.
///
/// UN tables abbreviate (`Dem. Rep. of the Congo`, `Rep. of Moldova`, `United Rep. of
/// Tanzania`) and use typographic apostrophes (`Côte d’Ivoire`); each name is tried as written,
/// then with those spelled out, then in ``aliases``. A name that still does not resolve is not
/// guessed: the caller keeps the text as published.
final class CountryNames {
    private let vocabulary: Vocabulary
    private var cache: [String: String?] = [:]

    /// Words published for groups of people rather than places.
    private static let notPlaces: Set<String> = ["nationals", "abroad", "foreigners", "unknown", "other", "others", "total", ""]

    /// Names of countries in UN and UNODC tables and the press that neither the places table nor
    /// the abbreviations spelled out resolve, lowercased → place code. Each is the same state under
    /// another name (a former one too: `TFYR of Macedonia`, `Libyan Arab Jamahiriya`), never a
    /// state that no longer exists (`Serbia and Montenegro`) or a part of one (`Scotland`).
    ///
    /// Why: one GLOTIP export named the Democratic Republic of the Congo `Dem. Rep. of the Congo`,
    /// `DR Congo` and `Congo DR` in three years; the third was stored as the text, with no place,
    /// beside the two others' COD, and nothing said so.
    private static let aliases: [String: String] = [
        "congo dr": "COD", "congo d.r.": "COD", "d.r. congo": "COD", "dr of the congo": "COD", "d.r. of the congo": "COD",
        "dr of congo": "COD", "congo, dem. rep. of the": "COD", "congo, democratic republic of the": "COD",
        "congo (democratic republic of the)": "COD", "congo, democratic republic": "COD", "congo dem. rep.": "COD",
        "congo (drc)": "COD",
        "congo, rep. of": "COG", "congo, rep. of the": "COG", "congo, republic of": "COG", "congo, republic of the": "COG",
        "congo rep.": "COG", "congo (republic of the)": "COG", "congo republic": "COG",
        "korea, dpr": "PRK", "dpr korea": "PRK", "dpr of korea": "PRK", "dprk": "PRK", "korea dpr": "PRK",
        "korea rep.": "KOR", "korea, rep. of": "KOR",
        "u.k. of great britain and northern ireland": "GBR", "u.k.": "GBR",
        "tfyr of macedonia": "MKD", "tfyr macedonia": "MKD", "fyr macedonia": "MKD", "fyr of macedonia": "MKD",
        "the fyr of macedonia": "MKD", "former yugoslav republic of macedonia": "MKD",
        "kosovo (under unscr 1244)": "XKX", "kosovo (unscr 1244)": "XKX",
        "libyan arab jamahiriya": "LBY",
    ]

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
        for candidate in spellings {
            // Through the vocabulary, so that a database without the place (XKX before m0007) keeps the text.
            if let alias = Self.aliases[candidate.lowercased()], let code = try? vocabulary.place(alias) { return code }
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
