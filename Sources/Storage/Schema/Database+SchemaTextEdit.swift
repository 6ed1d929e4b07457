extension Database {
    /// Completes a migration that edited a table's or a view's text in `sqlite_schema` (m0027 and
    /// m0028 the figures table's, m0029 two views' comments): raises
    /// the schema version by one, as SQLite's ALTER TABLE documentation requires after such an
    /// edit, so that every connection, this one included, parses the new text before its next
    /// statement; then has this connection parse it at once.
    ///
    /// Why the parse: an edit SQLite cannot read would otherwise surface only in the next command
    /// as "malformed database schema". Here it fails the migration's transaction, which rolls the
    /// edit back with everything else.
    ///
    /// - Parameters:
    ///   - name: the edited table or view.
    ///   - expected: text it must now hold. Why: `replace()` in SQL finds nothing to replace in a
    ///     text that is not the one tipdb wrote, and the migration would then be recorded without
    ///     having changed anything.
    /// - Throws: `StorageError` (SQLITE_ERROR) when `expected` is not in the text.
    func completeSchemaTextEdit(of name: String, expecting expected: String? = nil) throws {
        if let expected {
            let row = try rows("SELECT type, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?", [name]).first
            guard let text = row?.string("sql"), text.contains(expected) else {
                throw StorageError(
                    extendedCode: 1,
                    message: "the \(name) \(row?.string("type") ?? "table")'s text was not the one tipdb wrote, so it could not be edited; expected it to hold \(expected): restore a backup made by tipdb, or copy the rows into a new database made by tipdb init")
            }
        }
        let version = try integer("PRAGMA schema_version")
        try execute("PRAGMA schema_version = \(version + 1)") // sql-constant: an integer read just above
        // pragma_table_info parses a view's SELECT as much as a table's columns.
        _ = try rows("SELECT * FROM pragma_table_info(?)", [name])
    }
}
