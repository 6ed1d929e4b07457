extension Database {
    /// The load that last moved key `key` away from the figure `identity`: its batch and file. Nil
    /// when the key never held that figure before (its revisions' earlier states never were it).
    ///
    /// Why: a plain reload of the original file after a colleague's file moved a key elsewhere (a
    /// slip filing Nigeria's figure under Ghana) is a load like any other, and the key's history
    /// says it held Ghana until then; ingest's key-reuse warning uses this to say that the row moves
    /// the key back, and that `--correction` is how to load it when the move away was the slip.
    public func loadThatMovedKey(_ key: String, from identity: FigureIdentity) throws -> (batch: Int64, file: String?)? {
        let rows = try rows(
            """
            SELECT r.batch_id, b.file, r.previous ->> '$.measure' AS measure, r.previous ->> '$.place' AS place,
                r.previous ->> '$.period_start' AS period_start, r.previous ->> '$.period_end' AS period_end,
                r.previous ->> '$.sex' AS sex, r.previous ->> '$.age_group' AS age_group, r.previous ->> '$.form' AS form
            FROM figure_revisions r LEFT JOIN ingest_batches b ON b.id = r.batch_id
            WHERE r.figure = ? AND json_valid(r.previous)
            ORDER BY r.id DESC
            """, [key])
        for row in rows {
            let held = FigureIdentity(
                stored: row.string("measure"), place: row.string("place"), periodStart: row.string("period_start"),
                periodEnd: row.string("period_end"), sex: row.string("sex"), ageGroup: row.string("age_group"), form: row.string("form"))
            if held == identity, let batch = row.int("batch_id") { return (batch, row.string("file")) }
        }
        return nil
    }
}
