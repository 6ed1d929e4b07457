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
                -- A previous another program left as text that is not JSON (json-not-valid) is kept as
                -- that text, a JSON string, which the readers of an object pass over: nothing is lost.
                (SELECT json_group_array(json_object('id', r.id, 'batch_id', r.batch_id, 'revised_at', r.revised_at,
                        'previous', CASE WHEN json_valid(r.previous) THEN json(r.previous) ELSE r.previous END, 'kind', r.kind))
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

extension Database {
    /// How a retracted key loaded again with `--restore-retracted` (as its file gives it) differs
    /// from the figure withdrawn: the corrections it undoes, and otherwise a number other than the
    /// one withdrawn. Nil when the key was never retracted, or the number and every corrected
    /// field are as withdrawn.
    ///
    /// Why: a restore loads the row as a new figure, so the file's slip, or the number a later file
    /// had revised, came back with no word, and the figures repeating it lost their "since revised"
    /// (reviews of session 48 and 49). The walk over corrections is the one a plain reload uses to
    /// keep one (`keptFields`), over the retraction's copy of the figure and its revisions.
    public func restoreChange(_ restored: Figure) throws -> RestoredFigureChange? {
        guard let retraction = try rows(
            "SELECT id, previous, CASE WHEN json_valid(previous) THEN previous ->> '$.batch_id' END AS batch_id FROM figure_retractions WHERE figure = ? ORDER BY id DESC LIMIT 1",
            [restored.key]
        ).first, let id = retraction.int("id"), let retracted = Self.revisedState(retraction.string("previous")) else { return nil }
        // A row that gives the key another figure (`FigureIdentity`) is no slip of the retracted one.
        guard !FigureIdentity.reused(from: FigureIdentity(retracted), to: FigureIdentity(restored), correction: false) else { return nil }
        var states: [Figure?] = []
        var changes: [RevisionStep] = []
        for row in try rows(
            """
            SELECT r.value ->> '$.batch_id' AS batch_id, r.value ->> '$.kind' AS kind, json(r.value -> '$.previous') AS previous
            FROM figure_retractions t, json_each(CASE WHEN json_valid(t.revisions) THEN t.revisions END) r WHERE t.id = ? ORDER BY r.key
            """, [id]) {
            states.append(Self.revisedState(row.string("previous")))
            changes.append(RevisionStep(batch: row.int("batch_id") ?? 0, correction: row.string("kind") == "correction"))
        }
        states.append(retracted)
        let undone = changes.contains(where: \.correction) ? Self.keptFields(restored, states: states, changes: changes) { _ in nil }.kept : []
        let number = FigureField.number
        let otherNumber = undone.contains { $0.field == number.name } || number.same(retracted, restored)
            ? nil : RestoredFigureChange.Number(retracted: number.text(retracted), restored: number.text(restored), batch: retraction.int("batch_id") ?? 0)
        return undone.isEmpty && otherNumber == nil ? nil : RestoredFigureChange(undone: undone, number: otherNumber)
    }
}

extension Database {
    /// The file a batch loaded, as it was given (`ingest_batches.file`); nil for a batch that read
    /// none (retract, derive) or that does not exist.
    public func batchFile(_ batch: Int64) throws -> String? {
        try rows("SELECT file FROM ingest_batches WHERE id = ?", [batch]).first?.string("file")
    }
}
