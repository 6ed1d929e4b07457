extension Database {
    /// Completes a migration that edited a table's text in `sqlite_schema` (m0027, m0028): raises
    /// the schema version by one, as SQLite's ALTER TABLE documentation requires after such an
    /// edit, so that every connection, this one included, parses the new text before its next
    /// statement; then has this connection parse it at once.
    ///
    /// Why the parse: an edit SQLite cannot read would otherwise surface only in the next command
    /// as "malformed database schema". Here it fails the migration's transaction, which rolls the
    /// edit back with everything else.
    ///
    /// - Parameter expected: text the edited table must now hold. Why: `replace()` in SQL finds
    ///   nothing to replace in a table whose text is not the one tipdb wrote, and the migration
    ///   would then be recorded without having changed anything.
    /// - Throws: `StorageError` (SQLITE_ERROR) when `expected` is not in the table's text.
    func completeSchemaTextEdit(of table: String, expecting expected: String? = nil) throws {
        if let expected {
            let text = try rows("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]).first?.string("sql") ?? ""
            guard text.contains(expected) else {
                throw StorageError(
                    extendedCode: 1,
                    message: "the \(table) table's text was not the one tipdb wrote, so it could not be edited; expected it to hold \(expected): restore a backup made by tipdb, or copy the rows into a new database made by tipdb init")
            }
        }
        let version = try integer("PRAGMA schema_version")
        try execute("PRAGMA schema_version = \(version + 1)") // sql-constant: an integer read just above
        _ = try rows("SELECT * FROM pragma_table_info(?)", [table])
    }
}
