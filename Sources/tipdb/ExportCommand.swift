import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct ExportCommand: ParsableCommand, JSONReporting {
        enum What: String, ExpressibleByArgument, CaseIterable {
            case datasetteMetadata = "datasette-metadata"
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export metadata for other tools: datasette-metadata writes a Datasette metadata.json.",
            discussion: """
                Use it as: tipdb export datasette-metadata -o metadata.json && datasette tipdb.sqlite -m metadata.json. \
                A warning on standard error names what publishing the database would expose besides its figures: \
                case-level rows, rows refused from case-level files in ingest_rejects (both tables, and the views \
                that read them such as open_rejects, hidden from Datasette's list, not from a query), and figures derived from a superseded dataset version, which \
                the export publishes beside the newer ones (the warning lists each derived version and when it was \
                last derived: tipdb derive audits a new table with the tables of the dataset's other versions, but \
                a table derived by a tipdb without that audit may still single out the people added or removed \
                between versions, and the database does not record which tipdb derived it); it says what to delete \
                from a copy (and to VACUUM it, so that the deleted rows leave the file). \
                It also warns of figures withdrawn with tipdb retract (figure_retractions keeps their values and reason), \
                exact earlier numbers of figures published only as <k now or since (figure_revisions keeps the count the \
                source suppressed; briefs and figure_citations withhold it), earlier numbers of another source under another licence (figure_revisions), and files named by a path \
                with folders, each with what to run on the copy to leave them out. \
                The metadata is keyed by the database's name, which Datasette takes from the file it serves (demo for \
                demo.sqlite) and ignores, without a word, for a file of another name: export from the copy you publish, \
                or give --name. \
                A table of figures whose every row comes from one source gets its source, source_url and license (each \
                when the source has one): figures when every figure does, figure_revisions and figure_citations only \
                when their earlier numbers are that source's too; otherwise each row names its own source, and the \
                sources table holds each one's URL and licence. No licence is given for the database as a whole. \
                sources, studies, figures and figures_searchable get fts_table and fts_pk (sources_fts, studies_fts, \
                figures_fts; keyed by id), so that Datasette's search box and ?_search= search the text tipdb \
                search indexes (figures by their quote and notes; tipdb search also finds figures by the names of \
                their place and measure, which Datasette's search does not): Datasette does not detect tipdb's \
                search indexes by itself, and without this metadata ?_search= on those tables returns every row. \
                Its output is JSON, so a failure, a usage error too, is also printed on standard output as \
                {"error": ..., "exitCode": ...}, -o or not.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "What to export: datasette-metadata.")
        var what: What

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- is standard output); a name ending in .md, .html, .csv or .bib is refused (the output is JSON); an existing file is replaced only once the new one is complete; a failed write names its cause (disk full, file-size limit, permission) and leaves no file (nor changes an existing one).")
        var output: String?

        @Option(help: ArgumentHelp(
            "The name Datasette will serve the database under, which keys the metadata: the served file's name without its extension (tipdb-public for tipdb-public.sqlite; a file name given is read so). Default: the --db file's.",
            valueName: "name"))
        var name: String?

        /// Every export is JSON: a failure is JSON too, whatever the arguments.
        static func asksForJSON(_ arguments: [String]) -> Bool { true }

        func validate() throws {
            if let name, DatasetteDatabaseName.of(given: name).trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--name \"\(name)\": no database name; expected the name Datasette serves the database under, such as tipdb-public for tipdb-public.sqlite")
            }
            if let output { try OutputTarget.check(output, database: database.path) }
            if let output, let problem = OutputFileKind.problem(output: output, writes: .json, command: "export \(what.rawValue)") {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            try ExitStatus.run(database: database.path, json: true) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let served = name.map(DatasetteDatabaseName.of(given:)) ?? DatasetteDatabaseName.of(file: database.path)
                let json = try SchemaDocumentation(db: db).datasetteMetadata(
                    databaseName: served, hidden: try SchemaDocumentation.hiddenTables(db),
                    figureSources: try DatasetteSource.ofEachTable(in: db))
                // The same checks and messages as a report's -o, and written atomically.
                try ReportOutput(path: output, database: database.path).write(json)
                let warnings = try SchemaDocumentation.publicationWarnings(db)
                for warning in warnings {
                    Warning.print(warning)
                }
                // Every warning advises publishing a copy, whose file name keys the metadata no more.
                if !warnings.isEmpty, name == nil {
                    Note.print(
                        "the metadata is keyed by the database name \(served) (from \(database.path)): Datasette applies it only to a file it serves "
                            + "as \(served), and ignores it without a word for a copy of another name (no descriptions, no hidden tables, and ?_search= "
                            + "returns every row); export the metadata from the copy you publish (tipdb export --db copy.sqlite datasette-metadata), "
                            + "or give --name with the copy's name")
                }
            }
        }
    }
}
