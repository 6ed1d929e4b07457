extension Database {
    /// A figure's breakdowns as one text, as a figures file's breakdown cell states them and
    /// `figure_changes` compares them: `dimension: category` by dimension, `; ` between; NULL for none.
    static let breakdownText = """
        (SELECT group_concat(b.dimension || ': ' || b.category, '; ')
         FROM (SELECT dimension, category FROM figure_breakdowns WHERE figure = ?1 ORDER BY dimension) b)
        """

    /// Keeps in `figure_revisions` the breakdown (`previous`, as `breakdownText` writes it; nil for
    /// none) that `batch` replaced on figure `key`, as every other changed field is kept.
    ///
    /// - Parameter figureRevised: true when the same load changed a column of the figure too, and
    ///   so wrote its revision already: the breakdown is added to that one. Otherwise a revision
    ///   of the figure as it stands is written with it, and the figure is counted as written by
    ///   `batch` (its `batch_id` and `updated_at`), as for any update.
    public func keepBreakdownRevision(of key: String, previous: String?, batch: Int64, at now: String, figureRevised: Bool) throws {
        if figureRevised {
            try execute(
                """
                UPDATE figure_revisions SET previous = json_set(previous, '$.breakdown', ?2)
                WHERE id = (SELECT max(id) FROM figure_revisions WHERE figure = ?1 AND batch_id = ?3) AND json_valid(previous)
                """, [key, previous, batch])
            return
        }
        guard let figure = try figure(key: key),
              let state = try scalar("SELECT json_set(?1, '$.breakdown', ?2)", [try Self.revisionJSON(figure), previous])?.textValue else { return }
        try keepRevision(of: .figure, key: key, previous: state, batch: batch, at: now)
        try execute("UPDATE figures SET batch_id = ?2, updated_at = ?3 WHERE key = ?1", [key, batch, now])
    }

    /// The loads that changed figure `key`'s breakdown, oldest first (`BreakdownChange`): the
    /// revisions that kept one (since m0062; an earlier revision kept none). What each load gave
    /// is what the next such revision kept, or the figure's breakdown now.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func breakdownChanges(of key: String) throws -> [BreakdownChange] {
        let rows = try rows(
            """
            SELECT batch_id, previous ->> '$.breakdown' AS breakdown, previous ->> '$.batch_id' AS loaded_by
            FROM figure_revisions WHERE figure = ?1 AND json_valid(previous) AND json_type(previous, '$.breakdown') IS NOT NULL ORDER BY id
            """, [key])
        guard !rows.isEmpty else { return [] }
        let now = try scalar("SELECT " + Self.breakdownText, [key])?.textValue  // sql-constant: a fixed subquery
        var changes: [BreakdownChange] = []
        for (index, row) in rows.enumerated() {
            let next = index + 1 < rows.count ? rows[index + 1].string("breakdown") : now
            let loadedBy = row.int("loaded_by"), changedBy = row.int("batch_id") ?? 0
            changes.append(BreakdownChange(
                previous: row.string("breakdown"), next: next, loadedBy: loadedBy, loadedFrom: try loadedBy.flatMap { try batchFile($0) },
                changedBy: changedBy, changedFrom: try batchFile(changedBy)))
        }
        return changes
    }
}
