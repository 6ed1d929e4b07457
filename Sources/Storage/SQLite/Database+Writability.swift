import Foundation

extension Database {
    /// Whether this process may write the database at `path`: the file itself, the folder where
    /// SQLite creates its journal, and the `-wal`, `-shm` and `-journal` files beside it that exist.
    ///
    /// Why ask the file system: SQLite opens a write-protected file for reading without a word
    /// and fails only at the first write, and a file in a folder nobody here can write fails when
    /// its journal cannot be created. `tipdb derive ctdc` asks before it starts, so that on a file
    /// it may only read it names a `--dataset` the file does not hold (a usage error, the mistake
    /// to fix first) rather than failing at the write.
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
