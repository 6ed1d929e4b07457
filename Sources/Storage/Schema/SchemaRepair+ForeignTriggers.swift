extension SchemaRepair {
    /// The triggers of tipdb's own schema: those that keep the search indexes (`searchObjects`).
    /// `SearchObjectsTests` holds the list to the reference schema, so that a migration adding a
    /// trigger adds it here too.
    public static var ownTriggers: Set<String> {
        Set(searchObjects.filter { $0.hasPrefix("trigger ") }.map { String($0.dropFirst("trigger ".count)) })
    }

    /// The triggers in `db` that tipdb did not make, as name and table, sorted by name: one read
    /// of `sqlite_schema`.
    ///
    /// Why writing commands ask: such a trigger runs inside tipdb's own inserts and updates, and
    /// one that rewrote `value` made a file's 5 a stored 50, cited in briefs, while the ingest
    /// reported a clean insert (review of session 52). `tipdb check` names them too
    /// (`schema-triggers`).
    public static func foreignTriggers(in db: Database) throws -> [(name: String, table: String)] {
        let own = ownTriggers
        return try db.rows("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
            .compactMap { row in
                guard let name = row.string("name"), !own.contains(name) else { return nil }
                return (name, row.string("tbl_name") ?? "")
            }
    }
}
