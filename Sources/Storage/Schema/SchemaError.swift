import Foundation

/// Why a database file cannot be used by this tipdb. Every case means exit code 2: the file is
/// left exactly as it was.
public enum SchemaError: Error, LocalizedError, Equatable, Sendable {
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The path is a directory.
    case isADirectory(path: String)
    /// The path is a pipe, socket or device: SQLite cannot keep a database there, and reading
    /// a pipe's header waited for a writer forever.
    case notRegularFile(path: String)
    /// The file does not exist and the command does not create databases.
    case missing(path: String)
    /// `tipdb init` was given a path in a folder that does not exist (`folder` as the path names it).
    case folderMissing(path: String, folder: String)
    /// The path's folder does not exist, for a command that opens an existing database: the
    /// advice to create it with `tipdb init` there would only fail again.
    case missingFolder(path: String, folder: String)
    /// The path names a file SQLite keeps beside a database (`suffix` is `-wal`, `-shm` or
    /// `-journal`; `database` the path without it), or would take a new database of that name for one.
    case companionFile(path: String, database: String, suffix: String, databaseExists: Bool)
    /// `tipdb init` was given a path whose folder part names a file.
    case folderIsAFile(path: String, folder: String)
    /// The file is SQLite but has no tipdb schema.
    case notInitialised(path: String)
    /// The file is another program's SQLite database: it has tables, none of them tipdb's.
    case otherProgram(path: String)
    /// The database was migrated by a newer tipdb.
    case newerSchema(path: String, version: Int, known: Int)
    /// An applied migration differs from the one in this binary.
    case checksumMismatch(path: String, version: Int, name: String)
    /// Migrations are pending and the command needs the current schema.
    case outOfDate(path: String, version: Int, latest: Int)
    /// A migration left rows that break a foreign key.
    case foreignKeyViolation(version: Int, table: String)
    /// A WAL database whose `-wal` file holds commits, in a folder where SQLite cannot create the
    /// `-shm` index it needs to read them.
    case pendingWALInReadOnlyFolder(path: String)
    /// A migration's SQL failed (an object added with another tool in its way); nothing applied.
    case migrationFailed(path: String, version: Int, name: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notADatabase(let path):
            "\(path): not a SQLite database (the file's header is not \"SQLite format 3\"); check the path (a new database is made by `tipdb init --db NEWFILE`)"
        case .isADirectory(let path):
            "\(path): is a directory; give the path of a database file"
        case .notRegularFile(let path):
            "\(path): not a regular file (a device, a pipe or a socket); expected the path of a database file (nothing was changed)"
        case .missing(let path):
            "\(path): no such database; create it with `tipdb init --db \(path)`"
        case .folderMissing(let path, let folder):
            "\(path): the folder \(folder) does not exist, and tipdb creates no folders; expected a path in an existing folder: create it first (mkdir -p \(folder)) or give another path (nothing was created)"
        case .missingFolder(let path, let folder):
            "\(path): no such database: the folder \(folder) does not exist; check the path (a new database goes in an existing folder: mkdir -p \(folder), then `tipdb init --db \(path)`)"
        case .companionFile(let path, let database, let suffix, true):
            "\(path): is the \(suffix.dropFirst()) file SQLite keeps beside the database \(database), not a database; expected the database itself: --db \(database) (nothing was changed)"
        case .companionFile(let path, let database, let suffix, false):
            "\(path): a database of this name would be taken by SQLite for the \(suffix.dropFirst()) file of a database \(database), and deleted or overwritten with it; expected a name that does not end in -wal, -shm or -journal (nothing was changed)"
        case .folderIsAFile(let path, let folder):
            "\(path): \(folder) is a file, not a folder; expected a path in a folder (nothing was created)"
        case .notInitialised(let path):
            "\(path): a SQLite database without a tipdb schema; run `tipdb init --db \(path)` to add it"
        case .otherProgram(let path):
            "\(path): another program's SQLite database (it has tables, none of them tipdb's); tipdb adds nothing to it: give tipdb init a new file name"
        case .newerSchema(let path, let version, let known):
            "\(path): schema version \(version) is newer than this tipdb knows (\(known)); upgrade tipdb"
        case .checksumMismatch(let path, let version, let name):
            "\(path): migration \(version) (\(name)) was applied from a different file than this tipdb's; the database was built by another tipdb build, restore it from a backup or use that build"
        case .outOfDate(let path, let version, let latest):
            "\(path): schema version \(version) is older than this tipdb's (\(latest)); back it up first with `tipdb backup --db \(path) DEST` (a migration cannot be undone), then run `tipdb migrate --db \(path)`"
        case .foreignKeyViolation(let version, let table):
            "migration \(version) left rows in \(table) that break a foreign key; nothing was applied"
        case .pendingWALInReadOnlyFolder(let path):
            "\(path): its \(URL(fileURLWithPath: path).lastPathComponent)-wal file holds changes not yet in the database file, and reading them needs a -shm file that cannot be created in this folder; copy both files together to a folder you can write and open the copy (nothing was changed)"
        case .migrationFailed(let path, let version, let name, let reason):
            "\(path): migration \(version) (\(name)) failed: \(reason); the database is unchanged. A table, view or trigger added with another tool (the sqlite3 shell) may depend on what it changes: drop it, run `tipdb migrate --db \(path)` again, then add it back"
        }
    }
}
