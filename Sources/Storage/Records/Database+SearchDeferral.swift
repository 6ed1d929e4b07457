internal import CSQLite

extension Database {
    /// The trigger that indexes each new figure as it is inserted (migration m0005).
    static let figureSearchTrigger = "figures_fts_insert"

    /// Runs `body` with the figures' full-text index filled by one statement at the end, instead
    /// of by the per-row trigger.
    ///
    /// Why: FTS5 (as of SQLite 3.40) flushes its pending terms to disk at every statement
    /// savepoint, and every INSERT that fires a trigger runs in one. Loading a million figures row
    /// by row therefore wrote a million tiny index segments and merged them again: most of the
    /// ingest's time. Here the trigger is dropped for the duration of `body` and the new rows
    /// are indexed in one `INSERT … SELECT`, which FTS5 buffers and writes once.
    ///
    /// It must run inside a transaction, so the trigger can never be missing outside one: if the
    /// process dies, rolling back puts it back. Updates and deletes of figures keep their
    /// triggers; `indexBeforeRewriting(figure:)` runs before them, because those triggers expect
    /// the old row to be indexed already.
    public func deferringFigureSearchIndex<T>(_ body: () throws -> T) throws -> T {
        guard deferredSearch == nil else { return try body() }
        guard !isAutocommit else {
            throw StorageError(extendedCode: SQLITE_MISUSE, message: "deferring the search index needs an open transaction")
        }
        guard let trigger = try scalar(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", [Self.figureSearchTrigger]
        )?.textValue else {
            return try body()  // a database without the search index: nothing to defer
        }
        let watermark = try integer("SELECT coalesce(max(id), 0) FROM figures")
        try execute("DROP TRIGGER figures_fts_insert")
        deferredSearch = DeferredSearch(triggerSQL: trigger, watermark: watermark)
        // When `body` throws, the index is not caught up here: the caller is expected to roll
        // back, which puts the trigger back for free (a rejected ingest of a million figures would
        // otherwise index them all first). Should it commit instead, `transaction` finishes first.
        let result = try body()
        try finishDeferredSearch()
        return result
    }

    /// Called before the figure with `key` is updated or deleted: the update and delete triggers
    /// remove the old row's terms from the index, which FTS5 requires to be there. Only a row
    /// inserted while indexing is deferred can be missing, so older rows cost one lookup.
    func indexBeforeRewriting(figure key: String) throws {
        guard let deferred = deferredSearch else { return }
        guard try integer("SELECT id FROM figures WHERE key = ?", [key]) > deferred.watermark else { return }
        try catchUpFigureSearchIndex()
    }

    /// Indexes the figures inserted since indexing was deferred (nothing when it is not).
    ///
    /// The rows come from `figures_searchable`, the view the index is declared over (m0011): what
    /// the bulk path indexes is by construction what FTS5's integrity check expects to find.
    private func catchUpFigureSearchIndex() throws {
        guard let deferred = deferredSearch else { return }
        let top = try integer("SELECT coalesce(max(id), 0) FROM figures")
        guard top > deferred.watermark else { return }
        try execute(
            """
            INSERT INTO figures_fts (rowid, quote, notes)
            SELECT id, quote, notes FROM figures_searchable WHERE id > ?
            """,
            [deferred.watermark])
        deferredSearch?.watermark = top
    }

    /// Indexes what is left and puts the trigger back; nothing when indexing is not deferred.
    /// `transaction` calls it before every commit.
    func finishDeferredSearch() throws {
        guard let deferred = deferredSearch else { return }
        // A rollback inside `body` may already have put the trigger back.
        if try !schemaContains("trigger", named: Self.figureSearchTrigger) {
            try catchUpFigureSearchIndex()
            try execute(deferred.triggerSQL)
        }
        // Forgotten only now: should this fail, the commit in `transaction` tries again.
        deferredSearch = nil
    }
}

/// What `deferringFigureSearchIndex` needs to finish: the trigger to put back and the last
/// figure id already in the index.
struct DeferredSearch {
    var triggerSQL: String
    var watermark: Int64
}
