extension Database {
    /// Completes a migration that edited a table's text in `sqlite_schema` (m0027): raises the
    /// schema version by one, as SQLite's ALTER TABLE documentation requires after such an edit,
    /// so that every connection, this one included, parses the new text before its next
    /// statement; then has this connection parse it at once.
    ///
    /// Why the parse: an edit SQLite cannot read would otherwise surface only in the next command
    /// as "malformed database schema". Here it fails the migration's transaction, which rolls the
    /// edit back with everything else.
    func completeSchemaTextEdit(of table: String) throws {
        let version = try integer("PRAGMA schema_version")
        try execute("PRAGMA schema_version = \(version + 1)") // sql-constant: an integer read just above
        _ = try rows("SELECT * FROM pragma_table_info(?)", [table])
    }
}
