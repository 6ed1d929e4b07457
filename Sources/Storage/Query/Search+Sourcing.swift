extension Search {
    /// `hits` with each figure's title ended by whose it is and what it repeats, after its number:
    /// `: 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)`, and for a
    /// figure that cites none `: at least 2.45 million — ILO 2005`.
    /// `found` is `sourcing(_:)` of the figures among `hits`.
    func withFigureSources(_ hits: [Hit], _ found: [String: SearchSourcing]) -> [Hit] {
        hits.map { hit in
            guard hit.kind == "figures", let sourcing = found[hit.key] else { return hit }
            var sourced = hit
            sourced.title += " — " + sourcing.text
            return sourced
        }
    }

    /// Whose each figure `keys` names is, and which figure it repeats, by key (`SearchSourcing`).
    ///
    /// Why one read for the results shown, not a column of the search queries: as with
    /// `withFigureNumbers`, only the few figures listed are read again, by their unique keys.
    /// Why the tables are asked for first: `source_labels` (m0023) and `figure_retractions`
    /// (m0022) are missing from a database of an older schema, which `tipdb search` refuses but
    /// this library may be given (a test searching before and after a migration); there a source
    /// has no label and the result names it by its key, and a missing cited figure is not retracted.
    public func sourcing(_ keys: [String]) throws -> [String: SearchSourcing] {
        guard !keys.isEmpty else { return [:] }
        let labels = try has("source_labels") ? Self.labelColumns : Self.noLabelColumns
        let retracted = try has("figure_retractions") ? Self.retractedColumn : Self.noRetractedColumn
        let sql = """
            SELECT f.key AS key, f.source AS source, f.cites AS cites, c.source AS cited_source,
                \(labels), -- // sql-constant: Search.labelColumns or noLabelColumns, fixed expressions
                \(retracted) -- // sql-constant: Search.retractedColumn or noRetractedColumn, fixed expressions
            FROM figures f LEFT JOIN figures c ON c.key = f.cites
            WHERE f.key IN (SELECT value FROM json_each(?1))
            """
        var found: [String: SearchSourcing] = [:]
        for row in try db.rows(sql, [JSONString.array(keys)]) {
            guard let key = row.string("key") else { continue }
            let repeats = row.string("cites").map { cites in
                let citedSource = row.string("cited_source")
                return RepeatedFigure(
                    key: cites, source: citedSource, sourceLabel: row.string("cited_label"),
                    retracted: citedSource == nil ? row.int("cited_retracted") == 1 : nil)
            }
            found[key] = SearchSourcing(source: row.string("source") ?? "", sourceLabel: row.string("source_label"), repeats: repeats)
        }
        return found
    }

    /// The labels of a figure's source and of its cited figure's, over `figures f` and `figures c`.
    static let labelColumns = """
        (SELECT label FROM source_labels WHERE source_labels.source = f.source) AS source_label,
            (SELECT label FROM source_labels WHERE source_labels.source = c.source) AS cited_label
        """
    static let noLabelColumns = "NULL AS source_label, NULL AS cited_label"
    /// Whether `tipdb retract` withdrew the figure `f` cites.
    static let retractedColumn = "EXISTS (SELECT 1 FROM figure_retractions r WHERE r.figure = f.cites) AS cited_retracted"
    static let noRetractedColumn = "0 AS cited_retracted"

    /// Whether the database has a table or view `name`, in any schema (a temporary one too).
    private func has(_ name: String) throws -> Bool {
        try !db.rows("SELECT 1 FROM pragma_table_info(?1) LIMIT 1", [name]).isEmpty
    }
}
