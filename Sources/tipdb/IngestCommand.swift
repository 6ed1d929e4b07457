import ArgumentParser
import Foundation
import Ingest
import Storage

/// Ingest's `--kind` lists all four kinds, `measures` first, as files load (`tipdb search --kind`
/// takes `SearchKind`): with three, help and the error hid that a measures file exists.
extension RecordKind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension IngestOptions.OnError: ExpressibleByArgument {}

extension TipDB {
    struct IngestCommand: ParsableCommand, JSONReporting, HelpPages {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Load measures, sources, studies and figures from CSV, TSV, JSON, NDJSON or CSL-JSON files, and bulk datasets (UNODC GLOTIP, CTDC, OWID).",
            discussion: IngestHelp.discussion
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The files to load.")
        var files: [String]

        @Option(help: "What the files hold (default: inferred).")
        var kind: RecordKind?

        @Option(help: "The files' format (default: inferred).")
        var format: InputFormat?

        @Option(help: "glotip, ctdc, owid: cite this source key instead of making one from the file.")
        var source: String?

        @Option(help: "ctdc: the dataset the file is a version of.")
        var dataset: String?

        @Flag(help: "ctdc: load a file with columns that look like direct identifiers; those columns are not stored.")
        var allowIdentifiers = false

        @Option(help: "owid: the measure of every indicator column.")
        var measure: String?

        @Option(help: "owid: the grapher metadata JSON (default: FILE.metadata.json beside the CSV).")
        var metadata: String?

        @Option(help: "glotip, ctdc: the data's release day, YYYY-MM-DD.")
        var released: String?

        @Flag(help: "Report what a real run would do, and write nothing.")
        var dryRun = false

        @Option(help: "abort: an invalid row rejects the command. skip: load the valid rows; the view open_rejects lists the others.")
        var onError: IngestOptions.OnError = .abort

        // Taken unconditionally, as sql's: `--timeout -1` is a value to refuse, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp("How long to wait, in seconds, for another writer to finish before giving up as busy (exit 2).", valueName: "seconds"))
        var timeout = TimeoutSeconds(seconds: 5, written: "5")

        @Option(help: "A note kept with the ingest batch.")
        var note: String?

        @Flag(help: "Changes fix typing slips in tipdb's copy, not printed as \"revised from\". Figures and measures' definitions.")
        var correction = false

        @Flag(help: "Load figures tipdb retract withdrew (else skipped).")
        var restoreRetracted = false

        @Flag(help: "Print the report as JSON, and a failure (a usage error too) as {\"error\": ..., \"exitCode\": ...}.")
        var json = false

        @Flag(help: "Print only problems and warnings, and, when there are problems, each file's summary line.")
        var quiet = false

        // Never read here: `TipDB.showHelpPage` shows the page before the arguments are parsed.
        @Flag(help: "Show loading, updates and each column's values.")
        var helpDetails = false

        @Flag(help: "Show how GLOTIP, CTDC and OWID files are read.")
        var helpDatasets = false

        static var helpPages: [(flag: String, page: ParsableCommand.Type)] {
            [("--help-details", IngestDetailsPage.self), ("--help-datasets", IngestDatasetsPage.self)]
        }

        func validate() throws {
            if let problem = timeout.problem { throw ValidationError(problem) }
            if let released, let problem = IngestOptions.problem(released: released) { throw ValidationError(problem) }
        }

        func run() throws {
            SignalStop.arm()
            try ExitStatus.run(database: database.path, json: json, timeout: timeout) {
                // The wait for another writer's lock (`Database.stoppingOnSignal`) is bounded by --timeout.
                let db = try DatabaseFile.open(database.path, for: .write, busyTimeout: timeout.seconds)
                defer { db.close() }
                try SchemaUpkeep.refuseDamagedSearch(db, path: database.path, json: json)
                try SchemaUpkeep.refuseForeignTriggers(db, path: database.path, command: "tipdb ingest", json: json)
                let options = IngestOptions(
                    kind: kind, format: format, dryRun: dryRun, onError: onError, note: note, source: source,
                    dataset: dataset, allowIdentifiers: allowIdentifiers, measure: measure, metadata: metadata,
                    released: released, correction: correction, restoreRetracted: restoreRetracted)
                let bar = ProgressBar(enabled: !quiet && !json)
                let report: IngestReport
                do {
                    report = try Ingester(db: db, options: options).run(files, progress: bar.update)
                } catch let stopped as IngestInterrupted {
                    bar.finish()
                    throw SignalStop.failure(stopped.message, signal: stopped.stop.signal, json: json)
                }
                bar.finish()
                IngestOutput(report: report, json: json, quiet: quiet).print()
                SignalStop.noteIfLate(committed: report.committed)
                if !report.isClean { throw ExitStatus.rejected }
            }
        }
    }
}
