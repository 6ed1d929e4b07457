extension Audit {
    /// Rows that refer to rows that do not exist, named as every other finding names them: by
    /// their key (a figure by its key, a tag row by its figure and tag), and the value that points
    /// nowhere.
    ///
    /// Why not `PRAGMA foreign_key_check`'s rows as they come: it gives an internal row number
    /// (`figures row 12`), or none at all for a table without one (`figure_tags row ?`), which
    /// nobody can act on. It is still what finds the broken references; each (table, reference)
    /// it reports is then read again to name its rows.
    func foreignKeys(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        var broken: [(table: String, reference: Int64)] = []
        try forEachRow("PRAGMA foreign_key_check") { violation in
            guard let table = violation.string(named: "table") else { return }
            let reference = violation.int64(at: 3)
            if !broken.contains(where: { $0.table == table && $0.reference == reference }) { broken.append((table, reference)) }
        }
        for (table, reference) in broken {
            try name(brokenReference: reference, of: table, row)
        }
    }

    /// Lists the rows of `table` whose foreign key number `reference` points nowhere.
    private func name(brokenReference reference: Int64, of table: String, _ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        let columns = try db.rows(
            "SELECT \"table\" AS parent, \"from\" AS child, \"to\" AS target FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq",
            [table, reference])
        guard let parent = columns.first?.string("parent") else { return }
        let children = columns.compactMap { $0.string("child") }
        var targets = columns.compactMap { $0.string("target") }
        if targets.count != children.count {
            // A reference to the parent's primary key names no column.
            targets = try db.rows("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [parent]).compactMap { $0.string("name") }
        }
        guard targets.count == children.count, !children.isEmpty else { return }
        let tableColumns = try db.rows("SELECT name, pk FROM pragma_table_info(?)", [table])
        let names = tableColumns.compactMap { $0.string("name") }
        let label: [String] =
            names.contains("key")
            ? ["key"] : tableColumns.filter { ($0.int("pk") ?? 0) > 0 }.compactMap { $0.string("name") }
        let shown = label.isEmpty ? ["rowid"] : label
        func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let select = (shown + children).map { "t." + quoted($0) }.joined(separator: ", ")
        let present = children.map { "t.\(quoted($0)) IS NOT NULL" }.joined(separator: " AND ")
        let match = zip(children, targets).map { "p.\(quoted($1)) = t.\(quoted($0))" }.joined(separator: " AND ")
        // Names from the schema itself (pragma_foreign_key_list, pragma_table_info), quoted as identifiers; no value is pasted.
        let sql = "SELECT \(select) FROM \(quoted(table)) AS t WHERE \(present) AND NOT EXISTS (SELECT 1 FROM \(quoted(parent)) AS p WHERE \(match))"  // sql-constant: identifiers read from the schema, quoted
        try forEachRow(sql) { statement in
            let labelText = shown.indices.map { index in
                shown.count == 1 ? (statement.string(at: index) ?? "?") : "\(shown[index]) \(statement.string(at: index) ?? "?")"
            }.joined(separator: ", ")
            let values = children.indices.map { index in
                "\(children[index]) \(statement.string(at: shown.count + index) ?? "?")"
            }.joined(separator: ", ")
            let keys = shown.indices.map { statement.string(at: $0) ?? "?" }
            row("\(table) \(labelText): \(values), which is not in \(parent)", FindingKeys(kind: FindingKeys.kind(ofTable: table), keys: keys))
        }
    }
}
