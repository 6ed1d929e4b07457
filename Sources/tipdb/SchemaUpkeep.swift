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
}
