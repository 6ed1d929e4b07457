import Foundation
import Storage

/// Why `tipdb backup` wrote nothing to its destination.
enum BackupError: Error, LocalizedError {
    /// The destination exists: a backup never replaces a file unless told to.
    case exists(String)
    /// The copy could not be written beside the destination or moved into place (the partial
    /// copy is removed). Not the database's fault: it is named, not the source.
    case cannotWrite(String, reason: String)
    /// Writing the copy failed for lack of room (a full disk, a file-size limit) or an I/O
    /// error; the partial copy is removed and an existing DEST is untouched.
    case copyFailed(String, database: String, reason: String)
    /// A `-wal` or `-journal` is left where DEST is missing: SQLite would apply it to the copy.
    case leftover(String, destination: String)
    /// With `--force`, DEST's `-wal`, `-shm` or `-journal` could not be removed before the rename.
    case cannotRemove(String, destination: String, reason: String)

    /// What a failed write of the copy means for the user: the destination's problem, never the database's.
    static func writing(_ destination: String, database: String, _ error: StorageError) -> BackupError {
        switch error.resultCode {
        case 13: .copyFailed(destination, database: database, reason: "the disk is full or a file-size limit was reached")
        case 10: .copyFailed(destination, database: database, reason: "a write failed: the disk is full, a file-size limit was reached, or an I/O error")
        default: .cannotWrite(destination, reason: error.message)
        }
    }

    var errorDescription: String? {
        switch self {
        case .exists(let destination): "\(destination) exists; pass --force to replace it"
        case .cannotWrite(let destination, let reason): "\(destination): cannot write the copy there (\(reason)); expected a writable file path"
        case .copyFailed(let destination, let database, let reason):
            "\(destination): the copy could not be written (\(reason)); \(destination) is as it was and \(database) unchanged: free some space or raise the file-size limit (ulimit -f), or give a path on another disk"
        case .leftover(let file, let destination):
            "\(file) exists, left by an earlier database at \(destination): SQLite would apply it to the copy; remove it, or pass --force to delete it"
        case .cannotRemove(let file, let destination, let reason):
            "\(file): cannot remove it (\(reason)), and SQLite would apply it to the copy at \(destination); remove it yourself and run the backup again"
        }
    }
}
