/// Reads again the row of a command's file that first gave a key, when a later row gives the
/// key with other cells (`RowDigester`), so that the duplicate-key error can say what differs.
///
/// Why read again: `KeyMemory` keeps a digest of each row, not its cells (see `RowDigester`).
/// A conflict is rare, and the rows a merge repeats come in the order their first rows were
/// read, so one reader per file moving forward serves them all in one pass; it starts again
/// from the top only when asked for an earlier row. Files are regular files (`FilePlan`),
/// read more than once already.
final class FirstRowReader: @unchecked Sendable {
    // Used by one file's load only, on the thread writing the database, like `RowDigester`.
    /// The command's files in loading order, as `KeyMemory` numbers them.
    private let files: [(path: String, format: InputFormat)]
    /// The open reader of one file and the start of the last row it read.
    private var open: (file: Int, source: any RecordSource, line: Int, column: Int)?

    init(files: [(path: String, format: InputFormat)]) {
        self.files = files
    }

    /// The row of file number `file` that starts at `line` and `column`, or nil when it can no
    /// longer be read (the file is a dataset's, or it changed: the command is refused for that).
    func record(file: Int, line: Int, column: Int) -> InputRecord? {
        guard file >= 0, file < files.count else { return nil }
        if let current = open, current.file != file || (current.line, current.column) >= (line, column) {
            self.open = nil
        }
        if open == nil {
            guard let source = try? RecordCells.open(files[file].path, format: files[file].format) else { return nil }
            open = (file, source, 0, 0)
        }
        guard var current = open else { return nil }
        defer { open = current }
        while let record = try? current.source.next() {
            current.line = record.line
            current.column = record.column
            if (record.line, record.column) == (line, column) { return record }
            if (record.line, record.column) > (line, column) { break }
        }
        return nil
    }
}
