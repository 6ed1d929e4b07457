import Foundation
import Storage

/// Loads UNODC's GLOTIP data export: two preamble lines (publisher, export date), the header,
/// then one figure per row.
///
/// The export becomes a source (publisher UNODC, the export date as its date, the file's
/// SHA-256 in its notes) unless `--source` names one, and a vintage of the `unodc-glotip`
/// series: figure keys do not depend on the vintage, so a newer export revises changed figures
/// (previous values in `figure_revisions`), moves unchanged ones to the new vintage's source, and
/// leaves figures it no longer holds in place, marked as not in the latest vintage.
struct GLOTIPLoader {
    static let series = "unodc-glotip"
    let context: DatasetContext

    func load(summary: inout FileSummary, progress: ((Ingester.Progress) -> Void)?) throws -> DatasetOutcome {
        let file = context.path
        let opened: GLOTIPFile
        do {
            opened = try GLOTIPFile(path: file)
        } catch {
            return .stop(error)
        }
        if !opened.layout.unknown.isEmpty {
            summary.notes.append("columns not read (not part of the GLOTIP export): \(opened.layout.unknown.joined(separator: ", "))")
        }
        let released: String
        switch opened.exportDate {
        case .date(let date):
            if let given = context.options.released, given != date {
                return .stop(IngestIssue(file: file, line: opened.exportDateLine, column: 1, message: "the preamble dates this export \(date), and --released says \(given); expected --released only for a file without the preamble (or whose preamble date cannot be read), or the same date"))
            }
            released = date
        case .missing:
            if let given = context.options.released {
                released = given
                summary.notes.append("no export date in a preamble line; --released \(given) is used as the vintage date")
            } else {
                released = context.modificationDay
                summary.notes.append("no export date in a preamble line; the file's modification date \(released) is used as the vintage date (give the export date with --released YYYY-MM-DD)")
                // As CTDC's loader does: a brief's provenance says the date is the copy's, not UNODC's.
                try context.db.execute(
                    "UPDATE ingest_batches SET options = json_set(coalesce(options, '{}'), '$.released_from_mtime', ?) WHERE id = ?",
                    [released, context.batch])
            }
        case .unreadable(let text, let issue):
            // Never the modification date here: the line says there is a date, only not which.
            guard let given = context.options.released else { return .stop(issue) }
            released = given
            summary.rowNotes.append(IngestIssue(
                file: file, line: issue.line > 0 ? issue.line : opened.exportDateLine, column: issue.line > 0 ? issue.column : 1,
                message: "the export date \"\(text)\" cannot be read; --released \(given) is used as the vintage date"))
        }

        let vintages = SeriesVintage(db: context.db, series: Self.series)
        let decision: SeriesVintage.Decision
        switch try vintages.decide(sha256: context.sha256, released: released) {
        case .success(let decided): decision = decided
        case .failure(let failure):
            var issue = IngestIssue(file: file, line: opened.exportDateLine, column: 1, message: failure.message)
            issue.olderRelease = true
            return .stop(issue)
        }
        if case .superseded(let number, let latest, let figures) = decision {
            // The same bytes as a vintage already loaded: its figures, as recorded then, are what
            // the file holds, and none of them is written again (vintage `latest` has the newer values).
            summary.read = figures
            summary.unchanged = figures
            summary.notes.append("this file is vintage \(number) of \(Self.series), already loaded and superseded by vintage \(latest): nothing to do; its \(figures) figures keep the values of vintage \(latest) where it revised them")
            return DatasetOutcome()
        }

        let source: String
        do {
            source = try context.namedSource() ?? (try writeSource(released: released, summary: &summary))
        } catch let issue as IngestIssue {
            return .stop(issue)
        }
        let droppedBefore = try vintages.notInLatest()
        let vintageID: Int64
        let number: Int
        switch decision {
        case .new(let n): (vintageID, number) = (try vintages.create(source: source, released: released, sha256: context.sha256, batch: context.batch), n)
        case .reload(let id, let n): (vintageID, number) = (id, n)
        case .superseded: return DatasetOutcome()
        }

        var rows = GLOTIPRows(context: context, file: opened, source: source, vintages: vintages, vintage: vintageID)
        rows.droppedBefore = droppedBefore
        let outcome = try rows.load(summary: &summary, progress: progress)
        if let note = Self.unnamedNote(opened.layout.unnamed, values: rows.unnamedValues) { summary.notes.append(note) }
        guard !outcome.fatal else { return outcome }
        // A header without rows is no release: loaded as the newest vintage it would mark every
        // figure of the series as dropped from the latest release (an empty figures file is refused too).
        if summary.read == 0 {
            return .stop(IngestIssue(
                file: file, line: opened.headerLine, column: 1,
                message: "the export holds no data rows: its header is its last line; expected at least one row below the header (a GLOTIP export without rows would become the latest vintage of \(Self.series) and mark every figure of it as not in the latest release): export it again"))
        }
        // Every row refused under --on-error skip, which would commit: no figure to make a release of, and the same
        // harm as an empty export if it became the newest vintage.
        if rows.figures == 0, context.options.onError == .skip, case .new = decision {
            // The rows' own errors first: they say what to correct.
            var stop = outcome
            stop.errors.append(IngestIssue(
                file: file, line: opened.headerLine, column: 1,
                message: "no row of the export could be loaded (each was refused: see its error); expected at least one figure, since an export without any would become the latest vintage of \(Self.series) and mark every figure of it as not in the latest release: correct the rows and load it again"))
            stop.fatal = true
            return stop
        }
        let finished = try vintages.finish(vintage: vintageID, figures: rows.figures, refused: rows.refusedKeys)
        let missing = finished.absent.count
        // Worded for a command that is rejected too (a refused row, another file): it warns of the export, marking nothing.
        if case .new = decision, let dropped = try vintages.dropped(since: vintageID, refused: rows.refusedKeys), dropped.lacking * 2 > dropped.of {
            summary.warnings.append(IngestIssue(
                file: file, line: opened.exportDateLine, column: 1,
                message: "this export lacks \(dropped.lacking) of the \(dropped.of) figures of vintage \(dropped.number) of \(Self.series) (export of \(dropped.released)), which loading it marks as not in the latest release; expected a full export: one filtered to some countries or indicators, or cut short, is not a new release of the rest (once it is loaded, restore a backup, or load the full export, which moves them back)"))
        }
        let dropped = DroppedFigures(series: Self.series, keys: finished.absent, refused: finished.refused)
        try dropped.record(batch: context.batch, db: context.db)
        if let text = dropped.note(release: "vintage \(number) (export of \(released))", batch: context.batch,
                                   kept: "with the values of the vintage that last published each, and marked as not in the latest release (figure_vintages)") {
            // A write, not a finding: a rejected command marked nothing, and its advice to retract would remove figures
            // the latest vintage still publishes.
            summary.writes.append(text)
        }
        var note = "vintage \(number) of \(Self.series): export of \(released) (source \(source))"
        let changed = summary.inserted + summary.updated + rows.moved + rows.relabelled > 0
        if case .reload = decision { note += changed ? ", loaded again" : ", loaded again: nothing moves" }
        if summary.updated > 0 { note += "; \(summary.updated) figure\(summary.updated == 1 ? "" : "s") revised (previous values in figure_revisions)" }
        // A figure back after a vintage dropped it is news of its own, not one of the unchanged.
        let moved = rows.moved - rows.republishedUnchanged
        if moved > 0 {
            note += "; \(moved) unchanged figure\(moved == 1 ? "" : "s") now cite\(moved == 1 ? "s" : "") this export (the vintages each appeared in are in figure_vintages)"
        }
        if let again = RepublishedFigures(keys: rows.republished).phrase(after: "an earlier vintage") { note += "; " + again }
        if rows.relabelled > 0 {
            let one = rows.relabelled == 1
            note += "; \(rows.relabelled) unchanged figure\(one ? " is" : "s are") worded differently in this export (a category spelled otherwise, "
                + "naming the same place or group): \(one ? "its" : "their") locator now quotes this export, and the value, unchanged, is no revision"
        }
        // A first vintage adds every figure: the count is news only once the series holds some.
        if summary.inserted > 0, number > 1 || decision != .new(number: number) {
            note += "; \(summary.inserted) figure\(summary.inserted == 1 ? "" : "s") added"
        }
        if missing > 0 {
            note += "; \(missing) figure\(missing == 1 ? "" : "s") of earlier vintages not in this export, kept and marked as not in the latest vintage (figure_vintages)"
        }
        if !finished.refused.isEmpty {
            let one = finished.refused.count == 1
            note += "; \(finished.refused.count) figure\(one ? "" : "s") of earlier vintages whose row\(one ? "" : "s") this export holds but refused (see the errors) "
                + "\(one ? "keeps its" : "keep their") earlier values: not counted as no longer published"
        }
        summary.writes.append(note)
        return outcome
    }

    /// The note on columns without a name, by their position, and whether any row gave them a value:
    /// "columns not read (not part of the GLOTIP export): 1 column without a name (column 14, empty
    /// in every row)"; nil when the header names every column.
    ///
    /// Why: a GLOTIP export re-saved from a spreadsheet often ends every line with a comma, and the
    /// note listed the unknown columns by name, so it named nothing (rapporteur's review, session 50).
    static func unnamedNote(_ unnamed: [Int], values: [Int: (rows: Int, line: Int)]) -> String? {
        guard !unnamed.isEmpty else { return nil }
        let each = unnamed.map { field -> String in
            guard let found = values[field] else { return "column \(field + 1), empty in every row" }
            let rows = found.rows == 1 ? "1 row, on line \(found.line)" : "\(found.rows) rows, the first on line \(found.line)"
            return "column \(field + 1), with a value in \(rows)"
        }
        let count = unnamed.count == 1 ? "1 column" : "\(unnamed.count) columns"
        return "columns not read (not part of the GLOTIP export): \(count) without a name (\(each.joined(separator: "; ")))"
    }

    /// Creates (or confirms) the source for this export and returns its key.
    private func writeSource(released: String, summary: inout FileSummary) throws -> String {
        var key = "\(Self.series)-\(released)"
        if let existing = try context.db.source(key: key), !(existing.notes ?? "").contains(context.sha256) {
            key += "-" + context.sha256.prefix(8)
        }
        let opening = "UNODC data portal export \(context.fileName), sha256 \(context.sha256). Counts below 5 are published as <5. A vintage of the \(Self.series) series: "
        let source = Source(
            key: key, kind: "dataset",
            title: "Global Report on Trafficking in Persons (GLOTIP) data, export of \(released)",
            publisher: "UNODC", published: released, url: "https://dataunodc.un.org/", accessed: released,
            notes: opening + "a newer export may revise these figures.")
        // Written before as if a newer export were known to revise them, even for the latest.
        if try context.upsert(source, formerNotes: opening + "a newer export revises these figures.") == .inserted {
            summary.writes.append("source \(key) created for this export")
        }
        return key
    }
}
