import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database with SQLite's online backup: consistent even while an ingest runs.",
            discussion: "The copy is written next to DEST and renamed into place when complete, so DEST is never half-written. DEST may not be the database, its -wal, -shm or -journal file, a folder, a device or - (exit 64: a backup is a file; ./- names a file called -)."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Where to write the copy.")
        var destination: String

        @Flag(help: "Replace DEST if it exists.")
        var force = false

        func validate() throws {
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
                if FileManager.default.fileExists(atPath: destination) && !force {
                    throw BackupError.exists(destination)
                }
                let parent = PathSpelling.folder(of: destination)
                let folder = parent.isEmpty ? "." : parent
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                    throw BackupError.cannotWrite(destination, reason: "no folder \(folder)")
                }
                guard FileManager.default.isWritableFile(atPath: folder) else {
                    throw BackupError.cannotWrite(destination, reason: "the folder \(folder) is not writable")
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
                    // Checked again: a file may have appeared there while the copy was made. rename(2)
                    // replaces a file in one step, and fails rather than replace a directory.
                    if !force && FileManager.default.fileExists(atPath: destination) { throw BackupError.exists(destination) }
                    guard rename(partial, destination) == 0 else {
                        throw BackupError.cannotWrite(destination, reason: String(cString: strerror(errno)))
                    }
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
