extension Search {
    /// For the figures among `hits` that the latest release of their bulk series (a GLOTIP
    /// export's vintages) no longer gives, what their titles say of it: `not in the latest release
    /// (2024-12-11)`, the words of the brief and `report lineage`.
    ///
    /// Why: lineage, the brief's tables and its CSV said that UNODC 2023's 1,321 for the
    /// Netherlands in 2015 was not in the latest release; search gave it as if it were current,
    /// in text and in `--json` (an evaluator's review, session 54). A figure whose row the latest
    /// release held but tipdb refused at load is not named: the release still gives it.
    func releases(_ hits: [Hit]) throws -> [String: String] {
        let keys = hits.filter { $0.kind == "figures" }.map(\.key)
        guard !keys.isEmpty, try db.integer("SELECT EXISTS (SELECT 1 FROM series_vintages)") != 0 else { return [:] }
        let rows = try db.rows(
            """
            SELECT sf.figure, latest.released FROM series_figures sf
            JOIN series_vintages latest ON latest.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
            WHERE sf.figure IN (SELECT value FROM json_each(?1)) AND sf.last_vintage < latest.id
              AND NOT EXISTS (
                  SELECT 1 FROM ingest_batches b, json_each(b.options, '$.refused') j
                  WHERE b.id >= latest.batch_id AND b.format = 'glotip' AND json_valid(b.options)
                    AND b.options ->> '$.series' = sf.series AND j.value = sf.figure)
            """, [JSONString.array(keys)])
        var texts: [String: String] = [:]
        for row in rows {
            guard let key = row.string("figure"), let released = row.string("released") else { continue }
            texts[key] = "not in the latest release (\(released))"
        }
        return texts
    }
}
