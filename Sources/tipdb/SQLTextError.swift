import Foundation

/// Why `tipdb sql` refuses the file or the bytes it was given as SQL (exit 1, as for SQL that does
/// not compile, and as `tipdb ingest` for a data file it cannot read).
enum SQLTextError: Error, Equatable, LocalizedError {
    /// `-f FILE` names no file.
    case noSuchFile(String)
    /// `-f FILE` names a directory.
    case isADirectory(String)
    /// `-f FILE` names a file this user may not read.
    case unreadable(String)
    /// A NUL byte: SQLite would stop reading there and run only what came before.
    case nulByte(source: String, offset: Int)
    /// UTF-16 text: with its byte order mark (`marked`), or every other byte NUL.
    case utf16(source: String, marked: Bool)
    /// A byte that is not part of well-formed UTF-8.
    case notUTF8(source: String, offset: Int, byte: UInt8)

    var errorDescription: String? {
        switch self {
        case .noSuchFile(let path):
            return "\(path): no such file; check the path"
        case .isADirectory(let path):
            return "\(path): is a directory; expected a file of SQL"
        case .unreadable(let path):
            return "\(path): cannot be read (check its permissions); expected a file of SQL"
        case .nulByte(let source, let offset):
            return "\(source): NUL byte (0x00) at byte offset \(offset); SQL is text, and SQLite would ignore everything after it: remove it"
        case .utf16(let source, let marked):
            return "\(source): the text is " + (marked ? "UTF-16 (it starts with a UTF-16 byte order mark" : "probably UTF-16 (every other byte is NUL")
                + ", as PowerShell's > and Windows' \"Unicode\" encoding write it); save it as UTF-8"
        case .notUTF8(let source, let offset, let byte):
            // Every ASCII byte is valid UTF-8, so `byte` is 0x80 or more. The commonest cause is a
            // file saved as Latin-1 or Windows-1252, where é is the one byte 0xE9: say so.
            let character = byte >= 0xA0 ? " (\(Character(Unicode.Scalar(byte))) there)" : ""
            return "\(source): invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset); "
                + "the text is probably Latin-1 or Windows-1252\(character): save it as UTF-8"
        }
    }
}
