import Storage

/// Writes figures from bulk files with their breakdowns, and refuses a key written twice with
/// different values in one file.
///
/// Keys of bulk figures are built from the fields that identify them, so a breakdown is part of
/// the key: a figure's breakdown rows never change once written, and are only (re)written when
/// the figure itself is inserted or updated.
struct FigureWriter {
    let db: Database
    let batch: Int64
    let now: String
    /// Key → line of the file that wrote it and its value, for the duplicate check.
    private var written: [String: (line: Int, value: Double?, high: Double?)] = [:]
    /// Figures whose values a newer vintage left as they were, moved to its source.
    private(set) var moved = 0

    init(db: Database, batch: Int64, now: String) {
        self.db = db
        self.batch = batch
        self.now = now
    }

    enum Result: Equatable {
        case written(WriteOutcome)
        /// The same key with the same value earlier in the file: skipped.
        case repeated(line: Int)
        /// The same key with another value earlier in the file: the row is refused.
        case conflicting(line: Int)
    }

    /// Writes `figure` and its breakdowns.
    ///
    /// - Parameters:
    ///   - sourceMayMove: For a newer vintage of an export: a figure whose values are unchanged
    ///     moves to the new vintage's source without a revision (its value did not change; the
    ///     vintages it appeared in are kept in `series_figures`).
    mutating func write(_ figure: Figure, breakdowns: [Breakdown], line: Int, sourceMayMove: Bool = false) throws -> Result {
        if let earlier = written[figure.key] {
            return earlier.value == figure.value && earlier.high == figure.high
                ? .repeated(line: earlier.line) : .conflicting(line: earlier.line)
        }
        written[figure.key] = (line, figure.value, figure.high)
        var figure = figure
        if let existing = try db.figure(key: figure.key) {
            Self.keepAnalystFields(of: existing, in: &figure)
            if existing == figure { return .written(.unchanged) }
            if sourceMayMove {
                var moved = existing
                moved.source = figure.source
                if moved == figure {
                    try db.execute("UPDATE figures SET source = ?, batch_id = ?, updated_at = ? WHERE key = ?",
                                   [figure.source, batch, now, figure.key])
                    self.moved += 1
                    return .written(.unchanged)
                }
            }
        }
        let (outcome, _) = try db.upsert(figure, batch: batch, at: now)
        switch outcome {
        case .unchanged:
            break
        case .updated:
            try db.execute("DELETE FROM figure_breakdowns WHERE figure = ?", [figure.key])
            try insert(breakdowns, of: figure.key)
        case .inserted:
            try insert(breakdowns, of: figure.key)
        }
        return .written(outcome)
    }

    /// Keeps what an analyst added to a stored figure that a bulk file has no column for: its
    /// study, quote, cites, tags and `x_` values, and its notes when the file writes none. The
    /// file updates only what it carries, as a figures file does; re-loading an export used to
    /// clear them all (their only trace a revision).
    private static func keepAnalystFields(of stored: Figure, in figure: inout Figure) {
        figure.study = figure.study ?? stored.study
        figure.quote = figure.quote ?? stored.quote
        figure.cites = figure.cites ?? stored.cites
        figure.notes = figure.notes ?? stored.notes
        figure.extra = figure.extra ?? stored.extra
        if figure.tags.isEmpty { figure.tags = stored.tags }
    }

    private func insert(_ breakdowns: [Breakdown], of key: String) throws {
        for breakdown in breakdowns {
            try db.execute(
                "INSERT OR REPLACE INTO figure_breakdowns (figure, dimension, category, place) VALUES (?, ?, ?, ?)",
                [key, breakdown.dimension, breakdown.category, breakdown.place])
        }
    }
}
