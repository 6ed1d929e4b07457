extension FilePlan {
    /// A file named on the command line that cannot be loaded at all (missing, of a format or
    /// kind tipdb cannot tell): its error, and what its summary line says.
    struct Unusable: Error {
        var issue: IngestIssue
        /// Why, in a few words for the summary line (`kind unknown`): the error says the rest.
        var why: String
        /// The format, when it was decided before the file failed.
        var format: InputFormat?

        init(_ why: String, format: InputFormat? = nil, _ issue: IngestIssue) {
            self.issue = issue
            self.why = why
            self.format = format
        }

        /// A problem of the whole file `path` (line and column 0).
        init(_ why: String, _ path: String, format: InputFormat? = nil, _ message: String) {
            self.init(why, format: format, IngestIssue(file: path, line: 0, column: 0, message: message))
        }

        /// The file's summary: no row read, the format and kind given or decided (`unknown`
        /// otherwise), and why it could not be used.
        ///
        /// Why a summary at all: every file named gets its line, so that a file left out of the
        /// summary is not taken for one that was never named (or loaded without a word).
        func summary(path: String, options: IngestOptions) -> FileSummary {
            var summary = FileSummary(
                file: path, format: (format ?? options.format)?.rawValue ?? "unknown",
                kind: options.kind?.rawValue ?? "unknown")
            summary.unusable = why
            return summary
        }
    }
}
