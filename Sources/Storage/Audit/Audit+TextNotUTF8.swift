extension Audit {
    /// The check name of `textsNotUTF8`.
    static let textNotUTF8Check = "text-not-utf8"

    static let textNotUTF8Message = "stored text that is not valid UTF-8 (written by another program: the sqlite3 shell, a script, "
        + "Datasette), which every output of tipdb writes with U+FFFD (\u{FFFD}) for each invalid byte sequence, so a brief, "
        + "an export or a query gives it changed; tipdb sql \"SELECT hex(COLUMN) FROM TABLE WHERE ...\" shows the bytes stored: "
        + "correct it with the text intended, or load its row again from its file"

    /// `figures aw-big, notes: byte 0xFF at byte offset 1 is not UTF-8`, for each stored text, in
    /// any column of any table (tipdb's and the analyst's), whose bytes are not valid UTF-8.
    ///
    /// Why: ingest reads only UTF-8, but SQLite keeps whatever bytes another program stores as TEXT
    /// (`CAST(x'41ff' AS TEXT)`), and every output then wrote U+FFFD in their place without a word
    /// (review of session 48). Each table is read once; SQLite's `GLOB` passes on only the texts
    /// with a byte outside ASCII, which alone can be invalid, and those are checked here.
    func textsNotUTF8(_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        let schema = try db.rows("SELECT name, sql LIKE 'CREATE VIRTUAL%' AS virtual FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name")
        let virtual = schema.filter { $0.int("virtual") == 1 }.compactMap { $0.string("name") }
        // A virtual table's shadow tables (`figures_fts_content`) hold copies of what it indexes.
        let tables = schema.filter { $0.int("virtual") != 1 }.compactMap { $0.string("name") }
            .filter { name in !virtual.contains { name.hasPrefix($0 + "_") } }
        for table in tables {
            try textsNotUTF8(in: table, row)
        }
    }

    private func textsNotUTF8(in table: String, _ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let info = try db.rows("SELECT name, pk FROM pragma_table_info(?)", [table])
        let columns = info.compactMap { $0.string("name") }
        guard !columns.isEmpty else { return }
        let primary = info.filter { ($0.int("pk") ?? 0) > 0 }.sorted { ($0.int("pk") ?? 0) < ($1.int("pk") ?? 0) }.compactMap { $0.string("name") }
        // A row by its key, as check names rows elsewhere: `key`, else `code`, else its primary key
        // (`figure_breakdowns` has no rowid: figure, dimension), else its rowid.
        let keyColumns = columns.contains("key") ? ["key"] : columns.contains("code") ? ["code"] : primary
        let key = keyColumns.isEmpty ? "rowid" : keyColumns.map(quoted).joined(separator: ", ")
        let keyCount = max(1, keyColumns.count)
        let nonASCII = "'*[^' || char(1) || '-' || char(127) || ']*'"
        let filter = columns.map { "(typeof(\(quoted($0))) = 'text' AND \(quoted($0)) GLOB \(nonASCII))" }.joined(separator: " OR ")  // sql-constant: quoted column names
        let blobs = columns.map { "CASE WHEN typeof(\(quoted($0))) = 'text' THEN CAST(\(quoted($0)) AS BLOB) END" }.joined(separator: ", ")  // sql-constant: quoted column names
        // Names from the schema itself (sqlite_schema, pragma_table_info), quoted as identifiers; no value is pasted.
        let sql = "SELECT \(key), \(blobs) FROM \(quoted(table)) WHERE \(filter) ORDER BY \(key)"  // sql-constant: identifiers read from the schema, quoted
        let kind = FindingKeys.kind(ofTable: table)
        try forEachRow(sql) { stored in
            let keys = (0..<keyCount).map { stored.string(at: $0) ?? "?" }
            // `figures f1`, or `figure_breakdowns figure f1, dimension sex` for a key of several columns, as foreign-keys names them.
            let name = keyColumns.count > 1 ? zip(keyColumns, keys).map { "\($0) \($1)" }.joined(separator: ", ") : keys[0]
            for (index, column) in columns.enumerated() {
                guard let bytes = stored.data(at: keyCount + index), let offset = UTF8Scan.firstInvalidOffset(Array(bytes)) else { continue }
                let byte = "0x" + String(bytes[bytes.startIndex + offset], radix: 16, uppercase: true)
                row("\(table) \(name), \(column): byte \(byte) at byte offset \(offset) is not UTF-8", FindingKeys(kind: kind, keys: keys))
            }
        }
    }
}
