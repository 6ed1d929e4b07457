import Storage

/// Ingest's side of `tipdb check`'s `repeat-before-original`: the figures a command wrote that
/// repeat (cite) a figure first published after them are refused at their `cites` cell, and the
/// stored repeats a command's new dates or sources turn into such figures are named in warnings.
///
/// The judgement is check's own (`Audit.repeatsBeforeOriginal(among:_:)`, one query for both):
/// only which figures it looks at differs, so ingest cannot load what check calls this error,
/// nor refuse what check lets pass.
///
/// Why a warning, not a refusal, for a stored repeat: the new date (or the cited figure's new
/// source) may be the correction, and the stored figure's `cites` what is wrong; that figure was
/// loaded by another file, which this command cannot correct. Refusing the date would keep the
/// wrong one. The warning names each figure, and `tipdb check` lists it as an error until its
/// `cites` or a date is corrected.
enum RepeatTimingCheck {
    /// The error at the `cites` cell of a figure that repeats one first published after it.
    static func refusal(_ found: RepeatBeforeOriginal) -> String {
        "figure \"\(found.figure)\" (source \(found.source), published \(found.published)) repeats figure \"\(found.cited)\" "
            + "(source \(found.citedSource), published \(found.citedPublished)), which was first published after it: "
            + "a source cannot repeat a number before it is published (tipdb check: repeat-before-original); "
            + "expected in cites the key of the figure \(found.source) really repeated (or none), or a date of "
            + "\(found.source) or \(found.citedSource) corrected in their sources file"
    }

    /// The written figures of `entries` (inserted or updated, with a `cites`) that repeat a figure
    /// first published after them, with the error for each: the figures of each batch looked up
    /// by `figures_by_batch`, then kept when `entries` holds them.
    static func refusals(among entries: [LineageCheck.Entry], db: Database) throws -> [(LineageCheck.Entry, String?)] {
        let written = Dictionary(entries.filter { $0.outcome != .unchanged }.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        guard !written.isEmpty else { return [] }
        var result: [(LineageCheck.Entry, String?)] = []
        let audit = Audit(db: db)
        for batch in Set(written.values.map(\.batch)).sorted() {
            try audit.repeatsBeforeOriginal(among: .citingFiguresOfBatch(batch)) { found in
                if let entry = written[found.figure] { result.append((entry, refusal(found))) }
            }
        }
        return result
    }

    /// The warnings for stored repeats that `batch` made repeats before their original: a
    /// sources file's new date for their source or their cited figure's source, a figures file
    /// that moved the figure they cite to a later source, or one that moved a repeat to an earlier
    /// source without a cites column (the stored cites kept). Figures whose cites this command
    /// wrote are left out (`judged`): the refusals above judged them.
    ///
    /// Each warning is at the row of the source (or figure) the file gave (`position`), then at
    /// the cell that made the repeat early (`RecordCells`): the source's `date`, the figure's `source`.
    static func warnings(
        db: Database, batch: Int64, kind: RecordKind, file: String,
        judged: (String) -> Bool, position: (String, RecordKind) -> (line: Int, column: Int)?
    ) throws -> [RowWarning] {
        guard kind != .studies else { return [] }
        var warnings: [RowWarning] = []
        let scopes: [RepeatBeforeOriginal.Scope] = kind == .sources
            ? [.sourcesOfBatch(batch)] : [.citedFiguresOfBatch(batch), .citingFiguresOfBatch(batch)]
        var named = Set<String>()
        for scope in scopes {
            try Audit(db: db).repeatsBeforeOriginal(among: scope) { found in
                guard !judged(found.figure), named.insert(found.figure).inserted else { return }
                warnings.append(warning(found, kind: kind, file: file, position: position))
            }
        }
        return warnings
    }

    /// One warning of `warnings(db:batch:kind:file:judged:position:)`, at the row of `file` that made it.
    private static func warning(
        _ found: RepeatBeforeOriginal, kind: RecordKind, file: String, position: (String, RecordKind) -> (line: Int, column: Int)?
    ) -> RowWarning {
        // The source whose date this file gave (the repeat's own first, as check's row names it first).
        let ownDate = position(found.source, .sources)
        let movedRepeat = position(found.figure, .figures)
        let at = kind == .sources ? ownDate ?? position(found.citedSource, .sources) : movedRepeat ?? position(found.cited, .figures)
        let cause = kind == .sources
            ? "the date this file gives \(ownDate == nil ? found.citedSource : found.source) makes the stored figure \(found.figure) a repeat published before its original"
            : movedRepeat != nil
            ? "this file moved \(found.figure) to source \(found.source) and kept its stored cites, which makes it a repeat published before its original"
            : "this file moved \(found.cited) to source \(found.citedSource), which makes the stored figure \(found.figure) a repeat published before its original"
        let issue = IngestIssue(
            file: file, line: at?.line ?? 0, column: at?.column ?? 0,
            message: "repeat-before-original: \(found.checkRow): \(cause), an error tipdb check lists; "
                + "expected the date corrected, or that figure's cites (the figure its source really repeated, or none)")
        return RowWarning(issue, cells: [kind == .sources ? "date" : "source"])
    }
}

