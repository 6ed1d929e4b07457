extension SchemaRepair {
    /// tipdb's own tables, indexes, triggers and views that another program dropped or changed
    /// (what `tipdb check` reports as its `schema` error), sorted by what `tipdb migrate --repair`
    /// does with each, without changing anything.
    ///
    /// Why: `tipdb migrate` without `--repair` on a database whose `series_figures` was dropped said
    /// "nothing to apply" and exit 0, as if all were well (session 42). It reads this instead, to
    /// say what is damaged and what `--repair` can and cannot make again.
    public struct Damage: Sendable, Equatable {
        /// "index figures_by_place", "table series_figures", ...: missing, by name as `tipdb check` lists them.
        public var missing: [String] = []
        /// "view figure_citations", "table figures", ...: there, but not as tipdb defines it.
        public var changed: [String] = []
        /// What `--repair` makes again from tipdb's definitions, rows kept: the indexes, triggers
        /// and views, the search indexes and `source_labels`, and tables the rest shows were empty.
        public var repairable: [String] = []
        /// Missing tables of data that no repair can make again with their rows.
        public var lostTables: [MissingTable] = []
        /// Changed tables: their rows are there, but a table cannot be recreated with them.
        public var changedTables: [String] = []

        /// Whether nothing of tipdb's schema is missing or changed.
        public var isEmpty: Bool { missing.isEmpty && changed.isEmpty }
    }

    /// The damage to `db`'s schema, compared with tipdb's definitions, sorted by what
    /// `repair(_:)` does with each object (the same `Plan`): call it on a database of the current
    /// schema (an older one lacks objects by design).
    public static func damage(of db: Database) throws -> Damage {
        let reference = try Migrator.reference()
        defer { reference.close() }
        return try Plan(db, reference: reference).damage
    }
}
