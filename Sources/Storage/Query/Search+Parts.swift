extension Search {
    /// The breakdown dimensions a part of a country is given in: `subdivision` (ingest's advice
    /// since session 65, checked against the figure's place) and the words files used before it
    /// (`state`, `province`, `nation`, kept as written).
    static let partDimensions = [SubnationalPlace.dimension, "state", "province", "nation"]

    /// The condition on a figure `f` that one of its breakdowns names a part of its country, in
    /// one of the dimensions bound as a JSON array at `?parameter` (`partDimensions`), by one of the
    /// names bound at `?parameter + 1`, in lower case (`NamedScope.part`; SQLite's `lower` folds
    /// ASCII letters only, and so the names are folded by it too).
    ///
    /// Why: a figure of Texas is filed under USA with `subdivision: Texas` (session 65), and the
    /// search index holds quotes and notes only, so `tipdb search Texas` found it only by its text
    /// and said to search the whole country instead.
    static func partCondition(_ parameter: Int) -> String {
        "EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key AND b.dimension IN (SELECT value FROM json_each(?\(parameter))) "  // sql-constant: a parameter number
            + "AND lower(b.category) IN (SELECT lower(value) FROM json_each(?\(parameter + 1))))"  // sql-constant: a parameter number
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
