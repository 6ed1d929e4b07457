extension Search {
    /// The breakdown dimensions a part of a country is given in: `subdivision` (ingest's advice
    /// since session 65, checked against the figure's place) and the words files used before it
    /// (`state`, `province`, `nation`, kept as written).
    static let partDimensions = [SubnationalPlace.dimension, "state", "province", "nation"]

    /// The keys of the figures of `part`'s countries whose breakdown, in one of `partDimensions`,
    /// names that part (`NamedScope.part`): its category read as ingest reads a part
    /// (`SubnationalPlace.named`: any case and accents, `Lagos State`, other names), or as the same
    /// one part of the figure's country (`SubnationalPlace.separatePart`: Mexico's `Distrito
    /// Federal` is `Ciudad de México`). A `nation` that is also a country's name (`nation: Niger` of
    /// a Nigerian count) is a nationality as often as a part, and is left out.
    ///
    /// Why in Swift, not a condition on the text: a file's `state` or `province` is kept as written
    /// (`province: Québec`, `state: Nuevo Leon`), and SQLite's `lower` folds neither accents nor
    /// other names, so such figures were not found (a reviewer's case, session 66). Why at all: a
    /// figure of Texas is filed under USA with `subdivision: Texas`, and the search index holds
    /// quotes and notes only, so `tipdb search Texas` found it by its text alone.
    func partFigureKeys(name: String, countries: [String]) throws -> [String] {
        let rows = try db.rows("""
            SELECT b.figure, b.dimension, b.category, f.place FROM figure_breakdowns b JOIN figures f ON f.key = b.figure
            WHERE b.dimension IN (SELECT value FROM json_each(?1)) AND f.place IN (SELECT value FROM json_each(?2))
            ORDER BY b.figure
            """, [JSONString.array(Self.partDimensions), JSONString.array(countries)])
        var keys: [String] = []
        for row in rows {
            guard let key = row.string("figure"), let category = row.string("category"), let place = row.string("place"),
                  let named = SubnationalPlace.named(category) else { continue }
            if row.string("dimension") == "nation", named.isCountryNamesake { continue }
            let same = named.name == name
                || SubnationalPlace.separatePart(category, of: place).map { $0 == SubnationalPlace.separatePart(name, of: place) } == true
            if same, keys.last != key { keys.append(key) }
        }
        return keys
    }

    /// The breakdown of the figure `key` that names a part of its country, as its title writes a
    /// breakdown (`subdivision: Texas`); nil for none. Read for the figures a search lists only.
    func partBreakdown(of key: String) throws -> String? {
        let rows = try db.rows(
            "SELECT dimension, category FROM figure_breakdowns WHERE figure = ? AND dimension IN (SELECT value FROM json_each(?)) ORDER BY dimension",
            [key, JSONString.array(Self.partDimensions)])
        return rows.first.flatMap { row in row.string("category").map { "\(row.string("dimension") ?? ""): \($0)" } }
    }
}
