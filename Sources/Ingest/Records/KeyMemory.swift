import Storage

/// The keys an ingest command has read so far, so that a key given twice is caught.
///
/// Why a connection of its own: the keys live in a private temporary database rather than a
/// Swift set, so memory stays flat however many rows a command reads: SQLite keeps a page cache
/// of `cacheMegabytes` and spills the rest to a file that is deleted when the connection closes.
/// It is not the command's database, so nothing of it is written there or rolled back with it.
///
/// Which thread, for a file of records: the one writing the database (`Ingester.load`), in file
/// order. It ran on the reading thread while the writing thread was the one a load waited for;
/// then the reading thread became that one, and this check with its digest was an eighth of its
/// work (`callgrind`, session 63). Here, the two threads are about as busy as each other.
final class KeyMemory: @unchecked Sendable {
    // Used by one thread at a time: the command's files load one after another.
    private let db: Database
    /// `remember`'s insert, compiled once and kept: looking it up in the connection's statement
    /// cache hashed its SQL for every row, 1 % of the reading thread (`callgrind`, session 62).
    private let insert: Statement
    /// The first failure of the temporary database, if any; the command must not commit after one.
    private(set) var failure: (any Error)?

    /// A 16 MB cache measured no faster on 1,000,000 keys and raised the ingest's peak from 83 to 95 MB.
    static let cacheMegabytes = 2

    init() throws {
        // A path of "" is SQLite's private temporary database; the table is in its `main` schema,
        // which is the one the pragmas below configure.
        db = try Database(path: "")
        // Nothing here is rolled back or read after the command: no journal, one transaction never committed.
        try db.execute("PRAGMA journal_mode = OFF")
        try db.execute("PRAGMA cache_size = -\(Self.cacheMegabytes * 1024)")  // sql-constant: a compile-time integer
        try db.execute("""
            CREATE TABLE seen_keys (
                kind TEXT NOT NULL, key TEXT NOT NULL, file INTEGER NOT NULL, line INTEGER NOT NULL, line_column INTEGER NOT NULL,
                digest INTEGER,
                PRIMARY KEY (kind, key)
            ) WITHOUT ROWID
            """)
        try db.execute("BEGIN")
        insert = try db.prepare(
            "INSERT INTO seen_keys (kind, key, file, line, line_column, digest) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO NOTHING")
    }

    /// Records that `key` of `kind` was read on `line` (the record starting at `column`) of the
    /// command's file number `file`, and returns where it was first read when it was already seen,
    /// with that row's digest when it gave one.
    ///
    /// - Parameter digest: the row's cells' digest (`RowDigester`), kept so that a later row with
    ///   the key can be told to repeat it or to differ from it; nil for a bulk file's rows, which
    ///   are compared by key only.
    func remember(_ key: String, kind: RecordKind, file: Int, line: Int, column: Int = 1, digest: Int64? = nil)
        -> (file: Int, line: Int, column: Int, digest: Int64?)? {
        guard failure == nil else { return nil }
        do {
            // Bound one by one, each of the six every time (`run` keeps bindings): this runs for every row of a load.
            try insert.bind(.text(kind.rawValue), at: 1)
            try insert.bind(.text(key), at: 2)
            try insert.bind(.integer(Int64(file)), at: 3)
            try insert.bind(.integer(Int64(line)), at: 4)
            try insert.bind(.integer(Int64(column)), at: 5)
            try insert.bind(digest.map { .integer($0) } ?? .null, at: 6)
            try insert.run()
            if db.changes > 0 { return nil }
            let first = try db.rows("SELECT file, line, line_column, digest FROM seen_keys WHERE kind = ? AND key = ?", [kind.rawValue, key]).first
            return (first?.int("file").map(Int.init) ?? file, first?.int("line").map(Int.init) ?? 0,
                    first?.int("line_column").map(Int.init) ?? 1, first?.int("digest"))
        } catch {
            failure = error
            return nil
        }
    }

    /// Where `key` of `kind` was first read in the command, or nil (also when the temporary
    /// database failed): a warning about the figure is placed there.
    func firstRead(_ key: String, kind: RecordKind) -> (file: Int, line: Int, column: Int)? {
        guard failure == nil,
              let row = try? db.rows("SELECT file, line, line_column FROM seen_keys WHERE kind = ? AND key = ?", [kind.rawValue, key]).first,
              let file = row.int("file"), let line = row.int("line"), let column = row.int("line_column") else { return nil }
        return (Int(file), Int(line), Int(column))
    }

    /// Whether any file of the command read `key` of `kind`. When the temporary database fails
    /// it cannot tell, and says true: a key is never called missing without proof.
    func contains(_ key: String, kind: RecordKind) -> Bool {
        guard failure == nil else { return true }
        do {
            let look = try db.cachedStatement("SELECT 1 FROM seen_keys WHERE kind = ? AND key = ?")
            try look.bind(.text(kind.rawValue), at: 1)
            try look.bind(.text(key), at: 2)
            defer { try? look.reset() }
            return try look.step()
        } catch {
            return true
        }
    }
}
