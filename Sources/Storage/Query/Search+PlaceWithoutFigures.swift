extension Search {
    /// The note for a query that found nothing and names a place that no figure is for, nor any
    /// place within it; nil when every place the query names has figures, or it names none.
    ///
    /// Why: `tipdb search philippines` printed "(0 results)", and with other words the note said
    /// no row "has the word" philippines, which reads as tipdb not knowing the country. It knows
    /// it (ingest and `--place` read the name); the database holds no figure for it, which is
    /// the data gap a reader should hear about (carried from the review of session 47).
    func placeWithoutFiguresNote(_ query: String, kind: String?) throws -> String? {
        guard kind == nil || kind == "figures" else { return nil }
        var seen = Set<String>()
        for scope in try namedScopes(query) {
            guard let place = scope.place, seen.insert(place.code).inserted else { continue }
            let within = try placesWithin(place.code)
            let sql = "SELECT EXISTS (SELECT 1 FROM figures WHERE place IN (SELECT value FROM json_each(?)))"
            guard try db.integer(sql, [JSONString.array([place.code] + within)]) == 0 else { continue }
            // Georgia and Niger: the part the name also is was searched too (`namedScopes`), and is named.
            let part = SubnationalPlace.countryNamesakes.contains(place.code) ? SubnationalPlace.named(place.name) : nil
            let namesake = part.map {
                "; \($0.listedUnder) too, and no figure of \($0.codes) with breakdown \(SubnationalPlace.dimension): \($0.name) matches either"
            } ?? ""
            return "no figure in this database is for \(place.name) (\(place.code))\(within.isEmpty ? "" : " or a place within it")"
                + ": tipdb knows the place, but no file loaded gives a figure for it" + namesake
        }
        return nil
    }
}
