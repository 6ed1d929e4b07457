import Foundation
import Storage

/// Writing queued figures, listing refused rows, and keys given twice in one command.
extension Ingester {
    /// Writes the queued figures and counts what happened to each.
    func flushFigures(batch: Int64, summary: inout FileSummary) throws {
        guard !pending.isEmpty else { return }
        let upserts = try db.upsert(pending.map(\.figure), unstated: pending.map(\.unstated), batch: batch, at: now)
        for (queued, upserted) in zip(pending, upserts) {
            // A breakdown the row changes is a change of the figure, though no column of figures holds
            // it: the one replaced is kept in figure_revisions, as any changed field (none for a new figure).
            let replaced = try queued.breakdowns.flatMap { try replaceBreakdowns(of: queued.figure.key, with: $0) }
            if let replaced, upserted.outcome != .inserted {
                try db.keepBreakdownRevision(
                    of: queued.figure.key, previous: replaced.isEmpty ? nil : BreakdownCell.text(replaced), batch: batch, at: now,
                    figureRevised: upserted.outcome == .updated)
            }
            summary.count(replaced != nil && upserted.outcome == .unchanged ? .updated : upserted.outcome)
            // As stored: the fields the row did not give kept their values.
            if let previous = upserted.previous {
                let stored = queued.figure.keeping(queued.unstated, from: previous)
                let cells = queued.cells
                if let warning = try KeyReuseCheck.warning(
                    stored, replaced: previous, cells: cells, file: queued.file, correction: options.correction,
                    movedAway: { try db.loadThatMovedKey(stored.key, from: FigureIdentity(stored)) }) {
                    summary.warnings.append(warning)
                }
                if let warning = PrintedDigitsLoss.warning(
                    stored, replaced: previous, keptNumber: upserted.kept.contains { $0.field == "value" },
                    at: cells.number ?? cells.row, file: queued.file, dimension: vocabulary?.dimension(of: stored.unit)) {
                    summary.warnings.append(warning)
                }
                if let warning = DroppedBoundsNote.warning(
                    stored, replaced: previous, unstated: queued.unstated, keptNumber: upserted.kept.contains { $0.field == "value" },
                    at: cells.number ?? cells.row, file: queued.file, dimension: vocabulary?.dimension(of: stored.unit)) {
                    summary.warnings.append(warning)
                }
                // A changed number recorded as the source's revision: said at the cell, and warned of when it goes back to an
                // earlier number (`RevisionNote`); a --correction load records no revision, and a kept number changed nothing.
                if !options.correction, upserted.outcome == .updated, !upserted.kept.contains(where: { $0.field == "value" }),
                   let revision = try db.writtenRevision(stored, replaced: previous, batch: batch) {
                    let said = RevisionNote.issue(revision, stored: stored, at: cells.number ?? cells.row, file: queued.file)
                    if said.warning {
                        summary.warnings.append(said.issue)
                    } else if revisionNotes.told < RevisionNote.listed {
                        summary.rowNotes.append(said.issue)
                        revisionNotes.told += 1
                    } else {
                        revisionNotes.untold += 1
                    }
                }
                if let note = ClearedCiteNote.note(
                    stored, replaced: previous, keptCites: upserted.kept.contains { $0.field == "cites" },
                    at: queued.citesCell ?? cells.row, file: queued.file, retractions: retractions) {
                    summary.rowNotes.append(note)
                }
            }
            if options.restoreRetracted, upserted.outcome == .inserted, retractions.contains(queued.figure.key),
               let warning = try restoredCorrectionWarning(queued) {
                summary.warnings.append(warning)
            }
            if let warning = CensoredRangeCheck.warning(queued.figure, replaced: upserted.previous, at: queued.censoredRange, file: queued.file) {
                summary.warnings.append(warning)
            }
            // A cites kept as stored (another file's later load, or a correction, set it: `KeptCorrection`)
            // writes no link, so the row's is not checked: b1 kept "cites nothing" while its file,
            // loaded again, still named a1, since retracted, and the load was refused for a link
            // it never wrote, beside the note saying so (review of session 49).
            if let cites = queued.figure.cites, !upserted.kept.contains(where: { $0.field == "cites" }) {
                lineage.written.append(.init(
                    key: queued.figure.key, cites: cites, file: queued.file, line: queued.line,
                    column: queued.column, raw: queued.raw, batch: batch, outcome: upserted.outcome,
                    previous: upserted.previous, previousUpdatedAt: upserted.previousUpdatedAt, derivedKey: queued.derivedKey))
            }
            for (_, message, warning) in KeptCorrectionNote.messages(upserted.kept, from: .file) {
                let issue = IngestIssue(file: queued.file, line: queued.line, column: queued.column, message: message)
                if warning { summary.warnings.append(issue) } else { summary.rowNotes.append(issue) }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The warning for a retracted figure this command restores with values other than the ones
    /// withdrawn (`RestoredCorrectionWarning`), or nil when it restores them as they were.
    private func restoredCorrectionWarning(_ queued: PendingFigure) throws -> IngestIssue? {
        guard let change = try db.restoreChange(queued.figure) else { return nil }
        var files: [Int64: String] = [:]
        for batch in Set(change.undone.map(\.batch) + (change.number.map { [$0.batch] } ?? [])) { files[batch] = try db.batchFile(batch) }
        return RestoredCorrectionWarning.warning(
            change, key: queued.figure.key, retraction: try db.retraction(of: queued.figure.key), files: files, cells: queued.cells,
            file: queued.file)
    }

    /// Lists a rejected row; under `--on-error skip` also keeps it in `ingest_rejects`.
    func reject(_ record: InputRecord, issues: [IngestIssue], batch: Int64) throws -> RecordResult {
        try list(record, issues: issues, batch: batch)
        return .rejected(at: issues.first.map { "\($0.file):\($0.line)" })
    }

    /// Lists a rejected row's problems; under `--on-error skip` keeps the row in `ingest_rejects`
    /// and returns its id there.
    @discardableResult
    func list(_ record: InputRecord, issues: [IngestIssue], batch: Int64) throws -> Int64? {
        // In the order of their columns, as they are printed: `ingest_rejects.column` is the first
        // problem's, and a high checked before low stored column 25 for a row whose first
        // message read 2:22 (review of session 34).
        let issues = issues.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
        report.errors.append(contentsOf: issues)
        guard options.onError == .skip, let first = issues.first else { return nil }
        return try db.insertReject(batch: batch, line: first.line, column: first.column, raw: record.raw,
                                   reason: issues.map(\.message).joined(separator: "; "))
    }

    /// A key seen twice in one command is an error: the second row would silently replace the first.
    /// (`KeyMemory` found the repeat when the row's chunk arrived: `PreparedRecord.firstSeen`.)
    ///
    /// The first row may have been refused: for its own problems it still holds the key (and the
    /// message says it was refused); for a derived key that is a stored figure's it does not, and
    /// this row is no duplicate (see `KeyClaims`).
    /// - Parameter named: what the message calls the key (`id`, the member a CSL-JSON file has), when not `KIND key`.
    func duplicate(_ prepared: PreparedRecord, kind: RecordKind, named: String? = nil) -> IngestIssue? {
        guard let seen = prepared.firstSeen, let key = prepared.claimedKey else { return nil }
        let row = prepared.row
        let reader = KeyClaims.Row(file: filesRead.count - 1, line: row.record.line)
        guard let first = claims.holder(of: key, kind: kind, first: .init(file: seen.file, line: seen.line), reader: reader) else {
            return nil
        }
        let firstFile = first.file < filesRead.count ? filesRead[first.file] : row.file
        let sameFile = firstFile == row.file && first.file == filesRead.count - 1
        let refused = claims.wasRefused(first, key: key, kind: kind) ? ", which was refused (see its error there)" : ""
        let place = sameFile ? "already on line \(first.line) of this file" : "already on line \(first.line) of \(firstFile)"
        // A key column left blank derives the key as a missing column does.
        if kind == .figures && row.text("key") == nil {
            return IngestIssue(file: row.file, line: row.record.line, column: 1,
                               message: "the same derived key as line \(first.line)\(sameFile ? "" : " of \(firstFile)")\(refused): both rows derive key \"\(key)\" from their measure, place, period, subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart")
        }
        // Where the first row holds the key, say how the two differ: a row repeating it cell for
        // cell never gets here (`identicalRepeat`), so this is a conflict to settle.
        if refused.isEmpty, first == .init(file: seen.file, line: seen.line), case .differs(let words)? = prepared.repeatComparison {
            return IngestIssue(file: row.file, line: row.record.line, column: 1,
                               message: "duplicate \(named ?? "\(kind == .studies ? "study" : String(kind.rawValue.dropLast())) key") \"\(key)\", \(place), with other cells\(words.map { ": \($0)" } ?? ""); expected each \(named ?? "key") once in a command: keep the row that is right and remove the other")
        }
        return IngestIssue(file: row.file, line: row.record.line, column: 1,
                           message: "duplicate \(named ?? "\(kind == .studies ? "study" : String(kind.rawValue.dropLast())) key") \"\(key)\", \(place)\(refused); expected each \(named ?? "key") once in a command")
    }

    /// The file and line of the row that `prepared` repeats cell for cell (`RepeatComparison`),
    /// when that row holds the key and was not refused: loading this one too would change
    /// nothing, so it is set aside and counted in a note, not refused as a duplicate.
    func identicalRepeat(_ prepared: PreparedRecord, kind: RecordKind) -> (file: String, line: Int)? {
        guard prepared.repeatComparison == .identical, let seen = prepared.firstSeen, let key = prepared.claimedKey,
              claims.isHeldByFirstRow(key, kind: kind),
              !claims.wasRefused(.init(file: seen.file, line: seen.line), key: key, kind: kind) else { return nil }
        return (seen.file < filesRead.count ? filesRead[seen.file] : prepared.row.file, seen.line)
    }

    /// Claims the figure key of a bulk file's row (see `DatasetContext.claim`): where another
    /// file of the command read it first, or nil.
    func claimDatasetKey(_ key: String, line: Int, column: Int, file: Int, keys: KeyMemory) -> (file: String, line: Int, refused: Bool)? {
        guard let seen = keys.remember(key, kind: .figures, file: file, line: line, column: column) else { return nil }
        let reader = KeyClaims.Row(file: file, line: line)
        guard let first = claims.holder(of: key, kind: .figures, first: .init(file: seen.file, line: seen.line), reader: reader),
              first.file != file, first.file < filesRead.count else { return nil }
        // Two GLOTIP exports are vintages of one series: the later revises the earlier's figures.
        if glotipFiles.contains(file) && glotipFiles.contains(first.file) { return nil }
        return (filesRead[first.file], first.line, claims.wasRefused(first, key: key, kind: .figures))
    }
}
