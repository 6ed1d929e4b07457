import Storage

/// Writes figures from bulk files with their breakdowns, and refuses a key written twice with
/// different values in one file, and a value its unit rules out.
///
/// The unit rules are those of a figures file (`UnitRules`): 150 percent, a negative rate or a
/// censored `<5` in percent is refused here as it is there, instead of being stored and then
/// reported by `tipdb check`.
///
/// Keys of bulk figures are built from the fields that identify them, so a breakdown is part of
/// the key: a figure's breakdown rows never change once written, and are only (re)written when
/// the figure itself is inserted or updated.
struct FigureWriter {
    let db: Database
    let batch: Int64
    let now: String
    let rules: UnitRules
    /// Key → line of the file that wrote it and its value, for the duplicate check.
    private var written: [String: (line: Int, value: Double?, high: Double?)] = [:]
    /// Figures whose values a newer vintage left as they were, moved to its source.
    private(set) var moved = 0
    /// Of the figures a newer vintage left as they were, those whose row it words differently (a
    /// category re-spelled): their locator now quotes the newer export, without a revision. For a
    /// newer download of an Our World in Data chart (`rewording`), those whose column title or
    /// Entity it words differently: their locator and notes now quote it.
    private(set) var relabelled = 0
    /// Whether `write` only says what it would do: a dry run of `tipdb derive`, which must not
    /// take the write lock. Figures are checked as for a write, and the outcome is the one
    /// `upsert` would have; `sourceMayMove` is not previewed (no previewing caller uses it).
    let previewing: Bool
    /// Keys withdrawn by `tipdb retract`: never written again without `--restore-retracted`.
    let retracted: RetractedKeys

    init(db: Database, batch: Int64, now: String, vocabulary: Vocabulary, retracted: RetractedKeys, previewing: Bool = false) {
        self.db = db
        self.retracted = retracted
        self.batch = batch
        self.now = now
        rules = UnitRules(vocabulary: vocabulary)
        self.previewing = previewing
    }

    enum Result: Equatable {
        /// Written (or, previewing, what writing would do), with the fields kept as a correction
        /// set them, for the notes the caller places at the row.
        case written(WriteOutcome, kept: [KeptCorrection] = [])
        /// The same key with the same value earlier in the file: skipped.
        case repeated(line: Int)
        /// The same key with another value earlier in the file: the row is refused.
        case conflicting(line: Int)
        /// A value its unit rules out: the row is refused for `problems`.
        case refused(problems: [String])
        /// A key `tipdb retract` withdrew: not written (`RetractedKeys.note(for:remedy:)` says why).
        case retracted
    }

    /// Why a value cannot be stored in `unit`, as a figures file would refuse it; empty when it
    /// can. A problem with a bound starts with its name (`low: `).
    ///
    /// - Parameter written: the value as published, for messages; nil when it was scaled.
    func problems(unit: String, value: Double?, censored: Bool, low: Double?, high: Double?, written: String?) -> [String] {
        let number = censored ? ParsedNumber(value: nil, censoredBelow: high) : ParsedNumber(value: value)
        let bounds = censored ? (low: nil, high: nil) : (low: low.map { ParsedNumber(value: $0) }, high: high.map { ParsedNumber(value: $0) })
        return rules.problems(unit, number: number, low: bounds.low, high: bounds.high) { $0 == "value" ? written : nil }
            .map { $0.field == "value" ? $0.message : "\($0.field): \($0.message)" }
    }

    /// Writes `figure` and its breakdowns.
    ///
    /// - Parameters:
    ///   - sourceMayMove: For a newer vintage of an export: a figure whose values are unchanged
    ///     moves to the new vintage's source without a revision (its value did not change; the
    ///     vintages it appeared in are kept in `series_figures`).
    ///   - rewording: For a newer download of a chart: a figure whose values are unchanged gets
    ///     the locator and notes this download words it with (a column title or an Entity spelled
    ///     otherwise) without a revision, as a vintage's re-spelled category does; its number did
    ///     not change, and a revision said it had (review of session 46).
    ///   - written: the value as published, for messages (nil when it was scaled).
    ///   - formerNotes: the figure's notes as earlier tipdbs wrote them: a stored figure whose
    ///     notes are one of these keeps them and is unchanged when nothing else differs, so that
    ///     deriving the same table again after tipdb words its notes better writes no revision.
    mutating func write(_ figure: Figure, breakdowns: [Breakdown], line: Int, sourceMayMove: Bool = false, rewording: Bool = false,
                        written value: String? = nil, formerNotes: [String] = []) throws -> Result {
        var figure = figure
        let problems = problems(unit: figure.unit, value: figure.value, censored: figure.censored, low: figure.low,
                                high: figure.high, written: value)
        if !problems.isEmpty { return .refused(problems: problems) }
        // Before the repeat check, so that every row of a withdrawn key is skipped alike.
        if retracted.contains(figure.key) { return .retracted }
        if let earlier = written[figure.key] {
            return earlier.value == figure.value && earlier.high == figure.high
                ? .repeated(line: earlier.line) : .conflicting(line: earlier.line)
        }
        written[figure.key] = (line, figure.value, figure.high)
        // What an analyst added that a bulk file has no column for (and notes, when the file
        // writes none) is kept, as for a figures file without those columns: re-loading an
        // export used to clear them all, their only trace a revision.
        let unstated: UnstatedFields = figure.notes == nil ? [.study, .quote, .cites, .tags, .extra, .notes] : [.study, .quote, .cites, .tags, .extra]
        let formers = formerNotes.filter { $0 != figure.notes }
        if !formers.isEmpty, let stored = try db.figure(key: figure.key), let storedNotes = stored.notes, formers.contains(storedNotes) {
            var restated = figure
            restated.notes = storedNotes
            if restated.keeping(unstated, from: stored) == stored { figure = restated }
        }
        if previewing {
            let preview = try db.upsertOutcome(of: figure, unstated: unstated, batch: batch)
            return .written(preview.outcome, kept: preview.kept)
        }
        if sourceMayMove || rewording, let existing = try db.figure(key: figure.key) {
            // A field a correction fixed stays fixed when the export still holds the slip; a
            // figure left as it was otherwise moves as any other (`Database.keepingCorrections`).
            let (incoming, kept) = try db.keepingCorrections(figure.keeping(unstated, from: existing), over: existing, batch: batch)
            // Read once here rather than again by the upsert below.
            var moved = existing
            if sourceMayMove { moved.source = figure.source }
            // The locator quotes the row as the export words it (`by citizenship: DR Congo`): a
            // newer export that only spells a category differently (`Dem. Rep. of the Congo`, the
            // same place) changes the locator, not the figure, and is no revision of its number.
            moved.locator = figure.locator
            // A chart's notes quote its column's title, which a newer download may write otherwise.
            if rewording { moved.notes = incoming.notes }
            if moved == incoming {
                if moved == existing { return .written(.unchanged, kept: kept) }
                if moved.notes == existing.notes {
                    try db.execute("UPDATE figures SET source = ?, locator = ?, batch_id = ?, updated_at = ? WHERE key = ?",
                                   [moved.source, moved.locator, batch, now, figure.key])
                } else {
                    try db.rewordFigure(key: figure.key, source: moved.source, locator: moved.locator, notes: moved.notes, batch: batch, at: now)
                }
                if existing.source != moved.source { self.moved += 1 }
                if existing.locator != moved.locator || existing.notes != moved.notes { relabelled += 1 }
                return .written(.unchanged, kept: kept)
            }
        }
        let upserted = try db.upsert(figure, unstated: unstated, batch: batch, at: now)
        switch upserted.outcome {
        case .unchanged:
            break
        case .updated:
            try db.execute("DELETE FROM figure_breakdowns WHERE figure = ?", [figure.key])
            try insert(breakdowns, of: figure.key)
        case .inserted:
            try insert(breakdowns, of: figure.key)
        }
        return .written(upserted.outcome, kept: upserted.kept)
    }

    private func insert(_ breakdowns: [Breakdown], of key: String) throws {
        for breakdown in breakdowns {
            try db.execute(
                "INSERT OR REPLACE INTO figure_breakdowns (figure, dimension, category, place) VALUES (?, ?, ?, ?)",
                [key, breakdown.dimension, breakdown.category, breakdown.place])
        }
    }
}
