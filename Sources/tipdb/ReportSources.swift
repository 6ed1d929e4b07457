import ArgumentParser
import Report
import Storage

extension TipDB.ReportCommand {
    /// `tipdb report sources`: the bibliography of a scope.
    struct SourcesCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "sources",
            abstract: "Write the bibliography: Markdown, CSL-JSON (re-imports with tipdb ingest) or BibTeX.",
            discussion: """
                Without filters every source in the database; with filters the sources of the figures in scope, \
                of the figures they repeat, and of their studies, and with --place also those of the figures for \
                other places that count only the places' citizens (or people by origin or birth), which the brief \
                of the same filters cites in its part on them. CSL-JSON merges back the CSL fields kept in \
                sources.csl (an author list stored there wins over the authors column) and writes the x_ columns \
                (sources.extra) as x_ members, so that tipdb ingest reads it back into the same sources, in this \
                database or a fresh one (a publisher standing in as author is marked in custom). \
                BibTeX writes each kind as the closest type with the fields it requires (a report's institution is \
                its publisher, else its organisation authors; an article without a journal is @misc, its publisher \
                howpublished), and biblatex's date beside year and month when a \
                day or the end of a date range is known; BibTeX reads keys without case, so of source keys that \
                differ only in case each after the first is written with -2, -3, ... added, with a warning. \
                Filters that match no figure are an error (exit 1: \
                "no sources match ..."). \
                With --format csl-json a failure, a usage error too, is also printed on standard output as \
                {"error": ..., "exitCode": ...}, -o or not.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var scope: ReportFilterOptions

        @Option(name: .customLong("format"), help: ArgumentHelp("The output format: a Markdown reference list (web addresses as <https://...> autolinks, unescaped), CSL-JSON for reference managers, or BibTeX (Markdown may also be given as markdown).", valueName: "format"))
        var formatChoice: FormatChoice<Bibliography.Format> = FormatChoice(default: .md)

        /// The format in effect.
        var format: Bibliography.Format { formatChoice.format }

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output (- is standard output); a name ending in .md, .json, .bib, .html or .csv must agree with --format; an existing file is replaced only once the new one is complete; a failed write names its cause (disk full, file-size limit, permission) and leaves no file (nor changes an existing one).", valueName: "file"))
        var output: String?

        /// `--format csl-json` asks for JSON; the last `--format` given counts (two are a usage error).
        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == Bibliography.Format.cslJSON.rawValue
        }

        func validate() throws {
            if let output { try OutputTarget.check(output, database: database.path) }
            // `-o refs.bib` without `--format bibtex` wrote Markdown into it (review W26, as for the brief).
            if let output, let problem = OutputFileKind.problem(output: output, format: format, isDefault: formatChoice.isDefault, command: "report sources") {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            scope.warnOfFinancialYears()
            try ExitStatus.run(database: database.path, json: format == .cslJSON) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let text = try Bibliography(db: db).render(scope.filters, format: format, warn: Warning.print)
                try ReportOutput(path: output, database: database.path).write(text)
            }
        }
    }
}
