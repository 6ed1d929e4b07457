/// Recreates tipdb's own indexes, triggers and views that another program dropped or changed,
/// from the migrations' definitions, without touching a row of data (`tipdb migrate --repair`),
/// recreates the tables that hold nothing but what tipdb derives from other tables (the search
/// indexes, `source_labels`), and labels the sources another program wrote (`source_labels`).
///
/// Why: `tipdb check` finds them missing (a search trigger dropped with the `sqlite3` shell
/// leaves a file that passes `integrity_check`), and restoring a backup would lose every ingest
/// since it was made. Indexes, triggers, views and derived tables can be made again exactly; a
/// table of data cannot, and is only named, with what it held, unless the rest of the database
/// shows it was empty (`holdings(ofMissing:in:)`): then it is made again, empty.
public enum SchemaRepair {
    /// A table of tipdb's that holds data and is missing: only a backup brings its rows back.
    public struct MissingTable: Sendable, Equatable {
        /// The table's name.
        public var name: String
        /// What it held, from its definition's comment ("Rows refused by an ingest run with --on-error skip").
        public var holds: String
        /// "index ingest_rejects_by_batch", ...: tipdb's objects on it, missing too and not recreated.
        public var dependents: [String]
        /// What shows it may have held rows ("3 series vintages refer to it"), or that nothing tells.
        public var shownBy: Holdings
    }

    /// What a repair did, and what it could not do.
    public struct Outcome: Sendable, Equatable {
        /// "index figures_by_place", "trigger figures_fts_insert", ...: recreated, in creation order.
        public var recreated: [String] = []
        /// Full-text indexes rebuilt because one of their triggers was missing or changed, so
        /// rows written meanwhile may be missing from them.
        public var rebuiltSearchIndexes: [String] = []
        /// Full-text indexes rebuilt because one of their tables was missing: they hold only
        /// what they index, so nothing is lost.
        public var recreatedSearchIndexes: [String] = []
        /// tipdb's tables that are changed, or whose name another object holds: not repaired.
        public var tables: [String] = []
        /// tipdb's tables of data that are missing: not repaired, and the database is unusable.
        public var missingTables: [MissingTable] = []
        /// "KEY: LABEL" for each source labelled again: written or changed by another program,
        /// it had no label in `source_labels`, or one its values no longer give.
        public var labelled: [String] = []
    }

    /// One object of `sqlite_schema`.
    struct Object {
        var type: String
        var name: String
        /// The table an index or trigger is on; the object's own name for a table or view.
        var table: String
        var sql: String
    }

    static let schemaQuery = "SELECT type, name, tbl_name, coalesce(sql, '') AS sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid"

    static func objects(_ db: Database) throws -> [Object] {
        try db.rows(schemaQuery).map {
            Object(type: $0.string("type") ?? "", name: $0.string("name") ?? "", table: $0.string("tbl_name") ?? "", sql: $0.string("sql") ?? "")
        }
    }

    /// Recreates, in one IMMEDIATE transaction, every index, trigger and view of tipdb's schema
    /// that is missing from `db` or differs from its definition, and every search index or
    /// `source_labels` table that is missing, rebuilds the search indexes whose triggers were
    /// among them, and labels every source again (`relabelAllSources`).
    public static func repair(_ db: Database) throws -> Outcome {
        let reference = try Migrator.reference()
        defer { reference.close() }
        let expected = try objects(reference)
        var actual: [String: (type: String, sql: String)] = [:]
        for object in try objects(db) { actual[object.name] = (object.type, object.sql) }
        var outcome = Outcome()
        try db.transaction(.immediate) {
            let searchIndexes = try recreateSearchIndexes(in: db, expected: expected, actual: actual, reference: reference)
            outcome.recreatedSearchIndexes = searchIndexes.map(\.name)
            outcome.recreated += searchIndexes.flatMap(\.tables).map { "table \($0)" }
            let rebuilt = Set(searchIndexes.flatMap { [$0.name] + $0.tables })
            var missing: [String: MissingTable] = [:]
            for object in expected where !rebuilt.contains(object.name) {
                let found = actual[object.name]
                if let found, found.type == object.type, found.sql == object.sql { continue }
                if object.type == "table" {
                    if found == nil, object.name == "source_labels" {
                        try db.execute(object.sql)
                        db.hasSourceLabels = nil
                        outcome.recreated.append("table source_labels")
                    } else if found == nil, holdings(ofMissing: object.name, in: db) == .empty {
                        // Created before its indexes, triggers and views, which this loop then makes.
                        try db.execute(object.sql)
                        outcome.recreated.append("table \(object.name): empty, as nothing in the database refers to rows it could have held")
                    } else if found == nil {
                        missing[object.name] = MissingTable(
                            name: object.name, holds: holdings(object.sql), dependents: [], shownBy: holdings(ofMissing: object.name, in: db))
                    } else {
                        outcome.tables.append("table \(object.name)")
                    }
                    continue
                }
                guard ["index", "trigger", "view"].contains(object.type), !object.sql.isEmpty else {
                    outcome.tables.append("\(object.type) \(object.name)")
                    continue
                }
                if missing[object.table] != nil, object.type != "view" {
                    // CREATE INDEX and CREATE TRIGGER fail on a missing table: named with it instead.
                    missing[object.table]?.dependents.append("\(object.type) \(object.name)")
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
                    !outcome.rebuiltSearchIndexes.contains(index.name), !outcome.recreatedSearchIndexes.contains(index.name)
                {
                    outcome.rebuiltSearchIndexes.append(index.name)
                }
            }
            outcome.missingTables = expected.compactMap { missing[$0.name] }
            for name in outcome.rebuiltSearchIndexes + outcome.recreatedSearchIndexes {
                if let index = Audit.searchIndexes.first(where: { $0.name == name }) { try db.execute(index.rebuild) }
            }
            // Labels are tipdb's to write, like the views that read them; they are read from sources.
            if !outcome.tables.contains("table source_labels"), missing["sources"] == nil,
                try db.schemaContains("table", named: "source_labels")
            {
                outcome.labelled = try db.relabelAllSources()
            }
        }
        return outcome
    }
}
