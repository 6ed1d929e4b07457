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
                each with its derivation in words (numbers grouped and forms named as a brief writes them: among the \
                1,200 people, form of exploitation forced labour; a figure an earlier tipdb derived with 1200 and \
                forced-labour in its notes is unchanged when derived again) and the dataset version's sha256; for a version loaded with \
                --on-error skip, the notes (and a note of the command) say how many of the file's rows it holds (not as \
                a number below --min-cell) and how many were refused (exactly, unless that gives a held number below \
                it: the file's total less the number of all people gives it anyway): the refused rows are counted nowhere. Dimensions map to figure fields: \
                country → place (WLD when not broken down), year → reference period (else the dataset's span), \
                gender → sex, age → age group, form → form; citizenship, means of control and not-recorded categories \
                are breakdowns (table figure_breakdowns). A figure whose key tipdb retract withdrew is not written \
                again: the summary counts it (N retracted (skipped)) and a note names it.

                DISCLOSURE CONTROL: every count below --min-cell (default 11, CTDC's rule) is stored censored and \
                shown as <11, never as a number; further counts are suppressed until the published ones tell a reader \
                nothing more about a <11 count than suppressing every count would (secondary suppression, checked \
                by an audit of what a reader can infer through every total, and through what form and means \
                imply: everyone is unrecorded or holds a flag, and no flag counts more than the people recorded); \
                the number of all people is always published. No share is computed over a suppressed or small denominator. \
                Counts published by an earlier derivation of the same dataset version stay as published \
                (a suppressed one keeps its bound or gets a tighter one the tables together imply), a new table is audited together with every earlier table of \
                the version (a reader holds them all) and with the tables of the dataset's other versions, where a count \
                that changed by fewer than --min-cell people is protected like a small count (a reader subtracts \
                one version from the other), and every derivation of one version must use the same \
                --min-cell. A table that no further suppression can protect is refused; when tables derived \
                before take part, the refusal says whether this table alone could be published and which of \
                them leaves it nothing to suppress. The audit spans one dataset's versions only, so a dataset \
                that holds the same people as another --dataset name with derived tables (the same file by \
                sha256, or one's case rows all in the other's, as an older release under a second name) is \
                refused, naming that dataset: derive from it, or load the releases as versions of one dataset.

                The counting and the audit read one snapshot of the database and keep no other writer out (an \
                ingest can run meanwhile); the write lock is taken only to write the figures. If the dataset's \
                versions, derivations, cases or derived figures changed in the meantime (or another dataset of its \
                variant got its first table), the table is audited again with them first (a note says so), as if \
                the two had run one after the other.

                --dry-run computes and reports exactly what a real run would, and writes nothing: it needs only read \
                access, and opens the database read-only.

                Case rows themselves are never printed. Exit codes: 0 derived; 1 refused (--min-cell \
                changed, a count that cannot be protected, another dataset of the same people); 2 database unusable (read-only here too, except for a dry run: said before any counting); 64 usage error (a --dataset or \
                --dataset-version the database does not hold too, with the closest names); 130, 143, 129 interrupted by \
                Ctrl-C, SIGTERM, SIGHUP: nothing written.
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

        @Flag(help: "Print every derived figure (a suppressed count as <N, N its published bound, as briefs print it; never as a number).")
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
                    throw SignalStop.failure(SignalStop.message("derive", stopped), stopped, json: json)
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
                        out.write("\(padding)\(line.shown)  \(line.kind)  \(line.cell)  (\(line.figure))\n")
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
