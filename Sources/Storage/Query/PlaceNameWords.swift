import Foundation

/// The words of every place's name and aliases, for `tipdb search` to read words that name no
/// place whole as words of place names (`Pacific`, `East Asia`).
///
/// Why: only a place's whole name or alias found its figures, so `tipdb search "East Asia"` found
/// nothing and said no figure had the word "East", though UNODC's East Asia and the Pacific did;
/// words of a measure's name already found its figures (a regional analyst's review, session 51).
///
/// A word is compared as `Suggestions.foldedWords` folds a measure's (case, a plural `s`, the
/// small words `and`, `the`) and without accents (`cote` is `côte`). A word must be the same
/// word: `East` is a word of `East Asia and the Pacific` and of the alias `South-East Asia`
/// (hyphens split words), not of `Eastern Asia`. A name's tag in parentheses (`Africa (ILO
/// region)`), the bodies' names in aliases (`ILO Africa`), words of fewer than three letters
/// (`d` of `d'Ivoire`, `US`) and words without a letter (`28` of `EU-28`) are no such words: they
/// say whose grouping it is or are codes, and `ILO` or `region` would read every ILO region.
struct PlaceNameWords {
    /// One place: its code, name and kind, and the words of its name and of each alias.
    struct Entry {
        var code: String
        var name: String
        var kind: String
        /// The name's words first, then each alias with its words, in the aliases' order.
        var names: [(name: String, words: Set<String>)]
    }

    let entries: [Entry]
    /// Every word of `entries`' names.
    let words: Set<String>

    init(db: Database) throws {
        var aliases: [String: [String]] = [:]
        for row in try db.rows("SELECT alias, place FROM place_aliases ORDER BY alias") {
            if let alias = row.string("alias"), let place = row.string("place") { aliases[place, default: []].append(alias) }
        }
        var entries: [Entry] = []
        var words = Set<String>()
        for place in try Place.all(in: db) {
            let names = ([place.name] + aliases[place.code, default: []]).map { ($0, Set(Self.words(of: $0, isName: true))) }
            names.forEach { words.formUnion($0.1) }
            entries.append(Entry(code: place.code, name: place.name, kind: place.kind, names: names))
        }
        self.entries = entries
        self.words = words
    }

    /// The words that tell bodies' groupings apart, not places: left out of names.
    private static let bodyWords: Set<String> = ["ilo", "unodc", "un", "m49", "region"]

    /// `text`'s words as compared: folded, without accents; for a name, without its tag in
    /// parentheses, the bodies' names and words of under three letters or without a letter.
    static func words(of text: String, isName: Bool = false) -> [String] {
        var text = text.folding(options: .diacriticInsensitive, locale: nil)
        if isName, let open = text.firstIndex(of: "(") { text = String(text[..<open]) }
        let folded = Suggestions.foldedWords(text)
        guard isName else { return folded }
        return folded.filter { $0.count >= 3 && $0.contains(where: \.isLetter) && !bodyWords.contains($0) }
    }

    /// Whether each word of `word` (one typed word: `South-East` is two) is a word of some place's name.
    func holds(_ word: String) -> Bool {
        let folded = Self.words(of: word)
        return !folded.isEmpty && folded.allSatisfy(words.contains)
    }

    /// The places one of whose names holds every word of `typed`, each with the alias that does
    /// when its name does not: those whose own name does first (`East Asia`: East Asia and the
    /// Pacific, then South-eastern Asia as South East Asia), each in code order; none when
    /// `typed` has no word.
    func places(holding typed: [String]) -> [(code: String, name: String, kind: String, alias: String?)] {
        let wanted = Set(typed.flatMap { Self.words(of: $0) })
        guard !wanted.isEmpty else { return [] }
        let found = entries.compactMap { entry -> (code: String, name: String, kind: String, alias: String?)? in
            guard let first = entry.names.first(where: { $0.words.isSuperset(of: wanted) }) else { return nil }
            return (entry.code, entry.name, entry.kind, first.name == entry.name ? nil : first.name)
        }
        return found.filter { $0.alias == nil } + found.filter { $0.alias != nil }
    }

    /// The words of the names and aliases of the places `codes` (lower-cased, without accents), of
    /// three letters or more: what a mistyped word of a place's name (`Pacifc`) may be offered.
    func spellings(of codes: Set<String>) -> Set<String> {
        var found = Set<String>()
        for entry in entries where codes.contains(entry.code) {
            for name in entry.names {
                let words = GluedWords.folded(name.name).split { !$0.isLetter }.map(String.init)
                found.formUnion(words.filter { $0.count >= 3 && !Self.bodyWords.contains($0) })
            }
        }
        return found
    }

    /// What a search names place `code` by: its name, or, for a name with a tag in parentheses
    /// (`Americas (ILO region)`), which a search reads as FTS5 syntax, its first alias without
    /// one (`ILO Americas`), else its code.
    func searchName(of code: String) -> String {
        let names = entries.first { $0.code == code }?.names.map(\.name) ?? []
        return names.first { !$0.contains("(") } ?? code
    }
}
