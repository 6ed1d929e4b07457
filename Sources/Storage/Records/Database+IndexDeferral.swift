internal import CSQLite

extension Database {
    /// The tables whose non-unique indexes a bulk load of figures drops and rebuilds.
    static let deferrableIndexTables = ["figures", "figure_tags"]

    /// Runs `body`, which loads figures, and once it has inserted as many figures as the table
    /// held before (and at least `minimum`), drops the non-unique indexes of `figures` and
    /// `figure_tags`; they are built again from the finished tables when `body` ends.
    ///
    /// Why: every new figure costs an insertion at a random place in each of six B-trees, and
    /// each of its tags one more. Building an index afterwards sorts the rows once instead. For
    /// 1,000,000 figures loaded into an empty database this took a quarter off the whole ingest
    /// (see BENCHMARKS.md).
    ///
    /// Why the threshold: a rebuild sorts every row of the table, old ones too, while upkeep costs
    /// only per new row. Dropping only once the new rows outnumber the old keeps a small load into
    /// a large database on the per-row path, and bounds a rebuild to twice the rows written.
    ///
    /// Unique indexes stay: they enforce the keys the load relies on. It must run inside a
    /// transaction, so the indexes can never be missing on disk: if the process dies, rolling back
    /// puts them back. The schema afterwards is the schema before, statistics from `ANALYZE`
    /// included.
    public func deferringFigureIndexes<T>(after minimum: Int64 = 10_000, _ body: () throws -> T) throws -> T {
        guard deferredIndexes == nil else { return try body() }
        guard !isAutocommit else {
            throw StorageError(extendedCode: SQLITE_MISUSE, message: "deferring the figure indexes needs an open transaction")
        }
        let existing = try integer("SELECT coalesce(max(id), 0) FROM figures")
        deferredIndexes = DeferredIndexes(threshold: max(minimum, existing))
        let result: T
        do {
            result = try body()
        } catch {
            // Leave the transaction as it would have been, in case the caller goes on with it.
            try? rebuildDeferredIndexes()
            throw error
        }
        try rebuildDeferredIndexes()
        return result
    }

    /// True once a bulk load has dropped the figure indexes: they are rebuilt when it ends.
    public var figureIndexesAreDeferred: Bool { deferredIndexes?.isDropped ?? false }

    /// Called after figures are inserted: counts them, and drops the indexes once the load is
    /// large enough (see `deferringFigureIndexes`).
    func countInsertedFigures(_ count: Int) throws {
        guard var deferred = deferredIndexes, !deferred.isDropped else { return }
        deferred.inserted += Int64(count)
        deferredIndexes = deferred
        guard deferred.inserted >= deferred.threshold else { return }
        deferred.dropped = try deferrableIndexes()
        deferred.statistics = try statistics(of: deferred.dropped.map(\.name))
        deferred.isDropped = true
        deferredIndexes = deferred
        for index in deferred.dropped {
            try execute("DROP INDEX " + Self.quotedIdentifier(index.name))
        }
    }

    /// The non-unique indexes of the deferrable tables that a `CREATE INDEX` made, in schema order.
    private func deferrableIndexes() throws -> [DeferredIndexes.Index] {
        var indexes: [DeferredIndexes.Index] = []
        for table in Self.deferrableIndexTables {
            let rows = try self.rows(
                """
                SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_index_list(?) l ON l.name = s.name
                WHERE s.type = 'index' AND s.sql IS NOT NULL AND l."unique" = 0 ORDER BY s.rowid
                """,
                [table])
            for row in rows {
                guard let name = row.string("name"), let sql = row.string("sql") else { continue }
                indexes.append(DeferredIndexes.Index(name: name, sql: sql))
            }
        }
        return indexes
    }

    /// The `sqlite_stat1` rows of `indexes`, which `DROP INDEX` deletes.
    private func statistics(of indexes: [String]) throws -> [Row] {
        let analysed = try integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'") > 0
        guard analysed, !indexes.isEmpty else { return [] }
        return try indexes.flatMap { try rows("SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx = ?", [$0]) }
    }

    /// Creates the dropped indexes again and puts their statistics back.
    private func rebuildDeferredIndexes() throws {
        guard let deferred = deferredIndexes else { return }
        defer { deferredIndexes = nil }
        guard !deferred.dropped.isEmpty else { return }
        // SQLite's sorter holds as much memory as the page cache allows for each run it sorts, on
        // top of the cache. With the writer's 32 MB, rebuilding after 1,000,000 figures raised the
        // ingest's peak memory from 73 to 104-108 MB; with 8 MB it is 83 MB, and no slower.
        let cacheSize = try integer("PRAGMA cache_size")
        try execute("PRAGMA cache_size = -8192")
        // PRAGMA takes no parameters; the value is the integer SQLite itself just returned.
        defer { try? execute("PRAGMA cache_size = " + String(cacheSize)) }
        for index in deferred.dropped {
            // A rollback inside the load may already have put the index back.
            let present = try integer("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", [index.name]) > 0
            if !present { try execute(index.sql) }
        }
        for row in deferred.statistics {
            try execute(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE idx = ?)",
                [row["tbl"], row["idx"], row["stat"], row["idx"]])
        }
    }

    /// `name` as an SQL identifier: index names cannot be bound as parameters.
    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
