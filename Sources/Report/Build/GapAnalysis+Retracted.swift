import Storage

/// Figures the brief's filters would have taken in but `tipdb retract` withdrew: "2 figures
/// matching this brief's filters were withdrawn with tipdb retract and are not in it: ...".
///
/// Why in data gaps: a withdrawn figure leaves the brief as if it had never been loaded, and
/// the section that says what the brief does not hold is where a reader looks for what is missing.
extension GapAnalysis {
    /// The command that lists withdrawn figures with their last values, as the sentence gives it.
    static let retractedCommand = "tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions ORDER BY figure\""

    /// The figures matching `scope` that were retracted and not loaded again since, each by its
    /// latest retraction, whose `previous` holds the measure, place and period it had: one query
    /// over `figure_retractions`, a table of hand-withdrawn figures, by the filters `FigureSet`
    /// reads figures with.
    static func retracted(in scope: Scope, db: Database) throws -> RetractedFigures {
        let rows = try db.rows(
            """
            SELECT r.figure, r.batch_id, substr(r.retracted_at, 1, 10) AS date, r.reason
            FROM figure_retractions r
            WHERE r.id = (SELECT max(l.id) FROM figure_retractions l WHERE l.figure = r.figure)
              AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.key = r.figure)
              AND (?1 IS NULL OR r.previous ->> '$.measure' IN (SELECT value FROM json_each(?1)))
              AND (?2 IS NULL OR r.previous ->> '$.place' IN (SELECT value FROM json_each(?2)))
              AND (?3 IS NULL OR CAST(substr(r.previous ->> '$.period_end', 1, 4) AS INTEGER) >= ?3)
              AND (?4 IS NULL OR CAST(substr(r.previous ->> '$.period_start', 1, 4) AS INTEGER) <= ?4)
            ORDER BY r.figure
            """,
            [scope.measures.map(JSONString.array), scope.places.map { JSONString.array($0.sorted()) }, scope.from, scope.to])
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
        return RetractedFigures(count: keys.count, keys: keys, batches: batches, command: retractedCommand)
    }

    /// "2 figures matching this brief's filters were withdrawn with tipdb retract and are not in
    /// it: a-1 and a-2 (batch 4, 2026-12-01: "typed from a blog"). tipdb sql "..." lists them
    /// with their last values."; nil for none.
    static func retractedSentence(_ retracted: RetractedFigures) -> String? {
        guard retracted.count > 0 else { return nil }
        let shown = retracted.keys.prefix(listLimit)
        let more = retracted.count - shown.count
        let keys = more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : Words.list(Array(shown))
        let why = retracted.batches.prefix(listLimit).map { batch in
            "batch \(batch.batch), \(batch.date): \(JSONString.literal(batch.reason))"
                + (retracted.batches.count == 1 ? "" : ", \(Words.count(batch.figureCount, "figure"))")
        }
        let moreBatches = retracted.batches.count - why.count
        let one = retracted.count == 1
        return "\(Words.count(retracted.count, "figure")) matching this brief's filters \(one ? "was" : "were") withdrawn "
            + "with tipdb retract and \(one ? "is" : "are") not in it: \(keys) (" + why.joined(separator: "; ")
            + (moreBatches > 0 ? "; and \(moreBatches) more retract commands" : "") + "). "
            + "\(retractedCommand) lists every withdrawn figure with its last values."
    }
}
