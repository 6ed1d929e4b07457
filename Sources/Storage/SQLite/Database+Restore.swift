import Foundation
internal import CSQLite

extension Database {
    /// Replaces the content of this connection's database with `source`'s, through SQLite's
    /// online backup API with this connection as the destination, in one step and one
    /// transaction.
    ///
    /// Why not a copy renamed over the file: a process that has the database open (an ingest)
    /// keeps writing to the file it opened, which the rename took out of the folder; its commit
    /// said "inserted" and went with that file (review of session 46). Written through SQLite,
    /// the restore takes the database's write lock as any writer does: it waits out the busy
    /// timeout for a writer to finish, then fails with `SQLITE_BUSY`, changing nothing; other
    /// connections see the restored content at their next transaction; a database in WAL mode
    /// stays in WAL mode, its `-wal` and `-shm` kept in step by SQLite. Unlike `backup(to:)`, a
    /// busy lock is not retried: the caller says so and the user tries again.
    /// See <https://sqlite.org/c3ref/backup_finish.html>.
    ///
    /// - Throws: `StorageError`: `SQLITE_BUSY` when another connection held the lock past the busy
    ///   timeout, `SQLITE_CORRUPT` or `SQLITE_NOTADB` when this database's first page cannot be
    ///   read; the database is unchanged in both cases.
    public func restoreBackup(from source: Database) throws {
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            let rc = sqlite3_errcode(handle)
            throw StorageError(extendedCode: rc == SQLITE_OK ? SQLITE_ERROR : rc, message: String(cString: sqlite3_errmsg(handle)))
        }
        // -1: every page in one step, so that the lock is taken once and held to the commit.
        let rc = sqlite3_backup_step(backup, -1)
        let finishRC = sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE else {
            throw StorageError(extendedCode: rc, message: String(cString: sqlite3_errstr(rc)))
        }
        try check(finishRC)
    }
}
