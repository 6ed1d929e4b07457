extension Database {
    /// Records the start of an ingest batch and returns its id.
    public func insertBatch(_ batch: IngestBatch) throws -> Int64 {
        try execute(
            """
            INSERT INTO ingest_batches (file, sha256, size, format, kind, started_at, tipdb_version, options, note, file_identity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [batch.file, batch.sha256, batch.size, batch.format, batch.kind, batch.startedAt,
             batch.tipdbVersion, batch.options, batch.note, batch.fileIdentity])
        return lastInsertRowID
    }

    /// Records the counts and finish time of a batch.
    public func finishBatch(_ batch: IngestBatch, at finishedAt: String) throws {
        try execute(
            """
            UPDATE ingest_batches SET finished_at = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?,
                rows_unchanged = ?, rows_rejected = ?, rows_retracted = ? WHERE id = ?
            """,
            [finishedAt, batch.rowsRead, batch.rowsInserted, batch.rowsUpdated, batch.rowsUnchanged,
             batch.rowsRejected, batch.rowsRetracted, batch.id])
    }

    /// Records the SHA-256 of a batch's file, for a file hashed while its rows loaded.
    public func recordChecksum(_ sha256: String, batch: Int64) throws {
        try execute("UPDATE ingest_batches SET sha256 = ? WHERE id = ?", [sha256, batch])
    }

    /// Keeps a refused row, so that nothing is lost silently under `--on-error skip`, and returns
    /// its id. `raw` is nil for a row of a case-level file: it is about a person, and only its
    /// position and reason are kept (the file holds the row).
    @discardableResult
    public func insertReject(batch: Int64, line: Int, column: Int, raw: String?, reason: String) throws -> Int64 {
        try execute(
            "INSERT INTO ingest_rejects (batch_id, line, \"column\", raw, reason) VALUES (?, ?, ?, ?, ?)",
            [batch, line, column, raw, reason])
        return lastInsertRowID
    }

    /// Records in `batch`'s options (`refused`) the figure keys of the rows it refused under
    /// `--on-error skip`, in order: a brief says of a stored figure whose later row a load refused
    /// that its value is the earlier one (`FigureSet`), and a GLOTIP load's note counts them.
    public func recordRefusedKeys(_ keys: [String], batch: Int64) throws {
        guard !keys.isEmpty else { return }
        try execute("UPDATE ingest_batches SET options = json_set(coalesce(options, '{}'), '$.refused', json(?)) WHERE id = ?",
                    [JSONString.array(keys), batch])
    }

    /// Adds a problem found after a refused row was kept (its `cites`, checked once every file is
    /// in), so that its reason lists everything wrong with it.
    public func appendReason(_ reason: String, toReject id: Int64) throws {
        try execute("UPDATE ingest_rejects SET reason = reason || '; ' || ? WHERE id = ?", [reason, id])
    }
}
