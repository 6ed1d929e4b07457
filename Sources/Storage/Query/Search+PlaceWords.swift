import Foundation

extension Search {
    /// The words of the places' names (`PlaceNameWords`), read from the database on first use:
    /// a search reads them for its reading, its notes and each word of an empty result's note,
    /// and reading them each time cost 30-50 ms a search over 100,000 figures.
    func placeNameWords() throws -> PlaceNameWords {
        if let read = placeNames.value { return read }
        let read = try PlaceNameWords(db: db)
        placeNames.value = read
        return read
    }

    /// `scope` read with its other words that are words of place names and of no measure's name
    /// (`PlaceNameWords`) as the places whose names hold them all, together with the words naming
    /// its place whole, if any (`East` beside `Asia`: East Asia and the Pacific, and South-eastern
    /// Asia as South-East Asia); nil when it has no such word, when one of its words that names no
    /// measure is no word of a place's name, or when no place's name holds them all.
    ///
    /// Why only when every such word is a word of a place name: `united nations` stays a search
    /// of the text, as `fishing Pacific` does, where a place named whole is narrowed by any word.
    static func readingPlaceWords(_ scope: NamedScope, _ names: PlaceNameWords, order: [String]) -> NamedScope? {
        let inPart = scope.others.filter { !$0.year && $0.measures.isEmpty }
        guard !inPart.isEmpty, inPart.allSatisfy({ names.holds($0.word) }) else { return nil }
        let typed = (scope.placeWords + inPart.map(\.word)).sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        let places = names.places(holding: typed)
        guard !places.isEmpty else { return nil }
        var read = scope
        read.place = nil
        read.places = places
        read.placeWords = typed
        read.others = scope.others.filter { other in !inPart.contains { $0.word == other.word } }
        read.nameRuns = []
        return read
    }

    /// The note for figures found by words of place names (`readingPlaceWords`): which words, and
    /// the places read, those with figures, each with its code and the alias that holds the
    /// words; that only their own figures are listed; and a search by a region's whole name,
    /// which takes in the places within it. Nil for a scope that names no place in part.
    ///
    /// Why: the words may name several regions of different bodies (`East Asia`: UNODC's East
    /// Asia and the Pacific, M49's South-eastern Asia), and a reader must know which were read.
    func placeWordsNote(_ scope: NamedScope, query: String) throws -> String? {
        guard !scope.places.isEmpty else { return nil }
        let sql = "SELECT DISTINCT place FROM figures WHERE place IN (SELECT value FROM json_each(?1))"
        let held = Set(try db.rows(sql, [JSONString.array(scope.places.map(\.code))]).compactMap { $0.string("place") })
        let read = scope.places.filter { held.contains($0.code) }
        guard !read.isEmpty else { return nil }
        let named = read.map { "\($0.name) (\($0.code)\($0.alias.map { ", as \($0)" } ?? ""))" }
        var note = "\"\(scope.placeWords.joined(separator: " "))\" names no place whole: read as words of the "
            + (read.count == 1 ? "name of " : "names of ") + EnglishList.joined(named)
            + ", whose own figures are listed"
        if let region = read.first(where: { $0.kind != "country" }) {
            let name = try placeNameWords().searchName(of: region.code)
            note += ", not those of the places within \(read.count == 1 ? "it" : "them"); for those, search a region's whole name: "
                + Self.command(Self.replacing(scope.placeWords, with: name, in: query), kind: nil)
        }
        return note
    }

    /// The note for a place named whole (`Asia`) on the other regions whose names hold the same
    /// words but which are not within it, so that a search for it leaves out their figures
    /// (`East Asia and the Pacific`, UNODC's, is not within M49's Asia), each with a search by
    /// its name; only those with figures the query's other words would find, and none that
    /// another reading of the query lists (`readInPart`). Nil when there are none.
    ///
    /// Why: the note on words no row holds suggested `tipdb search Asia` for `East Asia`, and
    /// that search left out the one regional figure the analyst was looking for, with no word
    /// (a regional analyst's review, session 51).
    func otherRegionsNote(_ scope: NamedScope, within: [String], readInPart: Set<String>, query: String) throws -> String? {
        guard let place = scope.place, !scope.placeWords.isEmpty else { return nil }
        let excluded = Set(within).union(readInPart).union([place.code])
        var others: [(code: String, name: String, kind: String, alias: String?)] = []
        let names = try placeNameWords()
        // A place alone (`Asia`) asks only whether the region has figures: one look-up by the index on place.
        let bare = scope.measures.isEmpty && scope.others.isEmpty && scope.people.isEmpty && scope.number == nil
        for region in names.places(holding: scope.placeWords) where region.kind != "country" && !excluded.contains(region.code) {
            guard try db.integer("SELECT EXISTS (SELECT 1 FROM figures WHERE place = ?1)", [region.code]) != 0 else { continue }
            var alone = scope
            alone.place = (region.code, region.name)
            if try bare || !figures(in: alone, within: [], limit: 1, ordered: false).isEmpty { others.append(region) }
        }
        guard !others.isEmpty else { return nil }
        let named = others.map { "\($0.name) (\($0.code)\($0.alias.map { ", as \($0)" } ?? ""))" }
        let words = "\"\(scope.placeWords.joined(separator: " "))\""
        let searches = others.map { Self.command(Self.replacing(scope.placeWords, with: names.searchName(of: $0.code), in: query), kind: nil) }
        return EnglishList.joined(named)
            + (others.count == 1 ? " also has \(words) in its name" : " also have \(words) in their names")
            + " but \(others.count == 1 ? "is" : "are") not within \(place.name) (\(place.code)), so \(others.count == 1 ? "its" : "their") figures are not listed: "
            + searches.joined(separator: "; ")
    }

    /// The query's words with `placeWords` (in the query, in order, not necessarily together)
    /// made `name` where the first of them is, for a search to suggest.
    static func replacing(_ placeWords: [String], with name: String, in query: String) -> [String] {
        var words = typedWords(query).map(\.word)
        guard let first = placeWords.first.flatMap({ words.firstIndex(of: $0) }) else { return [name] }
        var left = placeWords
        words = words.enumerated().compactMap { index, word in
            if index == first { left.removeFirst(); return name }
            if let at = left.firstIndex(of: word) { left.remove(at: at); return nil }
            return word
        }
        return words
    }
}
