extension Audit {
    /// The full-text indexes and FTS5's check of each against the rows it indexes.
    ///
    /// With rank 1 the check also compares an external-content index with its content (table or
    /// view), by a checksum over every token of every row; without it FTS5 checks only the index's own structure, which a
    /// search trigger dropped with the `sqlite3` shell leaves intact. See
    /// <https://www.sqlite.org/fts5.html#the_integrity_check_command>.
    static let searchIndexes: [(name: String, check: String, rebuild: String)] = [
        ("figures_fts", "INSERT INTO figures_fts (figures_fts, rank) VALUES ('integrity-check', 1)",
         "INSERT INTO figures_fts(figures_fts) VALUES('rebuild')"),
        ("sources_fts", "INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)",
         "INSERT INTO sources_fts(sources_fts) VALUES('rebuild')"),
        ("studies_fts", "INSERT INTO studies_fts (studies_fts, rank) VALUES ('integrity-check', 1)",
         "INSERT INTO studies_fts(studies_fts) VALUES('rebuild')"),
    ]

    /// Search indexes that no longer match the rows they index: a figure deleted or a quote
    /// changed while a search trigger was dropped, or an index written to with SQL. `PRAGMA
    /// integrity_check` does not compare an index with its content, and `tipdb search` would then miss
    /// rows, or find rows by words they no longer hold.
    ///
    /// FTS5 runs the check as an INSERT, which needs a connection that may write, although it
    /// writes nothing: `tipdb check` reads through a read-only one, so the check opens a second.
    /// When that cannot write (a read-only file, or an ingest holding the write lock past the
    /// busy timeout) the indexes are reported unchecked, as a warning, rather than failing the
    /// rest of the audit.
    func searchIndexDamage() throws -> [Finding] {
        var present: [String] = []
        for index in Self.searchIndexes where try db.schemaContains("table", named: index.name) {
            present.append(index.name)  // a missing index is the schema check's finding
        }
        guard !present.isEmpty else { return [] }
        let checker: Database
        do {
            checker = db.mode == .readOnly ? try Database(path: db.path, mode: .readWrite, usesWAL: false) : db
        } catch let error as StorageError where error.isWriteFailure {
            return [Self.unchecked(present, because: error)]
        }
        defer { if checker !== db { checker.close() } }
        var damaged: [(text: String, index: String)] = []
        for (position, index) in Self.searchIndexes.enumerated() where present.contains(index.name) {
            do {
                try checker.execute(index.check)
            } catch let error as StorageError where [5, 6, 8].contains(error.resultCode) {
                // Busy or read-only: the others would fail the same way, after as long a wait.
                let rest = Self.searchIndexes.dropFirst(position).map(\.name).filter(present.contains)
                return Self.damage(damaged) + [Self.unchecked(rest, because: error)]
            } catch let error as StorageError where [1, 11].contains(error.resultCode) {
                // SQLITE_CORRUPT_VTAB is FTS5's answer for an index that differs from its content;
                // SQLITE_ERROR, for one whose content is gone (figures_searchable dropped).
                let problem = error.resultCode == 11 ? "differs from the rows it indexes" : error.message
                damaged.append(("\(index.name): \(problem); rebuild it: \(index.rebuild)", index.name))
            }
        }
        return Self.damage(damaged)
    }

    private static func damage(_ found: [(text: String, index: String)]) -> [Finding] {
        guard !found.isEmpty else { return [] }
        let rows = found.map(\.text), rowKeys = found.map { FindingKeys(kind: "table", keys: [$0.index]) }
        return [Finding(severity: .error, check: "search-index", message: "full-text indexes that do not match the rows they index (FTS5 integrity-check), so tipdb search misses rows or finds them by words they no longer hold; if the schema check reports a search trigger missing, `tipdb migrate --repair` recreates it and rebuilds its index; else run each statement shown with the sqlite3 shell (sqlite3 DATABASE \"STATEMENT\")", rows: rows, rowKeys: rowKeys)]
    }

    private static func unchecked(_ names: [String], because error: StorageError) -> Finding {
        let reason = [5, 6].contains(error.resultCode)
            ? "another process held the write lock past the busy timeout"
            : "the database cannot be written here"
        return Finding(severity: .warning, check: "search-index-unchecked", message: "full-text indexes not compared with the rows they index: FTS5 runs that check as a write, which changes nothing, and \(reason); run tipdb check again when no ingest is running, or on a copy made with tipdb backup", keys: names, kind: "table")
    }
}
