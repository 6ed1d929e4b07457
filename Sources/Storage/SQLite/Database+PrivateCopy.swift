import Foundation

extension Database {
    /// A private temporary database holding a copy of this one, made with SQLite's online
    /// backup API, for work that writes and rolls back where this process may only read the
    /// file (`tipdb derive ctdc --dry-run` on a shared, read-only database).
    ///
    /// SQLite keeps a database opened with an empty name in memory and spills it to a temporary
    /// file when it outgrows the page cache; either is deleted when the connection closes. This
    /// database is only read.
    ///
    /// - Returns: The copy, open for reading and writing; close it when done.
    /// - Throws: `StorageError` when the copy cannot be made (no space for the temporary file).
    public func privateCopy() throws -> Database {
        let copy = try Database(path: "", mode: .readWriteCreate, usesWAL: false)
        do {
            try backup(to: copy)
        } catch {
            copy.close()
            throw error
        }
        return copy
    }

    /// Whether this process may write the database at `path`: the file itself, the folder where
    /// SQLite creates its journal, and the `-wal`, `-shm` and `-journal` files beside it that exist.
    ///
    /// Why ask the file system: SQLite opens a write-protected file for reading without a word
    /// and fails only at the first write, and a file in a folder nobody here can write fails when
    /// its journal cannot be created. A command that writes and rolls back to compute (a dry run)
    /// needs to know before it starts, to work on a private copy instead (`privateCopy()`).
    public static func isWritable(path given: String) -> Bool {
        let files = FileManager.default
        // SQLite names the journal after the file a link points to, in that file's folder.
        let file = URL(fileURLWithPath: given).resolvingSymlinksInPath()
        let path = file.path
        let folder = file.deletingLastPathComponent().path
        guard files.isWritableFile(atPath: path), files.isWritableFile(atPath: folder) else { return false }
        return ["-wal", "-shm", "-journal"].allSatisfy { suffix in
            !files.fileExists(atPath: path + suffix) || files.isWritableFile(atPath: path + suffix)
        }
    }
}
