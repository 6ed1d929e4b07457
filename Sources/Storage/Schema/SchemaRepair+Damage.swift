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

    /// The damage to `db`'s schema, compared with tipdb's definitions, as `repair(_:)` would find
    /// it: call it on a database of the current schema (an older one lacks objects by design).
    public static func damage(of db: Database) throws -> Damage {
        let reference = try Migrator.reference()
        defer { reference.close() }
        let expected = try objects(reference)
        var actual: [String: (type: String, sql: String)] = [:]
        for object in try objects(db) { actual[object.name] = (object.type, object.sql) }
        let missingNames = Set(expected.map(\.name).filter { actual[$0] == nil })
        var damage = Damage()
        var lost: [String: MissingTable] = [:]
        for object in expected {
            let described = "\(object.type) \(object.name)"
            guard let found = actual[object.name] else {
                damage.missing.append(described)
                if object.type == "table" {
                    if recreatesMissingTable(object.name, missing: missingNames, in: db) {
                        damage.repairable.append(described)
                    } else {
                        lost[object.name] = MissingTable(
                            name: object.name, holds: holdings(object.sql), dependents: [], shownBy: holdings(ofMissing: object.name, in: db))
                    }
                } else if object.type != "view", lost[object.table] != nil {
                    // CREATE INDEX and CREATE TRIGGER fail on a missing table: repair names them with it.
                    lost[object.table]?.dependents.append(described)
                } else {
                    damage.repairable.append(described)
                }
                continue
            }
            guard found.type != object.type || found.sql != object.sql else { continue }
            damage.changed.append(described)
            if object.type == "table" || !["index", "trigger", "view"].contains(found.type) {
                damage.changedTables.append(described)
            } else {
                damage.repairable.append(described)
            }
        }
        damage.lostTables = expected.compactMap { lost[$0.name] }
        // By name, as `tipdb check` lists them ("index figures_by_place", "view figure_citations": by the name).
        func byName(_ described: [String]) -> [String] {
            described.sorted { ($0.split(separator: " ").last ?? "") < ($1.split(separator: " ").last ?? "") }
        }
        (damage.missing, damage.changed, damage.repairable, damage.changedTables) =
            (byName(damage.missing), byName(damage.changed), byName(damage.repairable), byName(damage.changedTables))
        return damage
    }

    /// Whether `repair(_:)` makes the missing table `name` again: `recreates(missingTable:in:)`,
    /// except a search index's table whose indexed table is missing too, which repair leaves for
    /// that table's message.
    private static func recreatesMissingTable(_ name: String, missing: Set<String>, in db: Database) -> Bool {
        if let range = name.range(of: "_fts") {
            return !missing.contains(String(name[..<range.lowerBound]))
        }
        return recreates(missingTable: name, in: db)
    }
}
