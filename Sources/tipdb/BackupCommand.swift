import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database with SQLite's online backup: consistent even while an ingest runs.",
            discussion: "The copy is written next to DEST and renamed into place when complete, so DEST is never half-written."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Where to write the copy.")
        var destination: String

        @Flag(help: "Replace DEST if it exists.")
        var force = false

        func run() throws {
            try ExitStatus.run(database: database.path) {
                if FileManager.default.fileExists(atPath: destination) && !force {
                    throw BackupRefused(destination: destination)
                }
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let partial = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
                try? FileManager.default.removeItem(atPath: partial)
                do {
                    try db.backup(toPath: partial)
                    // Leave a single self-contained file: no -wal or -shm beside the copy.
                    let copy = try Database(path: partial, mode: .readWrite)
                    try copy.execute("PRAGMA journal_mode = DELETE")
                    copy.close()
                    if force { try? FileManager.default.removeItem(atPath: destination) }
                    try FileManager.default.moveItem(atPath: partial, toPath: destination)
                } catch {
                    try? FileManager.default.removeItem(atPath: partial)
                    throw error
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? NSNumber)?.int64Value ?? 0
                print("\(database.path) → \(destination) (\(ByteCount.format(size)))")
            }
        }
    }
}

/// `tipdb backup` never overwrites a file unless told to.
struct BackupRefused: Error, LocalizedError {
    let destination: String
    var errorDescription: String? { "\(destination) exists; pass --force to replace it" }
}
