import Foundation
import Storage

/// The `cites` links a command wrote, checked once every file is in.
extension Ingester {
    /// Checks every `cites` written by this command once all files are in: the cited figure must
    /// exist (it may come later in the file), and no chain may loop.
    ///
    /// A refused link may leave another row citing a figure that is refused (under
    /// `--on-error skip` taken back out, which may also break a loop that made another chain look
    /// circular), so the links left are checked again until a round refuses none, in both modes.
    func finishLineage() throws {
        // Why a cited figure is missing, or nil when it is only counted (see `unusableFiles`).
        func missing(_ key: String) -> String? {
            if let place = refusedKeys[.figures]?[key] { return Self.refusedReference("figure", key, at: place) }
            if let retraction = retractions.citedMessage(for: key, restoring: options.restoreRetracted) { return retraction }
            guard !mayBeDefinedByUnusableFile(.figures) else {
                unlistedReferences += 1
                return nil
            }
            if let other = try? db.notAFigure(key) {
                return "\(other.sentence); cites takes the key of the figure this row repeats, and its source goes in source: list the figures with \(other.listCommand)"
            }
            return LineageCheck.unknownFigure(key, suggesting: (try? citeSuggestions(for: key)) ?? [])
        }
        var check = lineage
        // New figures refused by the rounds below: skip takes them back out; abort leaves them written.
        var withdrawn = Set<String>()
        while !check.written.isEmpty {
            var failures = try check.failures(in: db, missing: missing)
            // A repeat published before what it cites, judged as tipdb check judges it, once the
            // cited figure, the sources and their dates of every file are in.
            let broken = Set(failures.map(\.0.key))
            failures += try RepeatTimingCheck.refusals(among: check.written.filter { !broken.contains($0.key) }, db: db)
            if options.onError == .abort {
                // The rows citing a withdrawn figure still find it under abort: refuse them as
                // skip's next round does, so that both modes list and count the same rows. (A
                // refused update leaves the stored figure, which its citers may keep citing.)
                let failed = Set(failures.map(\.0.key))
                failures += check.written.filter { !failed.contains($0.key) && withdrawn.contains($0.cites) }
                    .map { ($0, missing($0.cites)) }
            }
            guard !failures.isEmpty else { break }
            for (entry, message) in failures { try refuseLink(entry, message) }
            withdrawn.formUnion(failures.filter { $0.0.outcome == .inserted }.map(\.0.key))
            withdrawnFigures = withdrawn
            let refused = Set(failures.map(\.0.key))
            check.written.removeAll { refused.contains($0.key) }
        }
        // Rows refused for other problems: their cites is named too, so one run lists everything.
        for reference in refusedCites {
            // A figure withdrawn above is still stored under abort, but no more loads than under skip.
            guard try withdrawn.contains(reference.key) || db.integer("SELECT count(*) FROM figures WHERE key = ?", [reference.key]) == 0,
                  let message = missing(reference.key) else { continue }
            report.errors.append(IngestIssue(file: reference.file, line: reference.line, column: reference.column, message: "cites: \(message)"))
            if let kept = reference.reject { try db.appendReason("cites: \(message)", toReject: kept) }
        }
    }

    /// The figure keys closest to `key`, a `cites` that names no figure (`Suggestions.closest`),
    /// among the figures stored and those this command wrote (in the same transaction: under
    /// abort a row refused here is still among them, as `notAFigure` finds it).
    ///
    /// The keys are read once per command, when a cite first dangles, and each dangling key is
    /// ranked once however many rows cite it. Past `suggestedCitesLimit` distinct keys no more are
    /// ranked: a file citing thousands of keys another file defines (one not given) would
    /// otherwise rank each against every stored key.
    func citeSuggestions(for key: String) throws -> [String] {
        if let known = citeSuggestionsMade[key] { return known }
        guard citeSuggestionsMade.count < Self.suggestedCitesLimit else { return [] }
        let keys = try figureKeysForSuggestions ?? db.rows("SELECT key FROM figures").compactMap { $0.string("key") }
        figureKeysForSuggestions = keys
        let found = Suggestions.closest(to: key, among: keys)
        citeSuggestionsMade[key] = found
        return found
    }

    /// How many distinct dangling `cites` keys one command ranks suggestions for.
    static let suggestedCitesLimit = 100

    /// Lists a written row whose `cites` failed and counts it as rejected; under skip, takes it
    /// back out and keeps it in `ingest_rejects`.
    func refuseLink(_ entry: LineageCheck.Entry, _ message: String?) throws {
        let named = entry.derivedKey ? IngestIssue.derivedKeyNote(entry.key) : ""
        if let message {
            report.errors.append(IngestIssue(file: entry.file, line: entry.line, column: entry.column, message: "cites: \(message)\(named)"))
        }
        // Counted as rejected in both modes, so that a summary never shows a row as inserted
        // beside the error that refused it.
        if let index = report.files.firstIndex(where: { $0.batch == entry.batch }) {
            report.files[index].uncount(entry.outcome)
            report.files[index].rejected += 1
            if entry.derivedKey {
                report.files[index].derivedKeys -= 1
                report.files[index].keylessRejected += 1
                report.files[index].derivedKeyExamples.removeAll { $0.hasSuffix(": \(entry.key)") }
            }
        }
        // A row citing this one is now citing a refused row, and is told so.
        if refusedKeys[.figures]?[entry.key] == nil {
            refusedKeys[.figures, default: [:]][entry.key] = "\(entry.file):\(entry.line)"
        }
        guard options.onError == .skip else { return }
        // The row was written before its reference could be checked: take it back out.
        switch entry.outcome {
        case .inserted: try db.deleteFigure(key: entry.key)
        case .updated: if let previous = entry.previous { try db.restore(previous, batch: entry.batch, updatedAt: entry.previousUpdatedAt) }
        case .unchanged: break
        }
        try db.insertReject(batch: entry.batch, line: entry.line, column: entry.column, raw: entry.raw,
                            reason: "cites: \(message ?? "the cited figure was not found, and a file that may define it could not be used")\(named)")
    }
}
