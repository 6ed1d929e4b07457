import ArgumentParser
import Foundation
import Ingest
import Storage

extension RecordKind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension IngestOptions.OnError: ExpressibleByArgument {}

extension TipDB {
    struct IngestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Load sources, studies and figures from CSV, TSV, JSON, NDJSON or CSL-JSON files.",
            discussion: """
                All files of one command load in one transaction, in dependency order (sources, then studies, \
                then figures). With --on-error abort (the default) any invalid row rejects the whole command and \
                the database is unchanged; every problem is listed as FILE:LINE:COLUMN: message. With \
                --on-error skip the valid rows load and each rejected row is kept in ingest_rejects. \
                Re-ingesting a file changes nothing; a changed row updates its figure and keeps the previous \
                values in figure_revisions.

                Kind and format are inferred from the extension, the header and the JSON shape when not given.

                FILE CONTRACT (header names are case-insensitive; unknown columns are an error unless they \
                start with x_, which are kept as JSON in the extra column):
                  figures: key, measure, value, low, high, ci_level, unit, place, period (or period_start and \
                period_end), sex, age_group, form, source, study, locator, quote, cites, method, notes, tags.
                    Required: measure, value, place, period, source. Without a key, one is derived from \
                source:measure:place:period (plus subgroup and unit) and shown.
                  sources: key, kind, title, authors, publisher, date, url, doi, accessed, license, notes.
                    Required: key, title, and publisher or authors.
                  studies: key, title, source, method, period, places, population, sample_size, summary.
                JSON: an array of objects with the same names; NDJSON: one object per line; CSL-JSON: a \
                reference manager's export (id, type, title, author, issued, URL, DOI, publisher, ...; other \
                fields are kept for export).

                VALUES
                  numbers: 2450000, 2,450,000, 2.45 million, 150 billion, 1.4e6, 12%, US$236 billion; <5 is a \
                censored count (stored as between 1 and 4, never as 0 or 5).
                  periods: 2016, 1995-2004, 2019-06, 2019-06-30.
                  places: ISO alpha-2 or alpha-3, M49 number, English name or alias (World, Asia and the Pacific).
                  measures: code or label; units: persons, cases, USD, percent, percent-change, per-1000, \
                per-100000, index (default: the measure's unit), checked against the measure.
                  source, study and cites: keys in the database or in the same command; cites may not loop.
                  tags and places: separated by ;.

                Exit codes: 0 all loaded; 1 input rejected (abort) or rows skipped (skip); 2 database unusable.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The files to load.")
        var files: [String]

        @Option(help: "What the files hold: sources, studies or figures (default: inferred).")
        var kind: RecordKind?

        @Option(help: "File format: csv, tsv, json, ndjson or csl-json (default: inferred).")
        var format: InputFormat?

        @Flag(help: "Validate everything and report, write nothing.")
        var dryRun = false

        @Option(help: "abort: any invalid row rejects the command. skip: load valid rows, keep rejected ones in ingest_rejects.")
        var onError: IngestOptions.OnError = .abort

        @Option(help: "A note kept with the ingest batch.")
        var note: String?

        @Flag(help: "Print the report as JSON.")
        var json = false

        @Flag(help: "Print only errors.")
        var quiet = false

        func run() throws {
            try ExitStatus.run(database: database.path) {
                let db = try DatabaseFile.open(database.path, for: .write)
                defer { db.close() }
                let options = IngestOptions(kind: kind, format: format, dryRun: dryRun, onError: onError, note: note)
                let bar = ProgressBar(enabled: !quiet && !json)
                let report = try Ingester(db: db, options: options).run(files, progress: bar.update)
                bar.finish()
                IngestOutput(report: report, json: json, quiet: quiet).print()
                if !report.isClean { throw ExitStatus.rejected }
            }
        }
    }
}
