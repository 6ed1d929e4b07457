import Foundation

/// Why `tipdb backup` wrote nothing to its destination.
enum BackupError: Error, LocalizedError {
    /// The destination exists: a backup never replaces a file unless told to.
    case exists(String)
    /// The copy could not be written beside the destination or moved into place (the partial
    /// copy is removed). Not the database's fault: it is named, not the source.
    case cannotWrite(String, reason: String)

    var errorDescription: String? {
        switch self {
        case .exists(let destination): "\(destination) exists; pass --force to replace it"
        case .cannotWrite(let destination, let reason): "\(destination): cannot write the copy there (\(reason)); expected a writable file path"
        }
    }
}
