import Foundation
import Storage

extension TipDB.BackupCommand {
    /// Copies `db` into a new file beside DEST and renames it over DEST: for a DEST that does not
    /// exist, or is no database (`--force` replaces the file, with its `-wal`, `-shm` and `-journal`).
    ///
    /// Why a partial file renamed into place: DEST is never half-written, and an existing DEST
    /// stays as it was until a finished copy replaces it. Not for a database DEST another process
    /// may have open: `restore(_:into:keepsWAL:timeout:)` writes that one through SQLite.
    ///
    /// - Parameter keepsWAL: whether the copy is left in WAL mode (a restore over a WAL database
    ///   whose first page SQLite cannot read), else rollback mode.
    static func copy(_ db: Database, to target: BackupDestination, database: String, keepsWAL: Bool) throws {
        target.removePartial()
        PartialCopyCleanup.arm(target.partialFiles)
        defer { PartialCopyCleanup.disarm() }
        do {
            do {
                // In rollback mode from the start: a copy written through a WAL needs
                // twice the database's size of free disk (the -wal holds every page until
                // the checkpoint); a new file's rollback journal stays empty.
                let copy = try Database(path: target.partial, mode: .readWriteCreate, usesWAL: false)
                defer { copy.close() }
                // Still empty: narrowed before a page of the database is in it.
                chmod(target.partial, copyMode(of: database, replacing: target.path))
                try copy.execute("PRAGMA journal_mode = DELETE")
                try db.backup(to: copy)
                copy.close()
                // The pages copied carry the database's WAL flag, which the next open
                // would follow: clear it, so that the copy is a single self-contained
                // file with no -wal or -shm beside it (its WAL is empty, so this is quick);
                // or set it, for a restore (the -wal goes when the connection closes).
                let reopened = try Database(path: target.partial, mode: .readWrite)
                try reopened.execute(keepsWAL ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE")
                reopened.close()
            } catch let error as StorageError where error.isWriteFailure {
                // The database is only read: a failed write is the copy's, named as DEST.
                throw BackupError.writing(target.path, database: database, error)
            }
            try target.replaceWithPartial()
        } catch {
            target.removePartial()
            throw error
        }
    }

    /// The permissions of a copy of `database` written to `path`: the database's own, narrowed
    /// further to those of a file already at `path` that the copy replaces.
    ///
    /// Why: the copy holds everything the database holds, case-level records included, and a
    /// 0600 database was copied as a 0644 file any local user could read. SQLite gives the
    /// journal files it creates their database's permissions in the same way.
    static func copyMode(of database: String, replacing path: String) -> mode_t {
        var info = stat()
        var mode: mode_t = stat(database, &info) == 0 ? info.st_mode & 0o777 : 0o600
        if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { mode &= info.st_mode & 0o777 }
        // The copy is written and renamed by this process: its owner keeps read and write.
        return mode | 0o600
    }

    /// DEST's size on disk, for the line the backup prints.
    static func fileSize(_ path: String) -> Int64 {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
    }
}
