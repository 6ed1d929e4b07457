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
                When every figure comes from one source, the tables of figures get its source, source_url and \
                license (each when the source has one); otherwise each row names its own source, and the sources \
                table holds each one's URL and licence. No licence is given for the database as a whole. \
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

        /// Every export is JSON: a failure is JSON too, whatever the arguments.
        static func asksForJSON(_ arguments: [String]) -> Bool { true }

        func validate() throws {
            if let output { try OutputTarget.check(output, database: database.path) }
            if let output, let problem = OutputFileKind.problem(output: output, writes: .json, command: "export \(what.rawValue)") {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            try ExitStatus.run(database: database.path, json: true) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let name = URL(fileURLWithPath: database.path).deletingPathExtension().lastPathComponent
                let json = try SchemaDocumentation(db: db).datasetteMetadata(
                    databaseName: name, hidden: try SchemaDocumentation.hiddenTables(db),
                    figureSource: try DatasetteSource.ofEveryFigure(in: db))
                // The same checks and messages as a report's -o, and written atomically.
                try ReportOutput(path: output, database: database.path).write(json)
                for warning in try SchemaDocumentation.publicationWarnings(db) {
                    Warning.print(warning)
                }
            }
        }
    }
}
