import Foundation
import Storage

/// `tipdb retract`: withdraws figures that should not be in the database, with a trail.
///
/// Why it exists: a row corrected in a file without a key column (another measure, place, period
/// or source) derives another key, so the corrected row loads as a new figure and the wrong one
/// stays in every brief beside it. Ingest only adds and updates; this removes. Each figure goes
/// from `figures` (with its tags, breakdowns and search entry) into `figure_retractions` (its
/// values, those too, and its revisions), under one `ingest_batches` row of format `retract`
/// whose note is the reason, all in one IMMEDIATE transaction.
///
/// Every key is checked before anything is written, and any problem withdraws nothing: a key
/// the database does not hold, a figure another figure cites (unless that one is retracted in the
/// same command), and a figure of a bulk dataset, which its next load would bring back (unless
/// its series' latest release no longer publishes it: `DroppedKeys`).
public struct FigureRetraction {
    let db: Database
    /// The keys to withdraw, each once, in the order given.
    let keys: [String]
    let reason: String
    /// A reason of its own for some keys (`tipdb retract --from`, `RetractionList`), kept with
    /// that figure instead of `reason`, which stays the batch's note.
    let reasons: [String: String]

    /// How many citing figures or dataset names a message lists before "and N more".
    static let listed = 5

    public init(db: Database, keys: [String], reason: String, reasons: [String: String] = [:]) {
        var seen = Set<String>()
        self.db = db
        self.keys = keys.filter { seen.insert($0).inserted }
        self.reason = reason
        self.reasons = reasons
    }

    /// Checks every key and, unless `dryRun`, withdraws the figures.
    ///
    /// A dry run only reads, so it leaves the file exactly as it was and needs read access only.
    ///
    /// - Throws: `RetractionError` listing every key that cannot be withdrawn (nothing is
    ///   written); a `StorageError` when the database cannot be used.
    public func run(dryRun: Bool) throws -> RetractionReport {
        try db.transaction(dryRun ? .deferred : .immediate) {
            var report = RetractionReport(dryRun: dryRun, reason: reason)
            report.figures = try check()
            guard !dryRun else { return report }
            let now = Timestamp.now()
            var batch = IngestBatch(
                file: (["retract"] + keys).joined(separator: " "), sha256: "", size: 0, format: "retract", kind: "figures",
                startedAt: now, options: "{\"keys\":\(JSONString.array(keys))}", note: reason)
            batch.id = try db.insertBatch(batch)
            for figure in report.figures {
                try db.retractFigure(key: figure.key, batch: batch.id, reason: reasons[figure.key] ?? reason, at: now)
            }
            batch.rowsRead = report.figures.count
            batch.rowsRetracted = report.figures.count
            try db.finishBatch(batch, at: Timestamp.now())
            report.batch = batch.id
            return report
        }
    }

    /// The figures to withdraw, or every reason some cannot be.
    private func check() throws -> [RetractionReport.Withdrawn] {
        var problems: [String] = []
        var found: [RetractionReport.Withdrawn] = []
        var allKeys: [String]?
        for key in keys {
            guard let row = try db.rows(
                """
                SELECT f.batch_id, b.format,
                    (SELECT s.series FROM series_figures s WHERE s.figure = f.key) AS series,
                    (SELECT d.name FROM datasets d WHERE d.source = f.source AND f.method = 'derived' LIMIT 1) AS dataset
                FROM figures f LEFT JOIN ingest_batches b ON b.id = f.batch_id WHERE f.key = ?
                """, [key]).first else {
                if allKeys == nil { allKeys = try db.rows("SELECT key FROM figures").compactMap { $0.string("key") } }
                problems.append(try unknown(key, among: allKeys ?? []))
                continue
            }
            let batch = row.int("batch_id") ?? 0
            // A figure its series' latest release no longer publishes: no load writes it again.
            if try DroppedKeys.release(droppingKey: key, db: db) == nil,
               let bulk = Self.bulkOrigin(key, series: row.string("series"), dataset: row.string("dataset"), format: row.string("format"), batch: batch) {
                problems.append(bulk)
                continue
            }
            found.append(.init(key: key, writtenBy: batch))
        }
        let withdrawn = Set(keys)
        for figure in found {
            let resting = try db.figuresResting(on: figure.key).filter { !withdrawn.contains($0.key) }
            let citing = resting.filter { $0.cites == figure.key }.map(\.key)
            guard !citing.isEmpty else { continue }
            problems.append(Self.citedMessage(figure.key, citing: citing, resting: resting.map(\.key)))
        }
        if !problems.isEmpty { throw RetractionError(problems: problems) }
        return found
    }

    /// Why `key` cannot be withdrawn while `citing` cite it: they are named, and when more
    /// figures rest on it through them (`resting`, nearest first, `Database.figuresResting(on:)`,
    /// the walk `report lineage` lists under "Repeated by"), every one of those too.
    ///
    /// Why the whole chain: the message named the direct repeats alone, and retracting them with
    /// the figure was refused again for their own repeats, one failed run per link (review of
    /// session 49). Each figure of the chain is named once, so one command can withdraw them all;
    /// only a chain of more than `chainListed` figures is cut short, `report lineage` listing it whole.
    static func citedMessage(_ key: String, citing: [String], resting: [String]) -> String {
        let count = citing.count == 1 ? "1 figure" : "\(citing.count) figures"
        let them = citing.count == 1 ? "it" : "them"
        let cited = "figure \"\(key)\" is cited by \(count) not retracted with it (\(list(citing))), whose lineage would break; "
        guard resting.count > citing.count else {
            return cited + "retract \(them) in the same command, or first ingest \(them) with another cites (an empty cites column clears it)"
        }
        let shown = resting.prefix(chainListed).joined(separator: ", ")
        let all = resting.count > chainListed
            ? "\(shown) and \(resting.count - chainListed) more (tipdb report lineage \(key) lists them all under Repeated by)" : shown
        return cited + "\(resting.count) figures not retracted with it rest on it, directly or through others: \(all); "
            + "retract them all in the same command, or first ingest the \(citing.count == 1 ? "one" : "ones") citing it "
            + "(\(list(citing))) with another cites (an empty cites column clears it)"
    }

    /// How many figures resting on a cited figure `citedMessage` names before "and N more".
    static let chainListed = 50

    /// Why `key` cannot be withdrawn: never in the database, withdrawn already, or the key of a
    /// source or study.
    private func unknown(_ key: String, among keys: [String]) throws -> String {
        if let earlier = try db.retraction(of: key) {
            return "figure \"\(key)\" was retracted already (\(earlier.particulars)); figure_retractions keeps it, and nothing is left to retract"
        }
        if let other = try otherRecord(key) { return other }
        return Suggestions.message(
            "unknown figure \"\(key)\"", for: key, among: keys,
            expected: "expected the key of a figure in the database (tipdb sql \"SELECT key FROM figures\" lists them)")
    }

    /// What to do when `key` names a source or a study, not a figure; nil when it names neither.
    ///
    /// Why: "unknown figure" (with figure keys that look nothing like it) read as if the source
    /// were missing, when the analyst meant to withdraw the source's figures. Retract takes figures
    /// only: a source stays, cited by its figures' revisions and retractions.
    ///
    /// A source no figure names any more (a duplicate whose figures were moved and retracted, as
    /// `same-doi` advises) got the same advice, which had nothing left to act on (review of session
    /// 48): it is told what retracting its figures already did.
    private func otherRecord(_ key: String) throws -> String? {
        guard let other = try db.notAFigure(key) else { return nil }
        // Asked of the owner, not read back from the sentence's words.
        if let owner = try db.keyOwner(key), owner.column == "source", owner.figures == 0 {
            return "\(other.sentence): retract takes figures, and a source stays in the database, cited by its figures' revisions "
                + "and retractions; once its figures are retracted or loaded with another source, and no study or dataset names it, "
                + "tipdb check's same-doi and same-source-twice no longer name it, and briefs and filtered report sources leave it out"
        }
        return "\(other.sentence): retract its figures by key, or list them with \(other.listCommand)"
    }

    /// Why a figure of a bulk dataset is not withdrawn, and what corrects it; nil for any other figure.
    ///
    /// Why refused: its dataset's next load (an export's next release, the same file again, a new
    /// derivation) would write it again under the same key, and the retraction would be silently
    /// undone. A figure a figures file gave the same key since is still the export's.
    static func bulkOrigin(_ key: String, series: String?, dataset: String?, format: String?, batch: Int64) -> String? {
        let origin: String
        let remedy: String
        if let series {
            origin = "one of the \(series) export's figures: the next export would write it again, and the series keeps the figures a newer export drops (figure_vintages.in_latest_vintage)"
            remedy = "load the corrected export, or ingest a figures file giving its key with the right values"
        } else if let dataset {
            origin = "derived from the case-level dataset \(dataset) by tipdb derive ctdc, which would derive it again"
            // Not "a figures file giving its key": a number written by hand skips disclosure
            // control, and ingest refuses one that would disclose a suppressed count (`DerivedCountCheck`).
            remedy = "correct the case data and derive again (tipdb ingest --format ctdc --dataset \(dataset) FILE, then tipdb derive ctdc --dataset \(dataset)), which audits the new version's tables under disclosure control"
        } else if let format, ["glotip", "owid", "derive"].contains(format) {
            origin = "written by a \(format) load (batch \(batch)), which would write it again when loaded again"
            remedy = "load a corrected file, or ingest a figures file giving its key with the right values"
        } else {
            return nil
        }
        return "figure \"\(key)\" is \(origin), so it is not retracted; to correct it, \(remedy)"
    }

    /// `a, b, c` or `a, b, c, d, e and 3 more`.
    static func list(_ keys: [String]) -> String {
        let shown = keys.prefix(listed).joined(separator: ", ")
        return keys.count > listed ? "\(shown) and \(keys.count - listed) more" : shown
    }
}
