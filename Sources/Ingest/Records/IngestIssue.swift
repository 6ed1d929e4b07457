import Storage

/// A problem found in an input file, at an exact position.
public struct IngestIssue: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// For the line that ends a truncated list of warnings (`CHECK: N more such rows ...`): the N
    /// rows it stands for, so that a count of warnings counts them and not the line. Nil (absent
    /// from `--json`) for any other issue, which is one problem.
    public var unlistedRows: Int?
    /// `.sources` or `.studies` when the issue is a row's `source` or `study` that names a key
    /// neither the database nor the command holds (`unknown source "s9"`), nil for any other: what
    /// the closing line's hint to give those files asks (`IngestOutput.missingReferenceHint`),
    /// rather than the message's wording, which a rewording would silently break. Not in `--json`.
    public var unknownReference: RecordKind?
    /// True when the issue refuses a bulk export older than the latest release of its series already
    /// loaded (`SeriesVintage.decide`): the closing line then says what that refusal means instead
    /// of listing the causes of an unusable file, none of which applies. Not in `--json`.
    public var olderRelease = false

    /// The members `--json` and `ingest_rejects` know; `unknownReference` is the report's own.
    private enum CodingKeys: String, CodingKey {
        case file, line, column, message, unlistedRows
    }

    /// Control characters in `message` (a value quoted from the file may hold a line break or
    /// an escape sequence) are written as visible escapes (`VisibleText.escaping`): each issue
    /// stays one line for editors and `grep`, and a file cannot clear or recolour the terminal
    /// that lists its errors.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = VisibleText.escaping(message)
    }

    /// How many problems the issue stands for: the rows it says were not listed, else one.
    public var problemCount: Int {
        unlistedRows ?? 1
    }

    /// `error` as an issue of `file`: itself when it already is one, at its position when a
    /// reader located it, otherwise its description without a position.
    init(_ error: any Error, file: String) {
        if let issue = error as? IngestIssue {
            self = issue
        } else if let located = error as? any PositionedError {
            self.init(file: file, line: located.line, column: located.column, message: located.message)
        } else {
            self.init(file: file, line: 0, column: 0, message: String(describing: error))
        }
    }

    /// `FILE:LINE:COLUMN: message`, the form editors and CI logs understand.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
