import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database with SQLite's online backup: consistent even while an ingest runs.",
            discussion: "The copy is written next to DEST and renamed into place when complete, so DEST is never half-written. An existing DEST is refused without --force (exit 1: \"DEST exists; pass --force to replace it\"), as is anything else on disk that --force or the user can clear. With --force, a DEST that is a SQLite database is restored through SQLite (its backup API into DEST, one transaction): it waits for a process writing DEST (an ingest), or reading it if DEST is in rollback mode (a copy tipdb backup made), to finish, up to --timeout seconds (5 unless given), and is refused past it (\"database is busy\", exit 2, DEST as it was), and a process that has DEST open reads the restored content next. SQLite would apply a -wal or -journal file left beside DEST to the copy: --force deletes DEST's -wal, -shm and -journal with a DEST it replaces; without --force, a DEST-wal or DEST-journal where DEST is missing is refused (exit 1). A copy that cannot be written (disk full, a file-size limit) names DEST, exits 1 and leaves DEST as it was. The copy needs about the database's size of free disk. An interrupted backup (Ctrl-C, SIGTERM, SIGHUP) removes its DEST.partial-PID file and dies of the signal (130, 143, 129 in the shell; a shell loop stops); one left by a killed backup (kill -9) is removed by the next backup to DEST, with a note. DEST may not be the database, its -wal, -shm or -journal file, a folder, a device or - (exit 64, --force or not: no flag makes it a file to copy into, so the argument is wrong; a backup is a file; ./- names a file called -). A database of an older schema (before `tipdb migrate`), of a newer tipdb's schema or from another tipdb build is copied as it is, and the output says which schema version the copy has and what comes next. The copy is in rollback mode, except over a DEST in WAL mode with --force (a restore over the live database), which stays in WAL mode. The database is first read through with PRAGMA quick_check (about as long again as the copy): a damaged one is refused (exit 2), naming the damage, and nothing is written; --allow-damaged copies it as it is, with a warning (byte for byte, with its -wal, when SQLite cannot open it at all; only to a DEST that is no database)."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Where to write the copy.")
        var destination: String

        @Flag(help: "Replace DEST if it exists, with its -wal, -shm and -journal files.")
        var force = false

        @Option(help: "With --force over a database (a restore), how long to wait, in seconds, for a process writing DEST (an ingest), or reading it if DEST is in rollback mode, to finish before giving up as busy (exit 2, DEST as it was).")
        var timeout = TimeoutSeconds(seconds: 5, written: "5")

        @Flag(help: "Copy a database that PRAGMA quick_check finds damaged, as it is, with a warning (to send to someone who can recover it); without it, a damaged database is refused (exit 2).")
        var allowDamaged = false

        func validate() throws {
            if let problem = timeout.problem { throw ValidationError(problem) }
            // A backup is a database file, never a stream to a terminal or a pipe.
            if destination == OutputTarget.standardOutput {
                throw ValidationError("- would be standard output; a backup is a database file: give its name (./- for a file named -)")
            }
            try OutputTarget.check(destination, database: database.path)
            if OutputTarget.isSpecial(destination) {
                throw ValidationError("\(destination) is not a regular file (a device, a pipe or a socket); expected the name of a file")
            }
        }

        func run() throws {
            try ExitStatus.run(database: database.path) {
                let journals = NewJournalFiles(database: database.path)
                let target = BackupDestination(path: destination, force: force)
                try target.checkBeforeCopy()
                // A restore over a database in WAL mode, as tipdb keeps every database it writes
                // to, keeps it so: in rollback mode a reader blocked its first ingest ("database is
                // busy"), where readers and a writer share a WAL database (review of session 44).
                let keepsWAL = force && JournalFiles.isWAL(destination)
                // Any schema: the copy before `tipdb migrate` (or with a newer tipdb's schema) is the one that matters most.
                let db: Database
                let schemaNote: String?
                do {
                    db = try DatabaseFile.open(database.path, for: .copy)
                    do { schemaNote = try Self.schemaNote(of: db, path: database.path, destination: destination) } catch { db.close(); throw error }
                } catch let error as StorageError where Self.isDamage(error) {
                    // SQLite cannot read the schema, which the online backup needs.
                    journals.removeIfUnwritten()
                    try copyUnreadable(error, target: target)
                    return
                }
                defer { db.close() }
                let damage = try Self.damage(of: db)
                if let damage, !allowDamaged {
                    db.close()
                    journals.removeIfUnwritten()
                    ExitStatus.printError(Self.damageReport(damage, database: database.path, destination: destination, copied: false))
                    throw ExitStatus.databaseUnusable
                }
                if let removed = BackupDestination.describe(target.removeStalePartials()) {
                    Note.print(removed)
                }
                // A database DEST is written through SQLite, which takes its locks: another
                // process may have it open (a restore over the live database).
                var size: Int64?
                if force && Self.isDatabase(destination) { size = try Self.restore(db, into: destination, keepsWAL: keepsWAL, timeout: timeout) }
                if size == nil {
                    try Self.copy(db, to: target, database: database.path, keepsWAL: keepsWAL)
                    size = Self.fileSize(destination)
                }
                print("\(database.path) → \(destination) (\(ByteCount.format(size ?? 0)))")
                if let schemaNote { print(schemaNote) }
                if let damage { Warning.print(Self.damageReport(damage, database: database.path, destination: destination, copied: true)) }
            }
        }
    }
}
