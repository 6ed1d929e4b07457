/// Where, and in a few words why, tipdb stopped reading a file before its end: bytes that are not
/// UTF-8 text, a quote never closed, a record too long.
///
/// Why the summary line carries it: such a file rejects the command, and its line used to say
/// `figures.csv: 21 read, 0 rejected` with the error above it, which reads as if the file had 21
/// rows. A spreadsheet saved as Windows-1252 stops at its first `ô` or `é`, often halfway down.
public struct ReadingStop: Codable, Sendable, Equatable {
    /// The line of the defect; the rows from there on were not read.
    public var line: Int
    /// The defect in a few words (`invalid UTF-8`); its error says the rest.
    public var reason: String

    /// The stop `issue` describes: a reader's error that ended the reading of its file.
    init(_ issue: IngestIssue) {
        line = issue.line
        reason = Self.reason(of: issue.message)
    }

    /// The few words for a reader's message. The messages are the readers' own (shared by CSV,
    /// TSV, JSON and NDJSON where the defect is the same: `CSVUTF8Validator.message`), and a test
    /// of each defect's summary line holds them together.
    private static func reason(of message: String) -> String {
        if message.hasPrefix("invalid UTF-8") { return "invalid UTF-8" }
        if message.hasPrefix("NUL byte") { return "a NUL byte" }
        if message.contains("was never closed") { return "a quote never closed" }
        if message.hasSuffix(CSVParser.inMultilineRecord) {
            return "a quote out of place in a row with a line break inside quotes"
        }
        if message.hasPrefix("the record starting here is longer than") || message.hasPrefix("this element of the array is longer than")
            || message.hasPrefix("this line is longer than") {
            return "a record too long"
        }
        if message.hasPrefix("nesting deeper than") { return "nesting too deep" }
        return "a defect"
    }

    /// `; reading stopped at line 23 (invalid UTF-8: see its error), the rest of the file was not
    /// read`, said in the file's summary line after its counts.
    var words: String {
        "; reading stopped at line \(line) (\(reason): see its error), the rest of the file was not read"
    }
}
