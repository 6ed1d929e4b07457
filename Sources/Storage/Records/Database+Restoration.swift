extension Database {
    /// The latest retraction of the figure `key` and the load that restored it, or nil when the
    /// key was never retracted or no figure holds it now (it is withdrawn still).
    ///
    /// The restoring load is the one that wrote the figure first: a retraction deletes the
    /// figure's revisions with it, so the earliest revision kept now holds that load's batch, or,
    /// with no revision since, the figure's own `batch_id` (as `figure_changes` finds an insert).
    /// A load older than the retraction brought nothing back, and is not named.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func restoration(of key: String) throws -> Restoration? {
        guard let row = try rows(
            """
            SELECT r.batch_id, r.retracted_at, r.reason,
                coalesce((SELECT v.previous ->> '$.batch_id' FROM figure_revisions v
                    WHERE v.figure = f.key AND json_valid(v.previous) ORDER BY v.id LIMIT 1), f.batch_id) AS restored_by
            FROM figures f JOIN figure_retractions r ON r.figure = f.key
            WHERE f.key = ?1 ORDER BY r.id DESC LIMIT 1
            """, [key]
        ).first, let batch = row.int("batch_id"), let restoredBy = row.int("restored_by"), restoredBy > batch else { return nil }
        return Restoration(
            retraction: Retraction(batch: batch, retractedAt: row.string("retracted_at") ?? "", reason: row.string("reason") ?? ""),
            restoredBy: restoredBy, restoredFile: try batchFile(restoredBy))
    }
}
