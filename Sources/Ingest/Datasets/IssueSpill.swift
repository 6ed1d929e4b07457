import Foundation

/// The problems of a bulk file's rejected rows beyond the first `RejectLog.keptInMemory`, kept in
/// an anonymous temporary file until `tipdb ingest` lists them, in the order they were found.
///
/// Why: every problem is listed (`RejectLog`), and a 250,000-row CTDC file whose every row is
/// refused held 250,000 messages in memory until the end: 131 MB at its peak under
/// `--on-error abort`, 164 MB under `skip`, growing with the file. Spilled, a problem costs a
/// few bytes of disk and none of memory. The file comes from `tmpfile()`, so the system deletes
/// it when it is closed or the process ends, even when it is killed.
///
/// Not for sharing between threads: the ingester fills it and the command lists it, in turn.
public final class IssueSpill: @unchecked Sendable {
    /// How many problems it holds.
    public private(set) var count = 0
    /// Where its problems go among the report's others: before the sorted error at this index
    /// (`IngestReport.forEachError`). Set once the report's errors are sorted.
    var position = 0
    /// The first problem, which places the whole spill among the others: its problems are a run
    /// of one file's lines after every problem that file kept in memory.
    private(set) var first: IngestIssue?
    private let stream: UnsafeMutablePointer<FILE>

    /// - Throws: `CocoaError` when the system cannot make a temporary file.
    init() throws {
        guard let stream = tmpfile() else { throw CocoaError(.fileWriteUnknown) }
        self.stream = stream
    }

    deinit {
        fclose(stream)
    }

    /// Writes `issue` after the others: its file, line, column, message and unlisted rows (an
    /// unknown reference is a figures file's, never a bulk row's, and is not kept).
    func append(_ issue: IngestIssue) throws {
        if first == nil { first = issue }
        var bytes: [UInt8] = []
        func integer(_ value: Int) {
            withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        func text(_ value: String) {
            let utf8 = Array(value.utf8)
            integer(utf8.count)
            bytes += utf8
        }
        text(issue.file)
        integer(issue.line)
        integer(issue.column)
        text(issue.message)
        integer(issue.unlistedRows ?? -1)
        guard fwrite(bytes, 1, bytes.count, stream) == bytes.count else { throw CocoaError(.fileWriteOutOfSpace) }
        count += 1
    }

    /// Reads the problems back in the order they were written, one at a time.
    public func forEach(_ body: (IngestIssue) throws -> Void) throws {
        fflush(stream)
        rewind(stream)
        defer { fseek(stream, 0, SEEK_END) }
        func read(_ count: Int) throws -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            guard count == 0 || fread(&bytes, 1, count, stream) == count else { throw CocoaError(.fileReadCorruptFile) }
            return bytes
        }
        func integer() throws -> Int {
            Int(Int64(littleEndian: try read(8).withUnsafeBytes { $0.loadUnaligned(as: Int64.self) }))
        }
        func text() throws -> String {
            String(decoding: try read(try integer()), as: UTF8.self)
        }
        for _ in 0..<count {
            let file = try text()
            let line = try integer()
            let column = try integer()
            let message = try text()
            let unlisted = try integer()
            // Set, not passed to `init`, which would escape an already escaped message again.
            var issue = IngestIssue(file: file, line: line, column: column, message: "")
            issue.message = message
            issue.unlistedRows = unlisted < 0 ? nil : unlisted
            try body(issue)
        }
    }
}
