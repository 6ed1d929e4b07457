extension Database {
    /// Keeps in `measure_revisions` what measure `code` holds before `batch` rewrites it, with the
    /// batch that had loaded it; `kind` is `correction` when `batch` was loaded with `tipdb ingest
    /// --correction`, read from the batch's options as figure revisions read it.
    ///
    /// Call it before the row is rewritten, while it still points to its old batch. A measure the
    /// same batch wrote already (a file that gives it twice) keeps no revision: what existed before
    /// the batch was kept by its first write, as for sources (`upsert`).
    func keepMeasureRevision(of code: String, batch: Int64, at now: String) throws {
        try execute(
            """
            INSERT INTO measure_revisions (measure, batch_id, revised_at, kind, label, counts, concept, definition, legal_basis, parent,
                default_unit, previous_batch_id)
            SELECT code, ?2, ?3,
                CASE WHEN (SELECT options ->> '$.correction' FROM ingest_batches WHERE id = ?2 AND json_valid(options)) THEN 'correction' ELSE 'revision' END,
                label, counts, concept, definition, legal_basis, parent, default_unit, batch_id
            FROM measures WHERE code = ?1 AND batch_id IS NOT ?2
            """, [code, batch, now])
    }

    /// The loads that changed measure `code`, oldest first (`MeasureRevision`): what each kept,
    /// and what it left, which is what the next revision kept, or the measure now. Empty for a
    /// measure never changed, or changed before m0064 (nothing was kept then).
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func measureRevisions(of code: String) throws -> [MeasureRevision] {
        let rows = try rows(
            """
            SELECT r.*, r.measure AS code FROM measure_revisions r WHERE r.measure = ?1 ORDER BY r.id
            """, [code])
        guard !rows.isEmpty, let now = try measure(code: code)?.measure else { return [] }
        var revisions: [MeasureRevision] = []
        for (index, row) in rows.enumerated() {
            let next = index + 1 < rows.count ? Measure(row: rows[index + 1]) : now
            let loadedBy = row.int("previous_batch_id"), changedBy = row.int("batch_id") ?? 0
            revisions.append(MeasureRevision(
                previous: Measure(row: row), next: next, loadedBy: loadedBy, loadedFrom: try loadedBy.flatMap { try batchFile($0) },
                changedBy: changedBy, changedFrom: try batchFile(changedBy), changedAt: row.string("revised_at") ?? "",
                isCorrection: row.string("kind") == "correction"))
        }
        return revisions
    }
}
