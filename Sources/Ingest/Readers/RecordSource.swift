/// A reader that turns a file into input records, whatever its format.
protocol RecordSource: AnyObject {
    /// The column names, with positions, when the format has a header (CSV and TSV).
    var header: [InputField]? { get }
    /// Problems with the header's names (a name given twice), every one listed with the other
    /// header problems before the command is refused.
    var headerIssues: [IngestIssue] { get }
    /// Bytes consumed so far, for the progress bar.
    var bytesRead: Int { get }
    /// The next record, or nil at the end. Throws an `IngestIssue` when the file cannot be read on.
    func next() throws -> InputRecord?
}

extension RecordSource {
    var headerIssues: [IngestIssue] { [] }
}
