extension Database {
    /// Every figure that cites nothing now but cited a figure `tipdb retract` withdrew and no load
    /// has brought back (`WithdrawnOrigin`), by the key of the figure.
    ///
    /// The revision that cleared the cites is the figure's last one whose earlier state cited a
    /// figure: every later state, and the figure now, cite nothing. It counts only when no load
    /// since (nor that one) put another figure under the key (`FigureIdentity.lastReuse`, the rule
    /// briefs and check read revisions by): a key reused for another figure is not the figure
    /// that repeated the withdrawn one.
    ///
    /// One query, driven by the withdrawn keys (few, and none in most databases: then
    /// `figure_revisions` is not read at all), then the revisions of each figure found.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func withdrawnOrigins() throws -> [String: WithdrawnOrigin] {
        guard try integer("SELECT EXISTS (SELECT 1 FROM figure_retractions)") != 0 else { return [:] }
        let rows = try rows(
            """
            WITH withdrawn AS (
                SELECT r.figure, r.batch_id, r.retracted_at, r.reason,
                    CASE WHEN json_valid(r.previous) THEN r.previous ->> '$.source' END AS source
                FROM figure_retractions r
                WHERE r.id = (SELECT max(l.id) FROM figure_retractions l WHERE l.figure = r.figure)
                  AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.key = r.figure)
            ),
            cleared AS (
                SELECT v.id, v.figure, v.batch_id, CASE WHEN json_valid(v.previous) THEN v.previous ->> '$.cites' END AS cites
                FROM figure_revisions v
            )
            SELECT c.figure, c.id, c.batch_id AS cleared_by, b.file, w.figure AS cited, w.source AS cited_source,
                w.batch_id AS retracted_by, w.retracted_at, w.reason
            FROM cleared c
            JOIN withdrawn w ON w.figure = c.cites
            JOIN figures f ON f.key = c.figure AND f.cites IS NULL
            LEFT JOIN ingest_batches b ON b.id = c.batch_id
            WHERE NOT EXISTS (
                SELECT 1 FROM figure_revisions later
                WHERE later.figure = c.figure AND later.id > c.id AND json_valid(later.previous)
                  AND later.previous ->> '$.cites' IS NOT NULL)
            ORDER BY c.figure
            """)
        var found: [String: WithdrawnOrigin] = [:]
        for row in rows {
            guard let key = row.string("figure"), let cited = row.string("cited"), let revision = row.int("id"),
                  try !reusedSince(revision, of: key) else { continue }
            found[key] = WithdrawnOrigin(
                figure: key, cited: cited, citedSource: row.string("cited_source"), clearedBy: row.int("cleared_by") ?? 0,
                clearedFile: row.string("file"),
                retraction: Retraction(
                    batch: row.int("retracted_by") ?? 0, retractedAt: row.string("retracted_at") ?? "", reason: row.string("reason") ?? ""))
        }
        return found
    }

    /// Whether a load at or after revision `id` of figure `key` put another figure under the key
    /// (`FigureIdentity.lastReuse`).
    private func reusedSince(_ id: Int64, of key: String) throws -> Bool {
        guard let figure = try figure(key: key) else { return true }
        var states: [(held: FigureIdentity?, correction: Bool)] = []
        var index: Int?
        for row in try rows(
            """
            SELECT id, kind = 'correction' AS correction, previous ->> '$.measure' AS measure, previous ->> '$.place' AS place,
                previous ->> '$.period_start' AS period_start, previous ->> '$.period_end' AS period_end,
                previous ->> '$.sex' AS sex, previous ->> '$.age_group' AS age_group, previous ->> '$.form' AS form
            FROM figure_revisions WHERE figure = ?1 AND json_valid(previous) ORDER BY id
            """, [key]) {
            if row.int("id") == id { index = states.count }
            states.append((
                FigureIdentity(
                    stored: row.string("measure"), place: row.string("place"), periodStart: row.string("period_start"),
                    periodEnd: row.string("period_end"), sex: row.string("sex"), ageGroup: row.string("age_group"), form: row.string("form")),
                (row.int("correction") ?? 0) != 0))
        }
        guard let index else { return true }
        return FigureIdentity.lastReuse(states, now: FigureIdentity(figure)).map { $0 >= index } ?? false
    }
}
