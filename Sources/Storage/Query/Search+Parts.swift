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
        // Each text once (a table of states holds a few dozen), then the figures of those that name the part.
        let texts = try db.rows("""
            SELECT DISTINCT b.dimension, b.category, f.place FROM figure_breakdowns b JOIN figures f ON f.key = b.figure
            WHERE b.dimension IN (SELECT value FROM json_each(?1)) AND f.place IN (SELECT value FROM json_each(?2))
            """, [JSONString.array(Self.partDimensions), JSONString.array(countries)])
        var wanted: [String] = []
        for row in texts {
            guard let dimension = row.string("dimension"), let category = row.string("category"), let place = row.string("place"),
                  let named = SubnationalPlace.named(category) else { continue }
            if dimension == "nation", named.isCountryNamesake { continue }
            let same = named.name == name
                || SubnationalPlace.separatePart(category, of: place).map { $0 == SubnationalPlace.separatePart(name, of: place) } == true
            if same { wanted.append([dimension, category, place].joined(separator: "\u{1F}")) }
        }
        guard !wanted.isEmpty else { return [] }
        let keys = try db.rows("""
            SELECT DISTINCT b.figure FROM figure_breakdowns b JOIN figures f ON f.key = b.figure
            WHERE b.dimension || char(31) || b.category || char(31) || f.place IN (SELECT value FROM json_each(?1))
              AND b.dimension IN (SELECT value FROM json_each(?2)) AND f.place IN (SELECT value FROM json_each(?3))
            ORDER BY b.figure
            """, [JSONString.array(wanted), JSONString.array(Self.partDimensions), JSONString.array(countries)])
        return keys.compactMap { $0.string("figure") }
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
