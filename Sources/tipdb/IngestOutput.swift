import Foundation
import Ingest
import Storage

/// Prints an ingest report: notes and errors on stderr, one summary line per file on stdout.
struct IngestOutput {
    let report: IngestReport
    let json: Bool
    let quiet: Bool

    /// What happened to the problems' rows, in one sentence: never "kept in ingest_rejects" unless
    /// they were, and never a hint that cannot help.
    var outcome: String {
        let count = report.errorCount
        let problems = "\(count) problem\(count == 1 ? "" : "s") found"
        let them = count == 1 ? "it" : "them"
        // --on-error skip skips rows; it cannot load a command with a file it cannot use.
        let wholeFile = "a command with a file it cannot use (missing, of unknown kind, given twice, an unusable header such as one with an unknown CSV or TSV column, or not readable to its end: invalid bytes, a quote never closed, a quote out of place in a row with a field that spans lines) is never loaded in part, even with --on-error skip"
        if report.disclosureRefused && !report.stoppedAtFile {
            return "\(problems); nothing was loaded: fix \(them) (a command that would publish a derived count disclosure control refuses is never loaded in part, even with --on-error skip)"
        }
        // An export older than the series' latest release: none of the unusable file's causes applies.
        if report.stoppedAtFile, !report.errors.isEmpty, report.errors.allSatisfy(\.olderRelease) {
            return "\(problems); nothing was loaded: an export older than its series' latest release already loaded is never "
                + "loaded, even with --on-error skip (the error says how to build a database that holds both)"
        }
        switch (report.onError, report.committed, report.dryRun, report.stoppedAtFile) {
        case (.abort, _, _, false) where everyRowRefused:
            return "\(problems); nothing was loaded: fix \(them) (every row was refused, so --on-error skip would load none)\(missingReferenceHint)"
        case (.abort, _, _, false):
            return "\(problems); nothing was loaded (fix \(them), or use --on-error skip to load the valid rows)\(missingReferenceHint)"
        case (.abort, _, _, true):
            return "\(problems); nothing was loaded: fix \(them) (\(wholeFile))"
        case (.skip, true, _, _):
            return "\(problems); the rows concerned were skipped and kept in ingest_rejects"
        case (.skip, false, true, false):
            return "\(problems); the rows concerned would be skipped (dry run: nothing was written)"
        case (.skip, false, _, _):
            return "\(problems); nothing was loaded: \(wholeFile)"
        }
    }

    /// Whether the files gave rows and every one of them was refused: `--on-error skip` then
    /// loads nothing, and the closing line must not offer it as the way out.
    var everyRowRefused: Bool {
        report.files.contains { $0.read > 0 } && report.files.allSatisfy { $0.rejected == $0.read }
    }

    /// The way out when rows name sources or studies that neither the database nor the command
    /// holds, and the command gave no file of that kind: most often the figures were loaded
    /// before their sources (`tipdb ingest figures.csv` on a new database: one error per row and
    /// reference, 116 for the Fixtures, and nothing that said to name the other files too).
    /// Empty otherwise, and when the command had such a file (a key misspelt in it, then).
    var missingReferenceHint: String {
        let kinds = Set(report.files.map(\.kind))
        let missing = [(RecordKind.sources, "sources.json"), (.studies, "studies.csv")].filter { kind, _ in
            !kinds.contains(kind.rawValue) && report.errors.contains { $0.unknownReference == kind }
        }
        guard !missing.isEmpty else { return "" }
        let names = missing.map(\.0.rawValue).joined(separator: " and ")
        let example = (missing.map(\.1) + report.files.map(\.file)).joined(separator: " ")
        return "; rows name \(names) that are neither in the database nor in this command: give their files in the same "
            + "command (tipdb ingest \(example)), or load them first"
    }

    func print() {
        // One problem at a time, spilled ones read back from their temporary file: a file of
        // 250,000 refused rows is listed without holding its messages in memory.
        do {
            try report.forEachError { error in FileHandle.standardError.write(Data("\(error)\n".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("tipdb: could not read back the problems kept in a temporary file (\(error.localizedDescription)); the rest are not listed\n".utf8))
        }
        // Warnings are printed even with --quiet and --json: they concern the data itself.
        for file in report.files {
            for warning in file.warnings {
                Warning.print("\(warning)")
            }
        }
        if json {
            // In pieces, each problem read back in turn: memory does not grow with them.
            do {
                try report.writeJSON { Swift.print($0, terminator: "") }
            } catch {
                fflush(nil)
                FileHandle.standardError.write(Data("tipdb: the JSON report could not be written to its end (\(error.localizedDescription)); the document printed is incomplete\n".utf8))
            }
            return
        }
        if !quiet {
            for file in report.files {
                for inferred in file.inferred { Note.print("\(file.file): \(inferred)") }
                // A rejected command has no writes left to tell (the ingester dropped them).
                for note in file.notes + file.writes { Note.print("\(file.file): \(note)") }
                for note in file.rowNotes { Note.print("\(note)") }
                if let keyless = file.keylessRows { Note.print("\(file.file): \(keyless)") }
            }
        }
        for file in report.files where !quiet || !report.isClean {
            Swift.print(file.line(dryRun: report.dryRun, commandRejected: report.commandRejected))
        }
        // The notes and the closing line below come after the summary lines, even when stdout is
        // a pipe or a file and so buffered: flush every output stream (stdout is the one that matters).
        fflush(nil)
        if !report.isClean {
            FileHandle.standardError.write(Data("tipdb: \(outcome)\n".utf8))
        }
    }
}
