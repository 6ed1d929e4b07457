extension Audit {
    /// The check name of `brokenViews`.
    static let brokenViewCheck = "broken-view"

    static let brokenViewMessage = "views that cannot be read: every query on one fails with the error shown "
        + "(a table or view it reads was dropped, or renamed); "
        + "a view of yours: drop it (sqlite3 DATABASE \"DROP VIEW name\") or restore what it reads from a backup; "
        + "one of tipdb's: `tipdb migrate --repair` recreates it, and names what it reads that only a backup brings back"

    /// Views, the user's and tipdb's own, that SQLite cannot compile: a view over a table since
    /// dropped (`CREATE VIEW scratch_v AS SELECT * FROM scratch; DROP TABLE scratch;` in the
    /// `sqlite3` shell), which `integrity_check` does not see and SQLite does not refuse at the
    /// `DROP`, so it stays until a query on it, or a script or Datasette that lists every view,
    /// fails.
    ///
    /// Compiling `SELECT * FROM view LIMIT 0` reads no row, so the check costs a few
    /// milliseconds whatever the database holds. The row says whose the view is, since the
    /// remedy differs: a user's view is theirs to drop, tipdb's is recreated by `tipdb migrate
    /// --repair` (review of session 41).
    func brokenViews(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let tipdbViews = try Self.tipdbViewNames()
        let names = try db.rows("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").compactMap { $0.string("name") }
        for name in names {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            do {
                _ = try db.prepare("SELECT * FROM \(quoted) LIMIT 0")  // sql-constant: a view's name read from sqlite_schema, quoted
            } catch let error as StorageError where error.resultCode == 1 {
                if !tipdbViews.contains(name.lowercased()) {
                    row("\(name): \(error.message); drop it, or restore what it reads", [name])
                } else if let table = try lostTable(error) {
                    row("\(name) (tipdb's): \(error.message); " + table, [name])
                } else {
                    row("\(name) (tipdb's): \(error.message); run tipdb migrate --repair", [name])
                }
            }
        }
    }

    /// "tipdb's table series_figures may have held data (3 series vintages refer to it), which
    /// ...: restore a backup made before the drop" when `error` is "no such table" for a table of
    /// data of tipdb's that `tipdb migrate --repair` would not recreate; nil for any other error.
    ///
    /// Why: check sent the user to a repair that then refused, exit 2 (review of session 41).
    private func lostTable(_ error: StorageError) throws -> String? {
        guard let plain = error.missingTableName else { return nil }
        guard try SchemaRepair.missingObject(plain, in: db) == "table", !SchemaRepair.recreates(missingTable: plain, in: db) else { return nil }
        var evidence = ""
        if case .shownBy(let shown) = SchemaRepair.holdings(ofMissing: plain, in: db) { evidence = " (\(shown))" }
        return "tipdb's table \(plain) may have held data\(evidence), which tipdb migrate --repair cannot make again: "
            + "restore a backup made before the drop (tipdb backup --db BACKUP --force DATABASE)"
    }

    /// The names of the views tipdb's migrations make, lowercased, as a fresh database has them.
    private static func tipdbViewNames() throws -> Set<String> {
        let reference = try Migrator.reference()
        defer { reference.close() }
        return Set(try reference.rows("SELECT lower(name) AS name FROM sqlite_schema WHERE type = 'view'").compactMap { $0.string("name") })
    }

    /// Runs `rule`, or, when it fails before its first row on a table or view the database does
    /// not have, passes one row that says it was not checked and why.
    ///
    /// Why: with `source_labels` dropped, tipdb's `figure_lineage` view cannot be read, and the
    /// first check that read it ended the audit with SQLite's "no such table" alone, before the
    /// checks that name the damage (schema, broken-view) were written. Those name it; the rest
    /// of the audit runs.
    func rows(of rule: AuditRule, _ row: (_ text: String, _ keys: FindingKeys) -> Void) throws {
        var passed = false
        do {
            try rule.rows { text, keys in
                passed = true
                row(text, keys)
            }
        } catch let error as StorageError where !passed {
            guard try isMissingObject(error) else { throw error }
            // It names no row: the table or view it could not read.
            row("not checked: \(error.message) (see the schema and broken-view findings)", FindingKeys(kind: "table", keys: [error.missingTableName ?? ""]))
        }
    }

    /// The findings of `check`, or none when it fails on a table the database does not have: the
    /// schema finding names a table of tipdb's that is missing (`DROP TABLE cases` in the `sqlite3`
    /// shell ended the audit with SQLite's "no such table: cases" alone).
    func unlessTableMissing(_ check: () throws -> [Finding]) throws -> [Finding] {
        do {
            return try check()
        } catch let error as StorageError {
            guard try isMissingObject(error) else { throw error }
            return []
        }
    }

    /// Whether `error` is SQLite's "no such table: NAME" for a table or view that is indeed not in
    /// the database (dropped), rather than a query's own mistake.
    private func isMissingObject(_ error: StorageError) throws -> Bool {
        guard let plain = error.missingTableName else { return false }
        return try db.scalar("SELECT 1 FROM sqlite_schema WHERE lower(name) = lower(?1)", [plain]) == nil
    }
}
