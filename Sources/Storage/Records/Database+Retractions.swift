extension Database {
    /// Withdraws the figure `key`: keeps it in `figure_retractions` as it was (its values, the
    /// batch that wrote them, its tags, breakdowns and revisions), then deletes it from `figures`.
    ///
    /// Why a copy first: `figure_revisions`, `figure_tags` and `figure_breakdowns` refer to the
    /// figure with ON DELETE CASCADE, so the delete takes them with it, and the search index
    /// entry goes with the row by its trigger. Call it inside a transaction, after checking that
    /// no figure left in the database cites this one.
    ///
    /// - Returns: false when no figure has `key` (nothing is written).
    @discardableResult
    public func retractFigure(key: String, batch: Int64, reason: String, at now: String) throws -> Bool {
        guard let figure = try figure(key: key) else { return false }
        try execute(
            """
            INSERT INTO figure_retractions (figure, batch_id, retracted_at, reason, previous, revisions)
            SELECT f.key, ?2, ?3, ?4,
                json_set(?5, '$.batch_id', f.batch_id, '$.created_at', f.created_at, '$.updated_at', f.updated_at,
                    '$.breakdowns', json((SELECT json_group_array(json_object('dimension', b.dimension, 'category', b.category, 'place', b.place))
                        FROM figure_breakdowns b WHERE b.figure = f.key))),
                (SELECT json_group_array(json_object('id', r.id, 'batch_id', r.batch_id, 'revised_at', r.revised_at, 'previous', json(r.previous), 'kind', r.kind))
                    FROM (SELECT * FROM figure_revisions WHERE figure = f.key ORDER BY id) r)
            FROM figures f WHERE f.key = ?1
            """,
            [key, batch, now, reason, try Self.revisionJSON(figure)])
        try indexBeforeRewriting(figure: key)
        try execute("DELETE FROM figures WHERE key = ?", [key])
        return true
    }

    /// The latest retraction of `key`, or nil when it was never retracted.
    public func retraction(of key: String) throws -> Retraction? {
        guard let row = try rows(
            "SELECT batch_id, retracted_at, reason FROM figure_retractions WHERE figure = ? ORDER BY id DESC LIMIT 1", [key]
        ).first else { return nil }
        return Retraction(batch: row.int("batch_id") ?? 0, retractedAt: row.string("retracted_at") ?? "", reason: row.string("reason") ?? "")
    }
}
