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

    /// Every retraction of the figure `key` that a later load restored, oldest first: each earlier
    /// one with the load that brought the key back before its next retraction, then the latest as
    /// `restoration(of:)` gives it when the figure is back now. Empty when the key was never
    /// restored; for a key withdrawn now, its retractions before the latest.
    ///
    /// Why: lineage named the latest retraction alone, so a figure retracted, restored and
    /// retracted again read as withdrawn once, and one restored twice as restored once (session
    /// 54). An earlier restore is found as `figure_changes` finds the insert of a figure since
    /// retracted: the next retraction keeps the figure's revisions, the earliest of which holds the
    /// state that load wrote (with its batch), or, with none, the figure's values when withdrawn.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func restorations(of key: String) throws -> [Restoration] {
        let retractions = try rows(
            """
            SELECT x.batch_id, x.retracted_at, x.reason, x.withdrawn, x.withdrawn ->> '$.batch_id' AS withdrawn_by,
                x.restored_state, x.restored_state ->> '$.batch_id' AS restored_by
            FROM (SELECT id, batch_id, retracted_at, reason, CASE WHEN json_valid(previous) THEN previous END AS withdrawn,
                    lead(coalesce(CASE WHEN json_valid(revisions) AND json_type(revisions, '$[0].previous') = 'object'
                        THEN revisions -> '$[0].previous' END, CASE WHEN json_valid(previous) THEN previous END)) OVER (ORDER BY id) AS restored_state
                FROM figure_retractions WHERE figure = ?1) x
            ORDER BY x.id
            """, [key])
        var history: [Restoration] = []
        // The latest retraction has no next one: restoration(of:) reads what restored it from the figure itself.
        for row in retractions.dropLast() {
            guard let batch = row.int("batch_id"), let restoredBy = row.int("restored_by"), restoredBy > batch else { continue }
            var restoration = Restoration(
                retraction: Retraction(batch: batch, retractedAt: row.string("retracted_at") ?? "", reason: row.string("reason") ?? ""),
                restoredBy: restoredBy, restoredFile: try batchFile(restoredBy))
            if let withdrawn = Self.revisedState(row.string("withdrawn")), let restored = Self.revisedState(row.string("restored_state")),
               !FigureField.number.same(withdrawn, restored) {
                let writer = row.int("withdrawn_by")
                (restoration.withdrawn, restoration.withdrawnBy, restoration.withdrawnFile) = (withdrawn, writer, try writer.flatMap { try batchFile($0) })
            }
            history.append(restoration)
        }
        if let latest = try restoration(of: key) { history.append(latest) }
        return history
    }
}
