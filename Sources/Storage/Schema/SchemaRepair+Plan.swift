extension SchemaRepair {
    /// What a repair does with each of tipdb's objects that is missing from a database or differs
    /// from its definition, decided once: `damage(of:)` reports the plan and `repair(_:)` carries
    /// it out.
    ///
    /// Why one value: the two worked the decisions out each on its own, so that what `tipdb
    /// migrate` said `--repair` would do could drift from what it did (a search index over a table
    /// replaced by a view was "recreated" by the one and named a lost table by the other).
    struct Plan {
        /// A search index whose virtual table or shadow tables are missing, to be made again and rebuilt.
        struct SearchIndex {
            var name: String
            /// The tables made again: the index with all its shadow tables when the index itself
            /// is missing, else the shadow tables that are.
            var tables: [String]
            /// Shadow tables left by an index that is missing, dropped before it is made again.
            var dropped: [String]
            /// The definitions run: the index's own when it is missing, else each missing shadow table's.
            var created: [Object]
            /// Whether `created` are shadow tables, each filled with the rows a new index has.
            var shadowsOnly: Bool
        }

        /// What the repair does with one object, outside the search indexes.
        enum Action {
            /// A missing table made again, empty (`source_labels`, or a table the database shows
            /// was empty), with the line the repair prints for it.
            case createTable(recreated: String)
            /// Not repaired (a changed table, or a table in the place of an index, trigger or
            /// view), with the line the repair prints for it.
            case unrepairable(String)
            /// An index, trigger or view in place but changed: dropped as its `type`, then made again.
            case replace(foundType: String)
            /// A missing index, trigger or view, made again.
            case create
        }

        struct Step {
            var object: Object
            var action: Action
        }

        /// tipdb's objects as its migrations make them, in creation order.
        var expected: [Object]
        /// The database's objects by name.
        var actual: [String: (type: String, sql: String)]
        var searchIndexes: [SearchIndex] = []
        /// In creation order: tables before the indexes, triggers and views on them.
        var steps: [Step] = []
        /// Missing tables of data no repair can make again, in creation order, with tipdb's
        /// objects on them (which fail to be made on a missing table).
        var lostTables: [MissingTable] = []

        /// Compares `db`'s schema with `reference`'s (`Migrator.reference()`), deciding for each
        /// object missing or changed what a repair does; reads, never writes.
        init(_ db: Database, reference: Database) throws {
            expected = try objects(reference)
            actual = [:]
            for object in try objects(db) { actual[object.name] = (object.type, object.sql) }
            searchIndexes = plannedSearchIndexes()
            let rebuilt = Set(searchIndexes.flatMap { [$0.name] + $0.tables })
            var lost: [String: MissingTable] = [:]
            let madeByRepair = ["index", "trigger", "view"]
            for object in expected where !rebuilt.contains(object.name) {
                let found = actual[object.name]
                if let found, found.type == object.type, found.sql == object.sql { continue }
                if object.type == "table" {
                    if found != nil {
                        steps.append(Step(object: object, action: .unrepairable("table \(object.name)")))
                    } else if object.name == "source_labels" {
                        steps.append(Step(object: object, action: .createTable(recreated: "table source_labels")))
                    } else if case let shown = holdings(ofMissing: object.name, in: db), shown != .empty {
                        lost[object.name] = MissingTable(name: object.name, holds: holdings(object.sql), dependents: [], shownBy: shown)
                    } else {
                        steps.append(Step(object: object, action: .createTable(
                            recreated: "table \(object.name): empty, as nothing in the database refers to rows it could have held")))
                    }
                    continue
                }
                guard madeByRepair.contains(object.type), !object.sql.isEmpty else {
                    steps.append(Step(object: object, action: .unrepairable("\(object.type) \(object.name)")))
                    continue
                }
                if lost[object.table] != nil, object.type != "view" {
                    // CREATE INDEX and CREATE TRIGGER fail on a missing table: named with it instead.
                    lost[object.table]?.dependents.append("\(object.type) \(object.name)")
                } else if let found, madeByRepair.contains(found.type) {
                    steps.append(Step(object: object, action: .replace(foundType: found.type)))
                } else if found != nil {
                    steps.append(Step(object: object, action: .unrepairable("\(object.type) \(object.name) (a table of that name is in its place)")))
                } else {
                    steps.append(Step(object: object, action: .create))
                }
            }
            lostTables = expected.compactMap { lost[$0.name] }
        }

        /// The search indexes whose virtual table or one of whose shadow tables (`figures_fts_data`,
        /// `_idx`, `_docsize`, `_config`) is missing, while the table they index is there: an index
        /// whose indexed table is missing is left for that table's message, since it could only be
        /// rebuilt empty.
        private func plannedSearchIndexes() -> [SearchIndex] {
            var planned: [SearchIndex] = []
            for index in expected where index.type == "table" && index.sql.hasPrefix("CREATE VIRTUAL TABLE") {
                let shadows = expected.filter { $0.type == "table" && $0.name.hasPrefix(index.name + "_") }
                let missing = ([index] + shadows).filter { actual[$0.name] == nil }
                let indexed = String(index.name.dropLast("_fts".count))
                guard !missing.isEmpty, index.name.hasSuffix("_fts"), actual[indexed]?.type == "table" else { continue }
                if actual[index.name] == nil {
                    planned.append(SearchIndex(
                        name: index.name, tables: [index.name] + shadows.map(\.name),
                        dropped: shadows.map(\.name).filter { actual[$0] != nil }, created: [index], shadowsOnly: false))
                } else {
                    planned.append(SearchIndex(name: index.name, tables: missing.map(\.name), dropped: [], created: missing, shadowsOnly: true))
                }
            }
            return planned
        }

        /// What the plan says of the database: the objects missing or changed, sorted by what the
        /// repair does with each.
        var damage: Damage {
            var damage = Damage()
            for object in expected {
                guard let found = actual[object.name] else {
                    damage.missing.append("\(object.type) \(object.name)")
                    continue
                }
                if found.type != object.type || found.sql != object.sql { damage.changed.append("\(object.type) \(object.name)") }
            }
            let damaged = Set(damage.missing + damage.changed)
            damage.repairable = searchIndexes.flatMap(\.tables).map { "table \($0)" }.filter(damaged.contains)
            for step in steps {
                let described = "\(step.object.type) \(step.object.name)"
                switch step.action {
                case .createTable, .replace, .create: damage.repairable.append(described)
                case .unrepairable: damage.changedTables.append(described)
                }
            }
            damage.lostTables = lostTables
            // By name, as `tipdb check` lists them ("index figures_by_place", "view figure_citations": by the name).
            func byName(_ described: [String]) -> [String] {
                described.sorted { ($0.split(separator: " ").last ?? "") < ($1.split(separator: " ").last ?? "") }
            }
            (damage.missing, damage.changed, damage.repairable, damage.changedTables) =
                (byName(damage.missing), byName(damage.changed), byName(damage.repairable), byName(damage.changedTables))
            return damage
        }
    }
}
