import Foundation
internal import CSQLite

extension Database {
    /// Copies this database into `destination` with SQLite's online backup API.
    ///
    /// The copy is consistent even while another connection writes: when the source changes
    /// during the copy, SQLite restarts it. Pages are copied in steps so a writer is not locked
    /// out for the whole copy. See <https://sqlite.org/backup.html>.
    public func backup(to destination: Database, pagesPerStep: Int32 = 256) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            try destination.check(sqlite3_errcode(destination.handle))
            return
        }
        var rc: Int32
        repeat {
            rc = sqlite3_backup_step(backup, pagesPerStep)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
                usleep(10_000)
            }
        } while rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED
        let finishRC = sqlite3_backup_finish(backup)
        if rc != SQLITE_DONE {
            throw StorageError(extendedCode: rc, message: "backup failed: \(String(cString: sqlite3_errstr(rc)))")
        }
        try destination.check(finishRC)
    }

    /// Copies this database into a new file at `path` (which must not exist yet).
    public func backup(toPath path: String) throws {
        let destination = try Database(path: path, mode: .readWriteCreate)
        defer { destination.close() }
        try backup(to: destination)
    }
}
