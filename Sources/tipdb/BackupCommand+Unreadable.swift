import Foundation
import Storage

extension TipDB.BackupCommand {
    /// Whether SQLite's error says the file is damaged (`SQLITE_CORRUPT`, `SQLITE_NOTADB`).
    static func isDamage(_ error: StorageError) -> Bool {
        [11, 26].contains(error.resultCode)
    }

    /// Copies a database SQLite cannot even open for the online backup (a truncated file, a
    /// damaged schema page), byte for byte, with its `-wal` beside the copy, for `--allow-damaged`;
    /// without it, says so and what to do.
    ///
    /// Why: `--allow-damaged` is for a file to send to someone who can recover it, and a file
    /// SQLite cannot read at all is the most damaged of them; it was refused as if the flag had
    /// not been given, with advice that never named it (an operator's review, session 46). The
    /// online backup needs the schema; a byte copy does not. The `-wal` goes with it because it
    /// may hold the last commits, which SQLite (and `.recover`) applies to the copy.
    ///
    /// - Throws: `ExitStatus.databaseUnusable` after the message, without `--allow-damaged`;
    ///   `ExitStatus.rejected` for a DEST that is a database (a byte copy renamed over it would
    ///   take it from under a process using it).
    func copyUnreadable(_ error: StorageError, target: BackupDestination) throws {
        let reason = "SQLite cannot read it: \(error.message)"
        guard allowDamaged else {
            ExitStatus.printError("\(database.path): the database file is damaged (\(reason)); nothing was copied and \(destination) was not written, "
                + "since a copy would be damaged too. Restore \(database.path) from an earlier backup (tipdb backup --db BACKUP --force \(database.path)); "
                + "to copy the damaged file as it is (to send it to someone who can recover it), pass --allow-damaged")
            throw ExitStatus.databaseUnusable
        }
        if Self.isDatabase(destination) {
            ExitStatus.printError("\(destination) is a database: \(database.path) is damaged (\(reason)), and a file SQLite cannot read is copied "
                + "only to a new file, never over a database, which another process may be using; give a DEST that does not exist")
            throw ExitStatus.rejected
        }
        let wal = database.path + "-wal"
        let withWAL = Self.fileSize(wal) > 0
        target.removePartial()
        PartialCopyCleanup.arm(target.partialFiles)
        defer { PartialCopyCleanup.disarm() }
        do {
            do {
                try FileManager.default.copyItem(atPath: database.path, toPath: target.partial)
                if withWAL { try FileManager.default.copyItem(atPath: wal, toPath: target.partial + "-wal") }
            } catch {
                throw BackupError.cannotWrite(destination, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
            }
            try target.replaceWithPartial(withWAL: withWAL)
        } catch {
            target.removePartial()
            throw error
        }
        print("\(database.path) → \(destination) (\(ByteCount.format(Self.fileSize(destination))), byte for byte)")
        Warning.print("\(database.path) is damaged (\(reason)); copied as it is, byte for byte, damage included, to \(destination)"
            + (withWAL ? " with its -wal as \(destination)-wal" : "") + " because of --allow-damaged: it is not a backup to restore from; "
            + "the sqlite3 shell's .recover may get its rows back (sqlite3 \(destination) .recover > rows.sql)")
    }
}
