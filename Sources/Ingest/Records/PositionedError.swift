/// An error that knows where in its input it happened: the readers' `CSVError` and `JSONError`.
///
/// Why a protocol: ingest reports every problem as `FILE:LINE:COLUMN: message`, and a reader's
/// error already carries all but the file; `IngestIssue(_:file:)` adds the file in one place.
protocol PositionedError: Error {
    /// 1-based line, or 0 when the error is not about a position.
    var line: Int { get }
    /// 1-based column, or 0.
    var column: Int { get }
    /// What was wrong and what was expected, without the position.
    var message: String { get }
}

extension CSVError: PositionedError {}
extension JSONError: PositionedError {}
