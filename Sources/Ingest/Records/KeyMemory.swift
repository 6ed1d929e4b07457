import Storage

/// The keys an ingest command has read so far, so that a key given twice is caught.
///
/// Why a connection of its own: the check runs on the reading thread, beside parsing, instead
/// of on the writing thread that every load waits for (where it took 8 % of the time). The keys
/// live in a private temporary database rather than a Swift set, so memory stays flat however
/// many rows a command reads: SQLite keeps a small page cache and spills the rest to a file.
final class KeyMemory: @unchecked Sendable {
    // Used by one thread at a time: a file's reading thread has stopped before the next file's starts.
    private let db: Database
    /// The first failure of the temporary database, if any; the command must not commit after one.
    private(set) var failure: (any Error)?

    init() throws {
        db = try Database(path: "")
        // Nothing here is ever rolled back or read again after the command: no journal.
        try db.execute("PRAGMA journal_mode = OFF")
        try db.execute("PRAGMA cache_size = -16384")
        try db.forgetRememberedKeys()
        // One transaction for the whole command, never committed: closing the connection discards it.
        try db.execute("BEGIN")
    }

    /// Records that `key` of `kind` was read on `line`, and returns the line where it was first
    /// read when it was already seen.
    func remember(_ key: String, kind: RecordKind, line: Int) -> Int? {
        guard failure == nil else { return nil }
        do {
            return try db.rememberKey(key, kind: kind.rawValue, line: line)
        } catch {
            failure = error
            return nil
        }
    }
}
