import Foundation

/// Why `tipdb backup` wrote nothing to its destination.
enum BackupError: Error, LocalizedError {
    /// The destination exists: a backup never replaces a file unless told to.
    case exists(String)
    /// The copy could not be written beside the destination or moved into place (the partial
    /// copy is removed). Not the database's fault: it is named, not the source.
    case cannotWrite(String, reason: String)
    /// A `-wal` or `-journal` is left where DEST is missing: SQLite would apply it to the copy.
    case leftover(String, destination: String)
    /// With `--force`, DEST's `-wal`, `-shm` or `-journal` could not be removed before the rename.
    case cannotRemove(String, destination: String, reason: String)

    var errorDescription: String? {
        switch self {
        case .exists(let destination): "\(destination) exists; pass --force to replace it"
        case .cannotWrite(let destination, let reason): "\(destination): cannot write the copy there (\(reason)); expected a writable file path"
        case .leftover(let file, let destination):
            "\(file) exists, left by an earlier database at \(destination): SQLite would apply it to the copy; remove it, or pass --force to delete it"
        case .cannotRemove(let file, let destination, let reason):
            "\(file): cannot remove it (\(reason)), and SQLite would apply it to the copy at \(destination); remove it yourself and run the backup again"
        }
    }
}
