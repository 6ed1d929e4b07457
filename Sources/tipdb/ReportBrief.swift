import ArgumentParser
import Foundation
import Report
import Storage

extension TipDB.ReportCommand {
    /// `tipdb report brief`: a policy brief in Markdown, HTML, JSON or CSV, or through a template.
    struct BriefCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "brief",
            abstract: "Write a policy brief: key figures, comparability, charts, lineage, studies, gaps, references.",
            discussion: """
                Every number is cited; repeated figures are traced to their primary source; mixes that cannot be \
                compared as equals are stated, as are figures tipdb check calls an error (a negative count, a \
                period such as 2019-02-30), which a key figure passes over where it can, and jumps of 10 times or more in a series; gaps are listed (each country's years too), with figures withdrawn by tipdb retract; a \
                figure whose number a later load changed says what it was revised from, and when. A chart says on \
                it if its figures are from different studies or periods of unlike length, or only in an earlier release. Regions (never the world) \
                that overlap a --place without lying within it, \
                or contain the country asked for, are named in the gaps but left out; its citizens' figures elsewhere \
                (citizenship: VNM) have a part of their own. Without filters the brief covers the whole database; an empty scope \
                is an error (exit 1).

                FORMATS
                  md: Markdown. URLs as <https://...>. With -o the charts are written as SVG files next to the file, and those of an \
                earlier brief under that name that this one does not draw are removed (only tipdb's own; another \
                file is kept, with a warning); to standard output, a \
                device or a pipe, such as -o /dev/stdout or -o >(gzip > b.md.gz), only the brief is written, each \
                chart's figures as a table in its place, and a note on standard error says so.
                  html: one self-contained page with inline SVG and a print stylesheet.
                  json: the data model. A failure, a usage error too, is also printed on standard output as \
                {"error": ..., "exitCode": ...}, -o or not.
                  csv: the figures table, each row with its source's full reference entry.

                TEMPLATES
                  --template renders a Mustache template with the same data model as json: values HTML-escaped \
                with --format html, written as they are with md; json and csv are refused with a template (exit 64).
                  A tag that no brief can fill (a field the model never has, such as {{titel}}, a transform that \
                does not apply, a partial) is listed as FILE:LINE:COLUMN with the fields expected there, and \
                nothing is written (exit 1); so is a template that is not valid Mustache (a section or a tag \
                never closed, a close that does not match), at the tag at fault with what would close it, and \
                a template file missing or not UTF-8.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var scope: ReportFilterOptions

        @Option(help: "The brief's title, with at least one visible character (default: made from the scope).")
        var title: String?

        @Option(name: .customLong("format"), help: ArgumentHelp("The output format (see FORMATS; Markdown also as markdown).", valueName: "format"))
        var formatChoice: FormatChoice<ReportFormat> = FormatChoice(default: .md)

        /// The format in effect.
        var format: ReportFormat { formatChoice.format }

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output (- is standard output); a name ending in .md, .html, .json, .csv or .bib must agree with --format; a failed write says why and changes no file.", valueName: "file"))
        var output: String?

        @OptionGroup var spreadsheet: SpreadsheetOption

        @Option(help: ArgumentHelp(
            "A Mustache template for the brief's data model, checked first: each tag must name a field of it.",
            valueName: "file"))
        var template: String?

        @Option(help: ArgumentHelp(
            "The brief's date (default: $SOURCE_DATE_EPOCH, else today, UTC; a SOURCE_DATE_EPOCH not a whole number of seconds is a usage error, an empty one is unset).", valueName: "YYYY-MM-DD"))
        var date: String?

        /// `--format json` asks for JSON; the last `--format` given counts (two are a usage error).
        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == ReportFormat.json.rawValue
        }

        func validate() throws {
            if let output { try OutputTarget.check(output, database: database.path) }
            // `-o brief.html` without `--format html` wrote Markdown into a file a browser then
            // showed as text (review W26): a file name that says another format is refused.
            if let output, let problem = OutputFileKind.problem(output: output, format: format, isDefault: formatChoice.isDefault, command: "report brief") {
                throw ValidationError(problem)
            }
            if let problem = spreadsheet.problem(format: format.rawValue, isCSV: format == .csv, isDefault: formatChoice.isDefault) {
                throw ValidationError(problem)
            }
            // A title with nothing to see printed a bare `# ` heading and an empty HTML <title>.
            if let title, let problem = BriefTitle.problem(title) { throw ValidationError(problem) }
            if let date, !BriefDate.isValid(date) {
                throw ValidationError("\"\(date)\" is not a date; expected --date YYYY-MM-DD, such as 2026-11-29")
            }
            // A template's output is the template's text: the format only says how values are
            // escaped in it, which json and csv would not do (they printed the template unescaped).
            if template != nil, format == .json || format == .csv {
                throw ValidationError(
                    "--template writes the template's own text; expected --format md (values as they are) or html (values HTML-escaped), not \(format.rawValue)")
            }
        }

        func run() throws {
            scope.warnOfFinancialYears()
            try ExitStatus.run(database: database.path, json: format == .json) {
                let day = try BriefDate.resolve(date, environment: ProcessInfo.processInfo.environment)
                // Parsed and checked once, before the brief is built; rendered as it is below.
                let checked = try template.map { path in try Self.check(try TemplateFile.read(path), path: path, format: format) }
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let request = BriefRequest(filters: scope.filters, title: title, date: day, command: command(date: day))
                let (brief, records) = try BriefBuilder(db: db).buildKeepingRecords(request)
                if let warning = BriefDateCheck.warning(for: brief) { Warning.print(warning) }
                let out = ReportOutput(path: output, database: database.path)
                let rendered: RenderedBrief
                if let checked {
                    rendered = try BriefRenderer.render(brief, template: checked)
                } else {
                    rendered = try BriefRenderer.render(brief, as: format, chartStem: out.stem, chartsFor: out.briefName, csvStyle: spreadsheet.csvStyle)
                }
                try out.write(rendered)
                // Standard output that could not be written gets its one failure line, not advice about it.
                if StandardStream.shared.failure() == nil {
                    for note in rendered.notes { Note.print(note) }
                }
                if format == .md && checked == nil {
                    let measures = try db.rows("SELECT code FROM measures ORDER BY code").compactMap { $0.string("code") }
                    let stale = out.removeStaleCharts(written: rendered.files, measures: measures)
                    for file in stale.removed {
                        Note.print("removed \(file), a chart of an earlier brief that this one does not draw")
                    }
                    for (file, reason) in stale.kept {
                        Warning.print("kept \(file): \(reason)")
                    }
                }
                // The process ends right after this: freeing a large brief object by object would
                // only delay the exit (a tenth of a second for 100,000 figures). The OS reclaims it.
                Self.finished = (brief, rendered, records)
            }
        }

        /// Checks the template before the brief is built; a tag that does not parse, or names
        /// nothing the brief can hold, is printed as `FILE:LINE:COLUMN: ...`, each on its own
        /// line, above the summary.
        private static func check(_ text: String, path: String, format: ReportFormat) throws -> BriefTemplate {
            do {
                return try BriefRenderer.checkTemplate(text, path: path, format: format)
            } catch ReportError.templateSyntax(let issue) {
                FileHandle.standardError.write(Data("\(issue)\n".utf8))
                throw ReportError.templateSyntax(issue)
            } catch ReportError.templateFields(let path, let issues) {
                for issue in issues { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
                throw ReportError.templateFields(path: path, issues: issues)
            }
        }

        nonisolated(unsafe) private static var finished: (Brief, RenderedBrief, AnyObject)?

        /// The command that renders this brief again, options in a fixed order and the date fixed.
        private func command(date: String) -> String {
            var words = ["tipdb", "report", "brief"]
            // A database named by $TIPDB_DATABASE is named too: the command must give the same
            // brief in a shell where that variable is not set.
            let fromEnvironment = ProcessInfo.processInfo.environment["TIPDB_DATABASE"].map { !$0.isEmpty } ?? false
            if database.db != nil || fromEnvironment { words += ["--db", database.path] }
            words += scope.filters.arguments
            if let title { words += ["--title", title] }
            words += ["--format", format.rawValue]
            if let template { words += ["--template", template] }
            if let output { words += ["-o", output] }
            words += ["--date", date]
            return words.map(ShellQuote.quote).joined(separator: " ")
        }
    }
}
