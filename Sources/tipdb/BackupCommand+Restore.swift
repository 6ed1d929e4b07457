import Foundation
import Storage

extension TipDB.BackupCommand {
    /// Whether DEST is an existing SQLite database (by its header), which `--force` restores
    /// through SQLite (`restore(_:into:keepsWAL:timeout:)`) instead of renaming a copy over it.
    static func isDatabase(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 16)) ?? Data()) == Array("SQLite format 3\u{0}".utf8)
    }

    /// Writes `db` into the database at DEST through SQLite's backup API, DEST's connection as
    /// the destination (`Database.restoreBackup(from:)`).
    ///
    /// Why: renamed over DEST, the copy took the file from under a running ingest, whose commit
    /// ("300000 inserted") went into the file the rename had unlinked, with its `-wal`, and was
    /// lost with both exit codes 0 (an operator's review, session 46). Through SQLite the restore
    /// waits for a writer as any writer does, fails with "database is busy" (exit 2, DEST as it
    /// was) past the busy timeout, and every connection still open on DEST reads the restored
    /// content next. SQLite applies DEST's own `-wal` or rolls back its hot `-journal` when it
    /// opens it, before the restore writes every page: nothing of the old content is left.
    ///
    /// - Parameter keepsWAL: whether DEST was in WAL mode; SQLite keeps it so. A DEST in rollback
    ///   mode (a backup copy) is set back to it, since the pages copied carry the database's flag.
    /// - Returns: the restored database's size, or nil when DEST's first page is damaged, so
    ///   that SQLite cannot write it: the caller replaces the file instead (`copy`), as
    ///   restoring over a damaged database is what a backup is for.
    /// - Parameter timeout: how long to wait for a process writing DEST (`--timeout`): an ingest
    ///   holds the write lock for its whole load, which can take minutes, so an operator restoring
    ///   after it gives the wait rather than trying again by hand.
    /// - Throws: `ExitStatus.databaseUnusable` after naming DEST, when it is busy, read-only or cannot be written.
    static func restore(_ db: Database, into destination: String, keepsWAL: Bool, timeout: TimeoutSeconds) throws -> Int64? {
        let size: Int64
        do {
            let target = try Database(path: destination, mode: .readWrite, busyTimeout: timeout.seconds, usesWAL: false)
            defer { target.close() }
            do {
                try target.restoreBackup(from: db)
            } catch let error as StorageError where [11, 26].contains(error.resultCode) {
                return nil
            }
            size = try target.integer("PRAGMA page_count") * target.integer("PRAGMA page_size")
        } catch let error as StorageError where error.resultCode == 5 {
            // In rollback mode a reader's open transaction blocks the restore as a writer does: the
            // copy given to readers that cannot write beside the database (README) is refreshed
            // so, and "another process is writing it" sent the operator after a writer that did
            // not exist (a nightly-pipeline review, session 49).
            let holder = keepsWAL
                ? "another process is writing it"
                : "another process is reading or writing it (\(destination) is in rollback mode, as tipdb backup writes its copies, "
                    + "where a reader blocks the restore too)"
            ExitStatus.printError(
                "\(destination): database is busy: \(holder) and did not finish within \(timeout.written) s; "
                    + "nothing was restored: try again when it has finished, or give --timeout SECONDS to wait longer")
            throw ExitStatus.databaseUnusable
        } catch let error as StorageError where error.isDatabaseUnusable {
            ExitStatus.printError("\(destination): \(ExitStatus.unusable(error, database: destination))")
            throw ExitStatus.databaseUnusable
        }
        if !keepsWAL, let reopened = try? Database(path: destination, mode: .readWrite, usesWAL: false) {
            // Best effort: a DEST another connection has open stays in WAL mode, which loses nothing.
            _ = try? reopened.execute("PRAGMA journal_mode = DELETE")
            reopened.close()
        }
        // A database in WAL mode never uses a -journal: one beside it was left by an earlier
        // database there, which SQLite would apply if the file went back to rollback mode.
        // (In rollback mode SQLite rolls back or deletes it itself when it opens DEST.)
        if JournalFiles.isWAL(destination) { unlink(destination + "-journal") }
        return size
    }
}
