internal import CSQLite

extension Database {
    /// The tables whose non-unique indexes a bulk load of figures drops and rebuilds.
    static let deferrableIndexTables = ["figures", "figure_tags"]

    /// Runs `body`, which loads figures; once it has inserted as many figures as the table held
    /// before (judged by its largest id, and at least `minimum`), the non-unique indexes of
    /// `figures` and `figure_tags` are dropped, and they are built again from the finished tables
    /// when `body` returns.
    ///
    /// Why: every new figure costs an insertion into each of six indexes, most of them at random
    /// places, and each of its tags one more. Building an index afterwards sorts the rows once
    /// instead. For 1,000,000 figures loaded into an empty database this took a quarter off the
    /// whole ingest (see BENCHMARKS.md).
    ///
    /// Why the threshold: a rebuild sorts every row of the table, old ones too, while upkeep costs
    /// only per new row. Dropping only once the new figures outnumber the old keeps a small load
    /// into a large database on the per-row path, and bounds the figures' rebuild to twice the rows
    /// written.
    ///
    /// Kept: unique indexes, which enforce the keys the load relies on, and indexes that lead with
    /// a column referring to `figures` (`figures_by_cites`): while a figure cites one that comes
    /// later, SQLite's deferred foreign-key check looks up the citing rows of every new figure
    /// through that index, and without it each insert would scan the table.
    ///
    /// When `body` throws, the indexes are not rebuilt here: the caller is expected to roll back,
    /// which restores them for free. Should it commit instead, `transaction` rebuilds them first,
    /// so they are never missing on disk. Afterwards the database has the same indexes with the
    /// same definitions and `sqlite_stat1` rows; only their place in `sqlite_schema`'s listing
    /// moves to the end. (`sqlite_stat4` rows, kept only by SQLite builds with STAT4, which
    /// Debian's is not, are not restored.)
    ///
    /// - Parameters:
    ///   - minimum: The fewest new figures that make dropping the indexes worthwhile.
    ///   - body: The load.
    /// - Throws: `StorageError` with `SQLITE_MISUSE` outside a transaction, where a failure could
    ///   leave the indexes missing; otherwise whatever `body` or SQLite throws.
    public func deferringFigureIndexes<T>(after minimum: Int64 = 10_000, _ body: () throws -> T) throws -> T {
        guard deferredIndexes == nil else { return try body() }
        guard !isAutocommit else {
            throw StorageError(extendedCode: SQLITE_MISUSE, message: "deferring the figure indexes needs an open transaction")
        }
        let existing = try integer("SELECT coalesce(max(id), 0) FROM figures")
        deferredIndexes = DeferredIndexes(threshold: max(minimum, existing))
        let result = try body()
        try rebuildDeferredIndexes()
        return result
    }

    /// True once a bulk load has dropped the figure indexes: they are rebuilt when it ends.
    public var figureIndexesAreDeferred: Bool { !(deferredIndexes?.dropped ?? []).isEmpty }

    /// Called after figures are inserted: counts them, and drops the indexes once the load is
    /// large enough (see `deferringFigureIndexes`).
    func countInsertedFigures(_ count: Int) throws {
        guard var deferred = deferredIndexes, deferred.dropped == nil else { return }
        deferred.inserted += Int64(count)
        deferredIndexes = deferred
        guard deferred.inserted >= deferred.threshold else { return }
        let dropped = try deferrableIndexes()
        deferred.statistics = try statistics(of: dropped.map(\.name))
        deferred.dropped = dropped
        deferredIndexes = deferred
        for index in dropped {
            let name = Self.quotedIdentifier(index.name)
            try execute("DROP INDEX \(name)")  // sql-constant: an index name read from sqlite_schema, quoted
        }
    }

    /// The indexes `deferringFigureIndexes` may drop, in schema order: non-unique, made by a
    /// `CREATE INDEX`, and not leading with a column that refers to `figures`.
    private func deferrableIndexes() throws -> [DeferredIndexes.Index] {
        var indexes: [DeferredIndexes.Index] = []
        for table in Self.deferrableIndexTables {
            let rows = try self.rows(
                """
                SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_index_list(?1) l ON l.name = s.name
                WHERE s.type = 'index' AND s.sql IS NOT NULL AND l."unique" = 0
                  AND NOT EXISTS (
                    SELECT 1 FROM pragma_index_info(s.name) i JOIN pragma_foreign_key_list(?1) f ON f."from" = i.name
                    WHERE i.seqno = 0 AND f."table" = 'figures')
                ORDER BY s.rowid
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
        guard !indexes.isEmpty, try schemaContains("table", named: "sqlite_stat1") else { return [] }
        return try indexes.flatMap { try rows("SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx = ?", [$0]) }
    }

    /// Creates the dropped indexes again and puts their statistics back; nothing when no load
    /// dropped them. `transaction` calls it before every commit.
    func rebuildDeferredIndexes() throws {
        guard let deferred = deferredIndexes else { return }
        guard let dropped = deferred.dropped, !dropped.isEmpty else {
            deferredIndexes = nil
            return
        }
        // SQLite's sorter holds as much memory as the page cache allows for each run it sorts, on
        // top of the cache. With the writer's 32 MB, rebuilding after 1,000,000 figures raised the
        // ingest's peak memory from 73 to 104-108 MB; with 8 MB it was 83 MB, and no slower. With
        // 2 MB the peak is 5 MB lower again (85 MB against 88-91 MB, session 63), the whole ingest
        // no slower in runs in turn, and the six indexes built alone 3.0 s against 3.1-3.6 s: a
        // run that fits the processor's cache sorts faster than the pages it saves reading cost.
        let cacheSize = try integer("PRAGMA cache_size")
        try execute("PRAGMA cache_size = -2048")
        defer { try? execute("PRAGMA cache_size = \(cacheSize)") }  // sql-constant: the integer SQLite just returned
        for index in dropped {
            // A rollback to a savepoint may already have put the index back.
            if try !schemaContains("index", named: index.name) { try execute(index.sql) }
        }
        for row in deferred.statistics {
            try execute(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE idx = ?)",
                [row["tbl"], row["idx"], row["stat"], row["idx"]])
        }
        // Forgotten only now: should the rebuild fail, the commit in `transaction` tries again.
        deferredIndexes = nil
    }

    /// `name` as an SQL identifier: index names cannot be bound as parameters.
    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
