extension SchemaRepair {
    /// The type (`view`, `table`) of tipdb's own object `name` when its schema defines one of that
    /// name and `db` does not have it: another program dropped it. Nil for any other name, and for
    /// a database of an older schema, which may not have it yet.
    ///
    /// Why: `tipdb sql` on a database whose `figure_citations` view was dropped with the `sqlite3`
    /// shell said only `no such table: figure_citations`, where `tipdb check` names the damage and
    /// `tipdb migrate --repair` mends it (review of session 29).
    public static func missingObject(_ name: String, in db: Database) throws -> String? {
        guard try Migrator().currentVersion(of: db) >= Migration.latestVersion else { return nil }
        let plain = name.lowercased().hasPrefix("main.") ? String(name.dropFirst(5)) : name
        let reference = try Migrator.reference()
        defer { reference.close() }
        let query = "SELECT type FROM sqlite_schema WHERE lower(name) = lower(?1) AND type IN ('table', 'view')"
        guard let type = try reference.scalar(query, [plain])?.textValue else { return nil }
        return try db.scalar(query, [plain]) == nil ? type : nil
    }
}
