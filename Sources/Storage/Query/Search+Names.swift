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

    /// The figures whose place or measure `query` names, after `found` and without repeating it,
    /// up to `limit` hits in all.
    ///
    /// Why: the figures' index holds their quotes and notes, so `tipdb search nigeria` missed the
    /// figures for NGA whose quote does not say "Nigeria", and `tipdb search forced labour` those
    /// of the measure whose text does not (review W23). The query's words are read as a place
    /// (as ingest and `--place` read one: a name or an alias in any case and accents, or a code
    /// written in capitals) and as a measure (its code's or label's words, in British or American
    /// spelling), as a whole or split in two (`forced labour in Nigeria`: both); the figures so
    /// named follow the text matches, whose ranking is unchanged, and their excerpt says what
    /// matched. Nothing is added to the indexes: a lookup by the figures' indexes on measure and place.
    func withNamedFigures(_ found: [Hit], query: String, limit: Int) throws -> [Hit] {
        guard found.count < limit else { return found }
        let scopes = try namedScopes(query)
        guard !scopes.isEmpty else { return found }
        var hits = found
        var seen = Set(found.filter { $0.kind == "figures" }.map(\.key))
        for scope in scopes {
            for hit in try figures(in: scope, limit: limit) where seen.insert(hit.key).inserted {
                guard hits.count < limit else { return hits }
                hits.append(hit)
            }
        }
        return hits
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

    /// Up to `limit` figures of `scope`: by measure and place, the latest period first.
    private func figures(in scope: NamedScope, limit: Int) throws -> [Hit] {
        let codes = scope.measures.map(\.code)
        let sql = """
            SELECT f.key AS key, \(Self.figureTitle) AS title -- // sql-constant: Search.figureTitle, a fixed expression
            FROM figures f
            WHERE (?1 IS NULL OR f.place = ?1)
                AND (?2 = '[]' OR f.measure IN (SELECT value FROM json_each(?2)))
            ORDER BY f.measure, f.place, f.period_end DESC, f.period_start DESC, f.key
            LIMIT ?3
            """
        let because = Self.matchedBy(scope)
        return try db.rows(sql, [scope.place?.code, JSONString.array(codes), limit]).map { row in
            Hit(kind: "figures", key: row.string("key") ?? "", title: row.string("title") ?? "", snippet: because, rank: 0)
        }
    }

    /// The excerpt of a figure found by name: what it was found by, the names in [brackets] as
    /// the words a text match shows.
    static func matchedBy(_ scope: NamedScope) -> String {
        let labels = scope.measures.map { "[\($0.label)]" }
        let measure = labels.isEmpty ? nil : "its measure is " + labels.joined(separator: " or ")
        let place = scope.place.map { "its place is [\($0.name)]" }
        return [measure, place].compactMap { $0 }.joined(separator: " and ")
    }
}
