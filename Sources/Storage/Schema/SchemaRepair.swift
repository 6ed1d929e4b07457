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
    /// among them, and labels every source again (`relabelAllSources`): what `Plan` decides,
    /// inside the transaction, the same plan `damage(of:)` reports.
    public static func repair(_ db: Database) throws -> Outcome {
        let reference = try Migrator.reference()
        defer { reference.close() }
        var outcome = Outcome()
        try db.transaction(.immediate) {
            let plan = try Plan(db, reference: reference)
            for index in plan.searchIndexes { try recreate(index, in: db, reference: reference) }
            outcome.recreatedSearchIndexes = plan.searchIndexes.map(\.name)
            outcome.recreated += plan.searchIndexes.flatMap(\.tables).map { "table \($0)" }
            for step in plan.steps {
                let object = step.object
                switch step.action {
                case .unrepairable(let line):
                    outcome.tables.append(line)
                    continue
                case .createTable(let line):
                    // Created before its indexes, triggers and views, which later steps make.
                    try db.execute(object.sql)
                    if object.name == "source_labels" { db.hasSourceLabels = nil }
                    outcome.recreated.append(line)
                    continue
                case .replace(let type):
                    try db.execute("DROP \(type.uppercased()) \(quoted(object.name))")  // sql-constant: a type and a name read from sqlite_schema, quoted
                case .create:
                    break
                }
                try db.execute(object.sql)
                outcome.recreated.append("\(object.type) \(object.name)")
                if object.type == "trigger", let index = Audit.searchIndexes.first(where: { object.name.hasPrefix($0.name + "_") }),
                    !outcome.rebuiltSearchIndexes.contains(index.name), !outcome.recreatedSearchIndexes.contains(index.name)
                {
                    outcome.rebuiltSearchIndexes.append(index.name)
                }
            }
            outcome.missingTables = plan.lostTables
            for name in outcome.rebuiltSearchIndexes + outcome.recreatedSearchIndexes {
                if let index = Audit.searchIndexes.first(where: { $0.name == name }) { try db.execute(index.rebuild) }
            }
            // Labels are tipdb's to write, like the views that read them; they are read from sources.
            if !outcome.tables.contains("table source_labels"), !plan.lostTables.contains(where: { $0.name == "sources" }),
                try db.schemaContains("table", named: "source_labels")
            {
                outcome.labelled = try db.relabelAllSources()
            }
        }
        return outcome
    }
}
