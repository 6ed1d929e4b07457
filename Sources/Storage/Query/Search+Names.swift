import Foundation

extension Search {
    /// What a query names by the vocabularies' own words: a place, one or more measures, or both.
    struct NamedScope: Equatable {
        /// The place's code and name, or nil for any place.
        var place: (code: String, name: String)?
        /// The measures' codes and labels; empty for any measure.
        var measures: [(code: String, label: String)]

        static func == (a: NamedScope, b: NamedScope) -> Bool {
            a.place?.code == b.place?.code && a.measures.map(\.code) == b.measures.map(\.code)
        }
    }

    /// The figures whose place or measure `query` names, then the text matches `found` that are not
    /// among them, up to `limit` hits in all, and a note for a region read with its countries.
    ///
    /// Why: the figures' index holds their quotes and notes, so `tipdb search nigeria` missed the
    /// figures for NGA whose quote does not say "Nigeria", and `tipdb search forced labour` those
    /// of the measure whose text does not (review W23). The query's words are read as a place
    /// (as ingest and `--place` read one: a name or an alias in any case and accents, or a code
    /// written in capitals) and as a measure (its code's or label's words, in British or American
    /// spelling), as a whole or split in two (`forced labour in Nigeria`: both), and the excerpt
    /// of each figure so found says what matched (the text excerpt when the text matches it too). Nothing is added to the indexes: a lookup by the
    /// figures' indexes on measure and place.
    ///
    /// Why first: words that name a place or a measure ask for its figures, an exact match on the
    /// figure's own fields, where a text match is a word somewhere in a quote or note; listed after
    /// the text matches, they were the first to be cut by `--limit`. A region is read as the brief's
    /// `--place` reads it: its own figures, then those of its countries and of the regions within it.
    func withNamedFigures(_ found: [Hit], query: String, limit: Int) throws -> (hits: [Hit], notes: [String]) {
        let scopes = try namedScopes(query)
        guard !scopes.isEmpty else { return (found, []) }
        var named: [Hit] = []
        var notes: [String] = []
        var seen = Set<String>()
        for scope in scopes where named.count < limit {
            let within = try placesWithin(scope.place?.code)
            if let place = scope.place, !within.isEmpty {
                let note = "\(place.name) is a region: its own figures come first, then those of the places within it, as tipdb report brief --place reads it"
                if !notes.contains(note) { notes.append(note) }
            }
            for hit in try figures(in: scope, within: within, limit: limit) where seen.insert(hit.key).inserted {
                guard named.count < limit else { break }
                named.append(hit)
            }
        }
        // A figure the text matches too keeps its text excerpt, the words it was found by, as
        // without the names.
        var excerpts: [String: String] = [:]
        for hit in found where hit.kind == "figures" && !hit.marked.isEmpty { excerpts[hit.key] = excerpts[hit.key] ?? hit.marked }
        for index in named.indices { named[index].marked = excerpts[named[index].key] ?? named[index].marked }
        let rest = found.filter { $0.kind != "figures" || !seen.contains($0.key) }
        return (Array((named + rest).prefix(limit)), notes)
    }

    /// The countries of region `code` and the regions wholly inside it (`Place.regions(within:)`),
    /// as the brief's `--place` includes them; none for a country, or for no place.
    func placesWithin(_ code: String?) throws -> [String] {
        guard let code else { return [] }
        var members: [String: [String]] = [:]
        for row in try db.rows("SELECT region, country FROM place_members") {
            if let region = row.string("region"), let country = row.string("country") { members[region, default: []].append(country) }
        }
        guard let own = members[code], !own.isEmpty else { return [] }
        return Set(own).union(Place.regions(within: code, members: members)).subtracting([code]).sorted()
    }

    /// The readings of `query` as a place, measures, or both; none for FTS5 syntax (a column
    /// filter, an operator, a prefix, a phrase's quotes aside), which asks for text.
    func namedScopes(_ query: String) throws -> [NamedScope] {
        let words = query.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            .filter { !$0.isEmpty }
        let syntax = CharacterSet(charactersIn: ":*()^{}+")
        guard !words.isEmpty, query.rangeOfCharacter(from: syntax) == nil,
              !words.contains(where: { ["OR", "AND", "NOT", "NEAR"].contains($0) || $0.hasPrefix("-") })
        else { return [] }
        let gazetteer = try Gazetteer(db: db)
        let measures = try Measure.all(in: db)
        var placeNames: [String: String] = [:]
        for row in try db.rows("SELECT code, name FROM places") {
            if let code = row.string("code"), let name = row.string("name") { placeNames[code] = name }
        }
        func place(_ text: String) -> (code: String, name: String)? {
            // A code is read only in capitals (`US`, `NGA`): `in`, `and` or `can` in a query are words.
            guard text.contains(where: \.isLetter), text.count > 3 || text == text.uppercased(),
                  let code = gazetteer.code(for: text), let name = placeNames[code]
            else { return nil }
            return (code, name)
        }
        func named(_ text: String) -> [(code: String, label: String)] {
            let wanted = Set(Suggestions.foldedWords(text))
            guard !wanted.isEmpty else { return [] }
            return measures.filter { Set(Suggestions.foldedWords($0.code)) == wanted || Set(Suggestions.foldedWords($0.label)) == wanted }
                .map { ($0.code, $0.label) }
        }
        var scopes: [NamedScope] = []
        func add(_ scope: NamedScope) { if !scopes.contains(scope) { scopes.append(scope) } }
        let whole = words.joined(separator: " ")
        if let found = place(whole) { add(NamedScope(place: found, measures: [])) }
        let wholeMeasures = named(whole)
        if !wholeMeasures.isEmpty { add(NamedScope(place: nil, measures: wholeMeasures)) }
        for split in words.indices.dropFirst() {
            let head = words[..<split].joined(separator: " ")
            let tail = words[split...].joined(separator: " ")
            for (placeText, measureText) in [(head, tail), (tail, head)] {
                let measures = named(measureText)
                if !measures.isEmpty, let found = place(placeText) { add(NamedScope(place: found, measures: measures)) }
            }
        }
        return scopes
    }

    /// Up to `limit` figures of `scope`, the place's own first, then those of the places `within`
    /// it: by measure and place, the latest period first.
    private func figures(in scope: NamedScope, within: [String], limit: Int) throws -> [Hit] {
        let codes = scope.measures.map(\.code)
        let sql = """
            SELECT f.key AS key, \(Self.figureTitle) AS title, -- // sql-constant: Search.figureTitle, a fixed expression
                f.place IS ?1 AS own, (SELECT name FROM places WHERE places.code = f.place) AS place_name
            FROM figures f
            WHERE (?1 IS NULL OR f.place = ?1 OR f.place IN (SELECT value FROM json_each(?4)))
                AND (?2 = '[]' OR f.measure IN (SELECT value FROM json_each(?2)))
            ORDER BY f.place IS NOT ?1, f.measure, f.place, f.period_end DESC, f.period_start DESC, f.key
            LIMIT ?3
            """
        return try db.rows(sql, [scope.place?.code, JSONString.array(codes), limit, JSONString.array(within)]).map { row in
            let member = scope.place != nil && row.int("own") == 0 ? row.string("place_name") : nil
            return Hit(kind: "figures", key: row.string("key") ?? "", title: row.string("title") ?? "",
                       marked: Self.matchedBy(scope, memberPlace: member), rank: 0)
        }
    }

    /// The excerpt of a figure found by name: what it was found by, the names marked as matches
    /// (in [brackets] in the text output) as the words a text match shows.
    /// A figure of a place within the region the query names says both: `its place, [Nigeria],
    /// is in [Western Africa]`.
    static func matchedBy(_ scope: NamedScope, memberPlace: String? = nil) -> String {
        let mark = { (name: String) in String(matchStart) + name + String(matchEnd) }
        let labels = scope.measures.map { mark($0.label) }
        let measure = labels.isEmpty ? nil : "its measure is " + labels.joined(separator: " or ")
        let place = scope.place.map { region in
            memberPlace.map { "its place, \(mark($0)), is in \(mark(region.name))" } ?? "its place is \(mark(region.name))"
        }
        return [measure, place].compactMap { $0 }.joined(separator: " and ")
    }
}
