import Foundation

extension JournalFiles {
    /// Whether the SQLite database at `path` is in WAL mode, as its header says (bytes 18 and 19,
    /// the file format's write and read versions, are 2 for WAL); false for anything else,
    /// a missing file or one that is not SQLite.
    ///
    /// Why the header and not `PRAGMA journal_mode`: asking SQLite opens the file, and a backup
    /// asks it of a DEST it is about to replace, a message of a database that was just busy.
    static func isWAL(_ path: String) -> Bool {
        // A pipe would block the read: only a regular file is read.
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = Array((try? handle.read(upToCount: 20)) ?? Data())
        return prefix.count == 20 && prefix.starts(with: Array("SQLite format 3\u{0}".utf8)) && prefix[18] == 2
    }
}
