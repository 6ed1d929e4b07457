import Storage

extension FigureSet {
    /// The figures matching `scope` that were retracted and not loaded again since, each by its
    /// latest retraction, whose `previous` holds the measure, place and period it had: one query
    /// over `figure_retractions`, a table of hand-withdrawn figures, by the condition the scope's
    /// figures are read with (`Scope.condition`), in the same read transaction.
    static func retracted(in scope: Scope, from db: Database) throws -> RetractedFigures {
        let inScope = Scope.condition(
            measure: "r.previous ->> '$.measure'", place: "r.previous ->> '$.place'",
            // As text, whatever JSON type holds them: the condition compares periods as text.
            periodStart: "CAST(r.previous ->> '$.period_start' AS TEXT)", periodEnd: "CAST(r.previous ->> '$.period_end' AS TEXT)")
        let rows = try db.rows(
            """
            SELECT r.figure, r.batch_id, substr(r.retracted_at, 1, 10) AS date, r.reason
            FROM figure_retractions r
            WHERE r.id = (SELECT max(l.id) FROM figure_retractions l WHERE l.figure = r.figure)
              AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.key = r.figure)
              AND json_valid(r.previous) -- past a previous that is not JSON (json-not-valid)
              AND
            """ + " " + inScope + " ORDER BY r.figure",
            scope.parameters)
        var keys: [String] = []
        var batches: [RetractBatch] = []
        var position: [Int: Int] = [:]
        for row in rows {
            keys.append(row.string("figure") ?? "")
            let batch = Int(row.int("batch_id") ?? 0)
            if let index = position[batch] {
                batches[index].figureCount += 1
            } else {
                position[batch] = batches.count
                batches.append(RetractBatch(batch: batch, date: row.string("date") ?? "", reason: row.string("reason") ?? "", figureCount: 1))
            }
        }
        batches.sort { $0.batch < $1.batch }
        return RetractedFigures(count: keys.count, keys: keys, batches: batches, command: RetractedFigures.listCommand)
    }
}
