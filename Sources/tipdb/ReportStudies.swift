import ArgumentParser
import Report
import Storage

extension TipDB.ReportCommand {
    /// `tipdb report studies`: the empirical studies in scope.
    struct StudiesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "studies",
            abstract: "List the studies in scope with their methods, populations, places and figures (Markdown or CSV).",
            discussion: """
                A study is in scope when it produced a figure in scope, or has no figure at all but covers a place and \
                years in scope, so a database without figures lists its studies. Filters that match neither a figure \
                nor a study are an error (exit 1: "no studies match ..."). --format csv writes a studies file that \
                tipdb ingest reads back into the same studies: the file contract's columns in its order (key, title, \
                source, method, period, places, population, sample_size, summary), places as codes, then the \
                studies' x_ columns; the Markdown has the source labels, place names and figures.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var scope: ReportFilterOptions

        @Option(name: .customLong("format"), help: ArgumentHelp("The output format (Markdown may also be given as markdown).", valueName: "format"))
        var formatChoice: FormatChoice<StudiesRenderer.Format> = FormatChoice(default: .md)

        /// The format in effect.
        var format: StudiesRenderer.Format { formatChoice.format }

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output (- is standard output); a name ending in .md, .csv, .html, .json or .bib must agree with --format; an existing file is replaced only once the new one is complete; a failed write names its cause (disk full, file-size limit, permission) and leaves no file (nor changes an existing one).", valueName: "file"))
        var output: String?

        @OptionGroup var spreadsheet: SpreadsheetOption

        func validate() throws {
            if let output { try OutputTarget.check(output, database: database.path) }
            if let output, let problem = OutputFileKind.problem(output: output, format: format, isDefault: formatChoice.isDefault, command: "report studies") {
                throw ValidationError(problem)
            }
            if let problem = spreadsheet.problem(format: format.rawValue, isCSV: format == .csv, isDefault: formatChoice.isDefault) {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            scope.warnOfFinancialYears()
            try ExitStatus.run(database: database.path) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                try ReportOutput(path: output, database: database.path).write(try StudiesReport(db: db).render(scope.filters, format: format, csvStyle: spreadsheet.csvStyle))
            }
        }
    }
}
