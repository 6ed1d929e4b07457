/// Recreates tipdb's own indexes, triggers and views that another program dropped or changed,
/// from the migrations' definitions, without touching a row of data (`tipdb migrate --repair`),
/// and labels the sources another program wrote (`source_labels`).
///
/// Why: `tipdb check` finds them missing (a search trigger dropped with the `sqlite3` shell
/// leaves a file that passes `integrity_check`), and restoring a backup would lose every ingest
/// since it was made. Indexes, triggers and views hold no data of their own, so they can be made
/// again exactly; a table cannot, and is only named.
public enum SchemaRepair {
    /// What a repair did, and what it could not do.
    public struct Outcome: Sendable, Equatable {
        /// "index figures_by_place", "trigger figures_fts_insert", ...: recreated, in creation order.
        public var recreated: [String] = []
        /// Full-text indexes rebuilt because one of their triggers was missing or changed, so
        /// rows written meanwhile may be missing from them.
        public var rebuiltSearchIndexes: [String] = []
        /// tipdb's tables that are missing or changed: not repaired.
        public var tables: [String] = []
        /// "KEY: LABEL" for each source labelled again: written or changed by another program,
        /// it had no label in `source_labels`, or one its values no longer give.
        public var labelled: [String] = []
    }

    /// Recreates, in one IMMEDIATE transaction, every index, trigger and view of tipdb's schema
    /// that is missing from `db` or differs from its definition, rebuilds the search indexes
    /// whose triggers were among them, and labels every source again (`relabelAllSources`).
    public static func repair(_ db: Database) throws -> Outcome {
        let reference = try Database.inMemory()
        defer { reference.close() }
        try Migrator().migrate(reference)
        let query = "SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid"
        let expected = try reference.rows(query).map { (type: $0.string("type") ?? "", name: $0.string("name") ?? "", sql: $0.string("sql") ?? "") }
        var actual: [String: (type: String, sql: String)] = [:]
        for row in try db.rows(query) { actual[row.string("name") ?? ""] = (row.string("type") ?? "", row.string("sql") ?? "") }
        var outcome = Outcome()
        try db.transaction(.immediate) {
            for object in expected {
                let found = actual[object.name]
                if let found, found.type == object.type, found.sql == object.sql { continue }
                guard ["index", "trigger", "view"].contains(object.type), !object.sql.isEmpty else {
                    outcome.tables.append("\(object.type) \(object.name)")
                    continue
                }
                if let found, ["index", "trigger", "view"].contains(found.type) {
                    let quoted = "\"" + object.name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    try db.execute("DROP \(found.type.uppercased()) \(quoted)")  // sql-constant: a type and a name read from sqlite_schema, quoted
                } else if found != nil {
                    outcome.tables.append("\(object.type) \(object.name) (a table of that name is in its place)")
                    continue
                }
                try db.execute(object.sql)
                outcome.recreated.append("\(object.type) \(object.name)")
                if object.type == "trigger", let index = Audit.searchIndexes.first(where: { object.name.hasPrefix($0.name + "_") }),
                    !outcome.rebuiltSearchIndexes.contains(index.name)
                {
                    outcome.rebuiltSearchIndexes.append(index.name)
                }
            }
            for name in outcome.rebuiltSearchIndexes {
                if let index = Audit.searchIndexes.first(where: { $0.name == name }) { try db.execute(index.rebuild) }
            }
            // Labels are tipdb's to write, like the views that read them; a missing or changed table is named above.
            if !outcome.tables.contains(where: { $0.hasPrefix("table source_labels") }), try db.schemaContains("table", named: "source_labels") {
                outcome.labelled = try db.relabelAllSources()
            }
        }
        return outcome
    }
}
