import Foundation
import Storage

/// Checks the SQL `tipdb sql` was given is text SQLite will read to its end.
///
/// Why: SQLite reads SQL as a C string, so everything after a NUL byte was silently dropped
/// (`SELECT count(*) FROM figures<NUL> WHERE ...` counted every figure), and bytes that are not
/// UTF-8 (a file saved as Latin-1) became U+FFFD, which matches nothing. Both are refused with
/// their byte offset, as `tipdb ingest` refuses them in a data file. (An argument that is not
/// UTF-8, the SQL included, is refused before any command runs: `ArgumentEncoding`.)
enum SQLText {
    /// The SQL in the file at `path` (`tipdb sql -f`).
    ///
    /// A file that is missing or cannot be read is input rejected (exit 1), as `tipdb ingest`
    /// rejects a data file: the command line was well formed, the file it names is not usable.
    /// A pipe or a device is read to its end (`-f /dev/stdin`, process substitution).
    static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw SQLTextError.noSuchFile(path) }
        if isDirectory.boolValue { throw SQLTextError.isADirectory(path) }
        // Through a file handle, not `FileManager.contents(atPath:)`, which returns nothing for a
        // pipe (`-f <(envsubst < q.sql)`, `-f /dev/stdin`): they were told to check permissions.
        guard let handle = FileHandle(forReadingAtPath: path) else { throw SQLTextError.unreadable(path) }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() ?? Data() else { throw SQLTextError.unreadable(path) }
        return try decode(data, from: path)
    }

    /// The SQL in `bytes`, read from `source` (a file name, or "standard input").
    ///
    /// A UTF-8 byte order mark, which Notepad writes, is skipped, as ingest skips it: SQLite read
    /// it as a word and the SQL was called empty. UTF-16 (PowerShell's `>` writes it) is named as
    /// such, not as Latin-1 at its first byte.
    static func decode(_ bytes: Data, from source: String) throws -> String {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let sign = UTF16Sign(text.prefix(4096)) { throw SQLTextError.utf16(source: source, marked: sign == .byteOrderMark) }
        try check(Array(text), from: source, skipped: bytes.count - text.count)
        return String(decoding: text, as: UTF8.self)
    }

    /// Throws at the first NUL or the first byte that does not belong to well-formed UTF-8, its
    /// offset counted in the file (`skipped`: the byte order mark's bytes before `bytes`).
    private static func check(_ bytes: [UInt8], from source: String, skipped: Int) throws {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 { throw SQLTextError.nulByte(source: source, offset: skipped + offset) }
                offset += encoded.count
            case .error:
                throw SQLTextError.notUTF8(source: source, offset: skipped + offset, byte: bytes[offset])
            case .emptyInput:
                return
            }
        }
    }
}
