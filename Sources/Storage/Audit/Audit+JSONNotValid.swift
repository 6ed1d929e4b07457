extension Audit {
    /// The name of the `json-not-valid` warning.
    static let jsonNotValidCheck = "json-not-valid"

    /// The message of the `json-not-valid` warning.
    static let jsonNotValidMessage = "columns tipdb keeps JSON in holding text that is not JSON (written by another program: "
        + "the sqlite3 shell, a script), so what they held is left out: a source's CSL record (container, edition, pages, "
        + "editors) from its reference entry, a figure's earlier number from briefs and figure_changes, x_ columns from "
        + "exports; load the row again from its file, or write the column as JSON (an object, {} for none)"

    /// The columns of tipdb's tables that hold JSON, each with the column that names its rows.
    ///
    /// Why a fixed list: these are the columns tipdb writes with `json_object` or a JSON encoder
    /// and reads with SQLite's JSON functions, in views and in Swift. An analyst's own tables are
    /// theirs to judge.
    static let jsonColumns: [(table: String, column: String, key: String)] = [
        ("sources", "csl", "key"), ("sources", "extra", "key"), ("studies", "extra", "key"), ("figures", "extra", "key"),
        ("ingest_batches", "options", "id"), ("datasets", "column_aliases", "id"),
        ("figure_revisions", "previous", "id"), ("source_revisions", "previous", "id"), ("study_revisions", "previous", "id"),
        ("figure_retractions", "previous", "id"), ("figure_retractions", "revisions", "id"),
    ]

    /// `sources ilo-2005, csl: "{bad" is not JSON`, for each row of `jsonColumns` whose text
    /// `json_valid` refuses.
    ///
    /// Why: ingest writes only valid JSON, and a reader given a row that is not either failed
    /// whole with "malformed JSON" (figure_citations and figure_changes until m0066; briefs,
    /// lineage, check, search and retract until session 64) or read past it. Now all read past it,
    /// which keeps them working, but the row then loses what its JSON held without a word.
    func jsonNotValid(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        for (table, column, key) in Self.jsonColumns where try db.schemaContains("table", named: table) {
            let kind = FindingKeys.kind(ofTable: table)
            // Identifiers from the constant list above; no value is pasted.
            let sql = "SELECT \(key), substr(\(column), 1, 40) FROM \(table) WHERE \(column) IS NOT NULL AND NOT json_valid(\(column)) ORDER BY \(key)"  // sql-constant: names from jsonColumns
            try forEachRow(sql) { stored in
                let name = stored.string(at: 0) ?? "?"
                // Its first 40 characters, on one line: enough to recognise what was written.
                let start = String((stored.string(at: 1) ?? "").map { $0.isNewline || $0 == "\t" ? " " : $0 })
                row("\(table) \(name), \(column): \"\(start)\" is not JSON", FindingKeys(kind: kind, keys: [name]))
            }
        }
    }
}
