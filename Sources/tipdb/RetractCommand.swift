import ArgumentParser
import Foundation
import Ingest
import Storage

extension TipDB {
    struct RetractCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract: "Withdraw figures that should not be in the database, keeping their values and why they went.",
            discussion: """
                For a figure loaded by mistake, or left behind by a correction: a row corrected in a file without a key \
                column (another measure, place, period or source) derives another key, so ingest loads it as a new \
                figure and the old one stays in every brief (ingest notes when a file no longer holds a figure it \
                wrote). Each figure named leaves figures, and with it the views, briefs (whose data gaps name it) and \
                search; its tags, breakdowns and search entry go too. Its last values, tags, breakdowns and earlier revisions are kept \
                in figure_retractions, with the reason and the retract batch (ingest_batches: format retract, kind \
                figures, the reason as note). Every figure goes in one transaction. A later ingest or derivation \
                skips a row with a retracted key (its file's line counts it, a note names it), so that a file not yet \
                corrected does not bring the figure back; tipdb ingest --restore-retracted loads it again as a new figure.

                Nothing is withdrawn when any key cannot be, and every problem is listed: a key the database does \
                not hold (with the closest keys; for the key of a source or study, how to list its figures); \
                a figure another figure cites, unless that one is retracted in the \
                same command (or first ingested with another cites), with every figure resting on it, directly or \
                through others, so that one command can withdraw the chain; a figure of a bulk dataset (a GLOTIP or Our \
                World in Data export, or derived from CTDC case data), which its next load would bring back: correct \
                it at its source, or give its key in a figures file with the right values (derived: correct the \
                case data and derive again). A figure the latest \
                export or download of its series no longer publishes (ingest's note names it) is withdrawn.

                --from FILE reads the figures and their reasons from a CSV file, as another database exports them: \
                tipdb sql --format csv "SELECT figure, reason FROM figure_retractions" > gone.csv; each keeps its own \
                reason (--reason for rows without one), and a key this database does not hold is skipped with a note.

                --dry-run checks and lists what would be withdrawn, and writes nothing (read access is enough).

                --json prints the outcome as one JSON document, {"batch": ..., "dryRun": ..., "figures": [{"key": ..., \
                "writtenBy": ...}], "problems": [...], "reason": ...}, also when the command is refused (exit 1: \
                "problems" lists why, "figures" is empty, there is no "batch"); any other failure, a usage error \
                included, as {"error": ..., "exitCode": ...}.

                Exit codes: 0 withdrawn; 1 refused (nothing withdrawn); 2 database unusable; 64 usage error; \
                130, 143, 129 interrupted by Ctrl-C, SIGTERM, SIGHUP (nothing withdrawn; it dies of the \
                signal: a shell loop stops too).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The keys of the figures to withdraw.", valueName: "key"))
        var keys: [String] = []

        @Option(help: ArgumentHelp("Why the figures are withdrawn; kept with them (required, unless --from gives each its reason).", valueName: "text"))
        var reason: String?

        @Option(help: ArgumentHelp("A CSV file of figure (or key) and reason columns, as tipdb sql exports figure_retractions.", valueName: "file"))
        var from: String?

        @Flag(help: "Check and list what would be withdrawn; write nothing.")
        var dryRun = false

        @Flag(help: "Print the outcome as JSON (a refusal too, with its problems), and any other failure (a usage error too) as {\"error\": ..., \"exitCode\": ...}.")
        var json = false

        func validate() throws {
            if keys.isEmpty && from == nil {
                throw ValidationError("no figure key given; expected the keys of the figures to withdraw, or --from FILE")
            }
            if reason == nil && (from == nil || !keys.isEmpty) {
                throw ValidationError("--reason is missing; expected why the figures are withdrawn, which is kept with them")
            }
            if let reason, reason.allSatisfy(\.isWhitespace) {
                throw ValidationError("--reason is empty; expected why the figures are withdrawn, which is kept with them")
            }
        }

        func run() throws {
            SignalStop.arm()
            try ExitStatus.run(database: database.path, json: json) {
                let db = try DatabaseFile.open(database.path, for: dryRun ? .read : .write)
                defer { db.close() }
                if !dryRun { try SchemaUpkeep.refuseForeignTriggers(db, path: database.path, command: "tipdb retract", json: json) }
                let given = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
                var keys = keys
                var reasons: [String: String] = [:]
                if let from {
                    let list: RetractionList
                    do { list = try RetractionList.read(path: from, fallback: given, db: db) } catch let error as RetractionError {
                        for problem in error.problems { ExitStatus.printError(problem) }
                        FileHandle.standardError.write(Data("tipdb: nothing was retracted\(dryRun ? " (dry run)" : "")\n".utf8))
                        throw ExitStatus.rejected
                    }
                    for note in list.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                    (keys, reasons) = (keys + list.keys, list.reasons)
                    if keys.isEmpty {
                        let out = StandardOutput()
                        out.write("0 figures retracted: \(from) names none this database holds\n")
                        out.flush()
                        return
                    }
                }
                let reason = given ?? "retractions read from \(from ?? "")"
                let retraction = FigureRetraction(db: db, keys: keys, reason: reason, reasons: reasons)
                let report: RetractionReport
                do {
                    report = try db.stoppingOnSignal { try retraction.run(dryRun: dryRun) }
                } catch let stopped as WriteInterrupted {
                    throw SignalStop.failure(SignalStop.message("retract", stopped), signal: stopped.signal, json: json)
                } catch let error as RetractionError {
                    for problem in error.problems { ExitStatus.printError(problem) }
                    FileHandle.standardError.write(Data("tipdb: nothing was retracted\(dryRun ? " (dry run)" : "")\n".utf8))
                    if json { print(try JSONLayout.document(RetractionReport(dryRun: dryRun, reason: reason, problems: error.problems)), terminator: "") }
                    throw ExitStatus.rejected
                }
                SignalStop.noteIfLate(committed: !dryRun)
                let out = StandardOutput()
                if json {
                    out.write(try JSONLayout.document(report))
                } else {
                    for line in report.lines { out.write(line + "\n") }
                }
                out.flush()
            }
        }
    }
}
