import Foundation
import Storage

/// What `tipdb init` and `tipdb migrate` share besides migrating: the same answer for a database
/// this process cannot write, whatever makes it read-only, and the damaged-file check every other
/// command makes.
enum SchemaUpkeep {
    /// Whether `path` exists and this process cannot write it or create files beside it (a file
    /// without write permission, a read-only or another user's folder, a read-only mount).
    ///
    /// Why both: SQLite opens a file it cannot write read-only without a word, and a WAL database
    /// in a folder it cannot write fails on the `-shm` it needs; checked first, the two cases get
    /// one answer: nothing to do is nothing to do (exit 0), a pending migration is exit 2.
    static func cannotWrite(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return !FileManager.default.isWritableFile(atPath: path) || !FileManager.default.isWritableFile(atPath: folder)
    }

    /// For a database this process cannot write: reads it (read-only, as `tipdb status` does) and
    /// returns its schema version when no migration is pending.
    ///
    /// - Throws: the read-only error (exit 2) when a migration is pending; the damaged-file error
    ///   (exit 2) when the file cannot be read through.
    static func versionWithoutWriting(_ path: String) throws -> Int {
        let db = try DatabaseFile.open(path, for: .inspect)
        defer { db.close() }
        let status = try DatabaseStatus(of: db)
        guard status.schemaVersion == Migration.latestVersion else {
            throw StorageError(extendedCode: 8, message: "attempt to write a readonly database")
        }
        return status.schemaVersion
    }

    /// Reads every table tipdb counts, as `tipdb status` does, so that a damaged file is exit 2
    /// here too instead of "already up to date": the migrations alone read only the schema.
    static func checkReadable(_ db: Database) throws {
        _ = try DatabaseStatus(of: db)
    }

    /// Refuses a database of the current schema that lacks one of the objects search relies on
    /// (`SchemaRepair.searchObjects`: a search index, its triggers, `source_labels`), exit 2, with
    /// the message `tipdb migrate` and `tipdb init` give for a current but damaged schema.
    ///
    /// Why before anything is written or searched: with `figures_fts_insert` dropped an ingest
    /// loaded figures no search would find, without a word, and with `figures_fts` dropped ingest
    /// and search failed with SQL of tipdb's own and exit 1, as if the input were wrong (review of
    /// session 44). One read of `sqlite_schema` tells; the whole schema is compared only then.
    static func refuseDamagedSearch(_ db: Database, path: String, json: Bool) throws {
        guard try SchemaRepair.searchObjectMissing(in: db) else { return }
        let damage = try SchemaRepair.damage(of: db)
        guard !damage.isEmpty else { return }
        throw ExitStatus.failure(TipDB.Migrate.damageMessage(damage, path: path), ExitStatus.databaseUnusable, json: json)
    }

    /// Refuses to write a database holding triggers tipdb did not make (`SchemaRepair.foreignTriggers`),
    /// exit 2, naming each with its table and how to write anyway: drop it, run the command, add it back.
    ///
    /// Why refuse and not warn: a trigger runs inside the command's own writes, so what it changes
    /// is stored as if the file had said it, and the brief cites it to the source. One that only
    /// keeps a log of its own is harmless, but tipdb cannot tell the two apart.
    static func refuseForeignTriggers(_ db: Database, path: String, command: String, json: Bool) throws {
        let triggers = try SchemaRepair.foreignTriggers(in: db)
        guard !triggers.isEmpty else { return }
        let named = triggers.map { "\($0.name) (on \($0.table))" }.joined(separator: ", ")
        let drops = triggers.map { "DROP TRIGGER \"\($0.name.replacingOccurrences(of: "\"", with: "\"\""))\";" }.joined(separator: " ")
        let message = "\(path): \(triggers.count == 1 ? "a trigger" : "triggers") tipdb did not make: \(named); "
            + "\(triggers.count == 1 ? "it runs" : "they run") inside every write of \(command) and may change what is stored, "
            + "so nothing was written. Save \(triggers.count == 1 ? "its" : "their") definition (tipdb sql --db \(path) "
            + "\"SELECT sql FROM sqlite_schema WHERE type = 'trigger'\"), drop \(triggers.count == 1 ? "it" : "them") "
            + "(sqlite3 \(path) '\(drops)'), run \(command) again, and add back any that is meant to be there"
        throw ExitStatus.failure(message, ExitStatus.databaseUnusable, json: json)
    }

    /// Applies the pending migrations (`Migrator.migrate`, one transaction) so that Ctrl-C,
    /// SIGTERM or SIGHUP stops them with nothing written, and prints `applied migration N name`
    /// for each once they are committed, before anything else is checked.
    ///
    /// Why: killed by SIGTERM, `tipdb migrate` died without a word, and its migrations were
    /// printed only after every later check, so a failure after the commit left stdout silent
    /// about what was applied (a nightly-pipeline review, session 49).
    ///
    /// The command arms the signals before it opens the file (`SignalStop.arm`) and keeps them
    /// so to its end: as for ingest, a signal once the commit has begun no longer stops anything,
    /// and the command finishes, prints what it did and says the signal came too late
    /// (`SignalStop.noteIfLate`); killed by it then, the lines printed would be lost with the
    /// output's buffer.
    ///
    /// - Parameter created: the path did not exist before this command (a new database of
    ///   `tipdb init`): on a failure the empty file SQLite made is removed (`removeUnmade`).
    /// - Throws: `StoppedBySignal` after saying so when a signal stopped the migrations; else what
    ///   `Migrator.migrate` throws, the database as it was.
    static func applyPending(_ db: Database, command: String, path: String, created: Bool) throws -> [Migration] {
        let applied: [Migration]
        do {
            applied = try db.stoppingOnSignal { try Migrator().migrate(db) }
        } catch let stopped as WriteInterrupted {
            let outcome = created && removeUnmade(db, path: path)
                ? "nothing was written: \(path) was not created"
                : "nothing was written: the database is as it was before the command"
            throw SignalStop.failure("\(command) interrupted (\(stopped.cause)); \(outcome)", signal: stopped.signal, json: false)
        } catch {
            if created { _ = removeUnmade(db, path: path) }
            throw error
        }
        for migration in applied {
            print("applied migration \(migration.version) \(migration.name)")
        }
        return applied
    }

    /// Closes `db` and removes the file `tipdb init` created for it, when the migrations that were
    /// to make it a database failed (a full disk, a file-size limit, a signal) and the rollback
    /// left it empty: an empty file is no database, and one left behind read as someone else's.
    ///
    /// Only an empty file without a `-journal` or `-wal` beside it is removed: one holding pages,
    /// or a journal that another `tipdb init` writing the same new file left, is not this
    /// command's to delete. One case it cannot see: another `tipdb init` that opened the new file
    /// meanwhile and still waits for its write lock would then make its database in the file
    /// removed here; that takes two inits of one new file at once and the first one failing.
    /// Returns whether the path is now free.
    private static func removeUnmade(_ db: Database, path: String) -> Bool {
        db.close()
        let manager = FileManager.default
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        guard size == 0, !manager.fileExists(atPath: path + "-journal"), !manager.fileExists(atPath: path + "-wal") else {
            return !manager.fileExists(atPath: path)
        }
        return unlink(path) == 0
    }
}
