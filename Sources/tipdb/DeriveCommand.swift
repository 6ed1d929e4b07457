import ArgumentParser
import Foundation
import Ingest
import Storage

extension TipDB {
    struct DeriveCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "derive",
            abstract: "Derive aggregate figures from case-level data under disclosure control.",
            subcommands: [CTDC.self]
        )
    }
}

extension TipDB.DeriveCommand {
    struct CTDC: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "ctdc",
            abstract: "Count people in a CTDC dataset by country, citizenship, year, gender, age, form or means, with shares.",
            discussion: """
                Counts every cell of the table over the --by dimensions and every total (each dimension broken down \
                or summed over); people whose value was not recorded form a not-recorded category, so totals count \
                everyone. For form (of exploitation) and means (of control), which are multi-select flags, it also \
                stores shares with CTDC's denominator rule: only people with at least one flag of the group recorded \
                count in the denominator, so shares can add up to more than 100 %.

                The results are figures (measure victims-in-case-data, method derived, source: the dataset version), \
                each with its derivation in words and the dataset version's sha256; for a version loaded with \
                --on-error skip, the notes say how many of the file's rows it holds and how many were refused. \
                Dimensions map to figure fields: country → place (WLD when not broken down), year → reference \
                period (else the dataset's span), gender → sex, age → age group, form → form; citizenship, means \
                and not-recorded categories are breakdowns (table figure_breakdowns). A figure whose key tipdb \
                retract withdrew is not written again: the summary counts it and a note names it.

                DISCLOSURE CONTROL: every count below --min-cell (default 11, CTDC's rule) is stored censored and \
                shown as <11, never as a number; further counts are suppressed until the published ones tell a \
                reader nothing more about a <11 count than suppressing every count would (an audit of what a reader \
                can infer through every total, and through what form and means imply). The number of all people \
                is always published; no share is computed over a suppressed or small denominator. Counts published \
                before stay as published, and a new table is audited together with every earlier table of the \
                version (a reader holds them all) and with the tables of the dataset's other versions, where a \
                count that changed by fewer than --min-cell people is protected like a small count; every \
                derivation of one version uses the same --min-cell. A table no further suppression can protect is \
                refused, naming any earlier table that leaves it nothing to suppress; so is a dataset holding the \
                same people as another --dataset with derived tables (derive from that one, or load the releases \
                as versions of one dataset), or a dataset a version of which lost its case rows. A group of fewer \
                than --min-cell people is not broken down: even as <11, its cells would show its make-up.

                The counting and the audit read one snapshot (other writers go on); the write lock is taken only \
                to write, after auditing again with what changed meanwhile. --dry-run reports exactly what a real \
                run would (the same counts and notes) and writes nothing, with read access only. Case rows are never printed. The details: \
                README, "Derived aggregates".

                Exit codes: 0 derived; 1 refused (--min-cell \
                changed, a count that cannot be protected, another dataset of the same people, a version's case rows deleted); 2 database unusable (read-only here too, except for a dry run: said before any counting); 64 usage error (a --dataset or \
                --dataset-version the database does not hold too, with the closest names); 130, 143, 129 interrupted by \
                Ctrl-C, SIGTERM, SIGHUP: nothing written (it dies of the signal: a shell loop stops too).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The dataset name given at ingest (--dataset), e.g. ctdc-global.")
        var dataset: String

        @Option(parsing: .unconditional, help: "The dataset version to count (default: the latest).")
        var datasetVersion: Int?

        @Option(help: ArgumentHelp(
            "Dimensions, comma-separated: country, citizenship, year, gender, age, form, means.", valueName: "dimensions"))
        var by: [String]

        @Option(parsing: .unconditional, help: "Minimum cell size: smaller counts are stored and shown as <N.")
        var minCell: Int = DeriveOptions.defaultMinCell

        @Flag(help: "Compute and report, write nothing; needs read access only.")
        var dryRun = false

        @Flag(help: "Print every derived figure (a suppressed count as <N, N its published bound, as briefs print it; never as a number; a kept correction as stored, with what was derived).")
        var show = false

        @Flag(help: "Print the report as JSON, and a failure (a usage error too) as {\"error\": ..., \"exitCode\": ...}.")
        var json = false

        var dimensions: [CaseDimension] {
            by.flatMap { $0.split(separator: ",") }.compactMap { CaseDimension.named(String($0)) }
        }

        func validate() throws {
            let names = by.flatMap { $0.split(separator: ",") }.map(String.init)
            if names.isEmpty { throw ValidationError("--by needs at least one of country, citizenship, year, gender, age, form, means") }
            for name in names where CaseDimension.named(name) == nil {
                throw ValidationError("unknown dimension \"\(name)\" in --by; expected country, citizenship, year, gender, age, form or means")
            }
            if minCell < 2 { throw ValidationError("--min-cell must be 2 or more (CTDC's own rule is 11)") }
        }

        func run() throws {
            SignalStop.arm()
            try ExitStatus.run(database: database.path, json: json) {
                let options = DeriveOptions(
                    dataset: dataset, version: datasetVersion, dimensions: dimensions, minCell: minCell, dryRun: dryRun)
                let report: DerivationReport
                do {
                    report = try Self.derive(options, database: database.path)
                } catch let stopped as WriteInterrupted {
                    throw SignalStop.failure(SignalStop.message("derive", stopped), signal: stopped.signal, json: json)
                }
                SignalStop.noteIfLate(committed: !dryRun)
                if minCell < DeriveOptions.defaultMinCell {
                    Warning.print("--min-cell \(minCell) is below CTDC's own minimum cell size of \(DeriveOptions.defaultMinCell)")
                }
                if json {
                    print(try JSONLayout.document(report), terminator: "")
                    return
                }
                for note in report.notes {
                    Note.print(note)
                }
                if show {
                    let out = StandardOutput()
                    let width = report.lines.map(\.shown.count).max() ?? 0
                    for line in report.lines {
                        let padding = String(repeating: " ", count: width - line.shown.count)
                        let mark = line.correctionMark.map { "  \($0)" } ?? ""
                        out.write("\(padding)\(line.shown)  \(line.kind)  \(line.cell)  (\(line.figure))\(mark)\n")
                    }
                    out.flush()
                }
                print(report.summary)
            }
        }

        /// Runs the derivation on the database at `path`.
        ///
        /// A dry run only reads (it audits in a read transaction and previews what it would write),
        /// so it opens the file read-only: read access is enough (a data team checking a shared
        /// database before asking its owner to publish), with no copy of the database to make
        /// first. A real run where this process may only read the file fails with exit 2, after an
        /// unknown `--dataset` has been named (exit 64), the mistake to fix first, and before the
        /// counting and the audit: SQLite opens such a file without a word and fails only at the
        /// first write, which came after minutes of work on a large dataset, or after the audit's
        /// own refusal (exit 1) for a table the user could not have written anyway.
        static func derive(_ options: DeriveOptions, database path: String) throws -> DerivationReport {
            if options.dryRun {
                let db = try DatabaseFile.open(path, for: .read)
                defer { db.close() }
                return try db.stoppingOnSignal { try CaseDerivation(db: db, options: options).run() }
            }
            if !Database.isWritable(path: path) {
                let source = try DatabaseFile.open(path, for: .read)
                defer { source.close() }
                try options.checkDataset(in: source)
                // SQLITE_READONLY, as the first write would have failed: ExitStatus says what to check.
                throw StorageError(extendedCode: 8, message: "attempt to write a readonly database")
            }
            let db = try DatabaseFile.open(path, for: .write)
            defer { db.close() }
            return try db.stoppingOnSignal { try CaseDerivation(db: db, options: options).run() }
        }
    }
}
