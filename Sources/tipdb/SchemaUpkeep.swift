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
}
