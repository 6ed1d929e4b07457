extension Database {
    /// The latest retraction of the figure `key` and the load that restored it, or nil when the
    /// key was never retracted or no figure holds it now (it is withdrawn still).
    ///
    /// The restoring load is the one that wrote the figure first: a retraction deletes the
    /// figure's revisions with it, so the earliest revision kept now holds that load's batch, or,
    /// with no revision since, the figure's own `batch_id` (as `figure_changes` finds an insert).
    /// A load older than the retraction brought nothing back, and is not named. The number the
    /// figure held when withdrawn is given when the restore wrote another (`Restoration.withdrawn`).
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func restoration(of key: String) throws -> Restoration? {
        guard let row = try rows(
            """
            SELECT r.batch_id, r.retracted_at, r.reason, r.previous AS withdrawn,
                (SELECT v.previous FROM figure_revisions v WHERE v.figure = f.key AND json_valid(v.previous) ORDER BY v.id LIMIT 1) AS first_state,
                coalesce((SELECT v.previous ->> '$.batch_id' FROM figure_revisions v
                    WHERE v.figure = f.key AND json_valid(v.previous) ORDER BY v.id LIMIT 1), f.batch_id) AS restored_by
            FROM figures f JOIN figure_retractions r ON r.figure = f.key
            WHERE f.key = ?1 ORDER BY r.id DESC LIMIT 1
            """, [key]
        ).first, let batch = row.int("batch_id"), let restoredBy = row.int("restored_by"), restoredBy > batch else { return nil }
        // What the restore wrote: the earliest state kept since, or the figure as it stands.
        let firstState = row.string("first_state")
        let restored: Figure? = try firstState == nil ? figure(key: key) : Self.revisedState(firstState)
        let withdrawn = Self.revisedState(row.string("withdrawn"))
        var restoration = Restoration(
            retraction: Retraction(batch: batch, retractedAt: row.string("retracted_at") ?? "", reason: row.string("reason") ?? ""),
            restoredBy: restoredBy, restoredFile: try batchFile(restoredBy))
        if let withdrawn, let restored, !FigureField.number.same(withdrawn, restored) {
            let writer = try rows("SELECT ?1 ->> '$.batch_id' AS batch", [row.string("withdrawn")]).first?.int("batch")
            (restoration.withdrawn, restoration.withdrawnBy, restoration.withdrawnFile) = (withdrawn, writer, try writer.flatMap { try batchFile($0) })
        }
        return restoration
    }
}
