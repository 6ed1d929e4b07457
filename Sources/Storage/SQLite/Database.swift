import Foundation
internal import CSQLite

/// A connection to one SQLite database file (or an in-memory database).
///
/// The connection is not thread-safe, so `Database` is deliberately not `Sendable`: Swift 6
/// refuses to share it between tasks. Open one connection per thread or process instead; SQLite's
/// WAL journal lets readers work while a writer writes.
public final class Database {
    /// How to open the file.
    public enum OpenMode: Sendable {
        /// Read and write; create the file when it does not exist.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only: every write fails with `SQLITE_READONLY`.
        case readOnly
    }

    /// The path given at open time (`:memory:` for an in-memory database).
    public let path: String
    /// The mode the connection was opened with.
    public let mode: OpenMode
    /// Seconds to wait for another connection's lock (`init`'s `busyTimeout`): kept so that a
    /// write under `stoppingOnSignal` waits as long, while listening for a signal.
    let busyTimeout: Double
    let handle: OpaquePointer
    private var statementCache: [String: Statement] = [:]
    /// Set while `deferringFigureSearchIndex` holds the per-row search trigger back.
    var deferredSearch: DeferredSearch?
    /// Set while `deferringFigureIndexes` counts the figures a bulk load inserts, and after a
    /// load that failed with its indexes dropped, until the transaction commits or rolls back.
    var deferredIndexes: DeferredIndexes?
    /// The gate of the write running under `stoppingOnSignal` on this connection, for the
    /// between-rows check (`stopIfSignalled`); nil outside such a write.
    var writeGate: WriteGate?
    /// Whether two `extra` texts (JSON objects) hold the same values, for updates whose new text
    /// differs from the stored one: when it says yes, the stored text is kept and the figure is
    /// unchanged. nil: texts are compared as they are.
    ///
    /// Why a hook: a tool that rewrites a JSON file may write `1.50` as `1.5` or reorder members,
    /// which is no new value; telling so needs a JSON parser, which the ingest has and Storage does not.
    public var sameExtra: ((String, String) -> Bool)?

    /// `extra` as an update writes it: the stored text when `sameExtra` finds the same values in
    /// both, so that an update of nothing is no update; else the new text.
    func extra(_ text: String?, keeping stored: String?) -> String? {
        guard let text, let stored, text != stored, sameExtra?(text, stored) == true else { return text }
        return stored
    }
    /// Whether the first committed transaction switches the file to the WAL journal
    /// (`DatabaseFile.open` sets it for a file opened for writing that is not in WAL mode yet).
    ///
    /// Why after a commit and not at open: switching rewrites the file's header, and a command
    /// that writes nothing (a dry run, a rejected ingest, a migrate with nothing to apply) must
    /// leave a file byte for byte as it was, such as a backup copy, which `tipdb backup` writes
    /// in rollback mode so that it is one self-contained file.
    var switchesToWALOnCommit = false
    /// Whether the database has `source_labels` (m0023), once asked (`sourceLabelsPresent()`);
    /// nil until then, and again after each migration (`Migrator`), which may make the table.
    ///
    /// Why kept: every source an ingest writes is labelled, and asking `sqlite_schema` each time
    /// is a query per source for an answer that does not change while the connection is open.
    var hasSourceLabels: Bool?
    /// Whether the sources table has its `container` column (m0055), once asked
    /// (`containerColumnPresent()`); nil until then, and again after each migration (`Migrator`).
    ///
    /// Why: the follow-ups of older migrations (m0023's and later relabelling) read every source
    /// before m0055 has added the column.
    var hasSourceContainer: Bool?
    /// The load whose figures `keepingCorrections` last judged (`reloadedFile(batch:)`), with the
    /// answers about earlier loads it asked; dropped on a rollback, which may give its batch
    /// number to another load.
    var reloadedFileCache: ReloadedFile?
    private var isClosed = false

    /// Process-wide SQLite settings, applied once before the first connection opens.
    ///
    /// Why memory statistics off: with them on, every allocation SQLite makes (one per bound
    /// text value, among others) takes a global mutex to keep the counts. tipdb reads none of
    /// them (no `sqlite3_memory_used`, no soft heap limit).
    private static let configureLibrary: Void = {
        _ = tipdb_sqlite3_disable_memstatus()
    }()

    /// Opens a connection.
    ///
    /// Extended result codes are switched on, foreign keys are enforced, and files opened for
    /// writing use the WAL journal so that readers never block the writer.
    ///
    /// - Parameters:
    ///   - path: The database file, or `:memory:`.
    ///   - mode: Whether to create, write or only read.
    ///   - busyTimeout: How long to wait, in seconds, for another connection's lock before failing with `SQLITE_BUSY`.
    ///   - usesWAL: Whether a file opened for writing is switched to the WAL journal now. Switching
    ///     writes the file's header and persists, so `DatabaseFile` passes false and switches only
    ///     once it knows the file is one tipdb may change (`useWAL()`).
    ///   - immutable: Opens a read-only file as one nothing changes while it is open: no locks, no
    ///     `-shm` file (SQLite's `immutable` URI parameter). Only for a file whose changes are all in
    ///     it and whose folder nobody can write (see `DatabaseFile.open`).
    /// - Throws: `StorageError` when the file cannot be opened or configured.
    public init(
        path: String, mode: OpenMode = .readWriteCreate, busyTimeout: Double = 5, usesWAL: Bool = true, immutable: Bool = false
    ) throws {
        self.path = path
        self.mode = mode
        self.busyTimeout = busyTimeout
        _ = Self.configureLibrary
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        let name: String
        if immutable && mode == .readOnly {
            flags |= SQLITE_OPEN_URI
            name = Self.immutableURI(path)
        } else {
            // SQLite built with SQLITE_USE_URI (Debian's is) reads a name starting with "file:" as a
            // URI; "./" keeps a file of that name a file.
            name = path.hasPrefix("file:") ? "./" + path : path
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard let db else {
            throw StorageError(extendedCode: rc, message: "cannot open \(path): out of memory")
        }
        guard rc == SQLITE_OK else {
            // The handle exists even when open fails: read the message, then close it.
            let message = String(cString: sqlite3_errmsg(db))
            sqlite3_close_v2(db)
            throw StorageError(extendedCode: rc, message: "cannot open \(path): \(message)")
        }
        self.handle = db
        sqlite3_extended_result_codes(db, 1)
        _ = tipdb_sqlite3_disable_fts3_tokenizer(db)
        sqlite3_busy_timeout(db, Int32(max(0, min(busyTimeout * 1000, Double(Int32.max)))))
        do {
            try execute("PRAGMA foreign_keys = ON")
            if usesWAL { try useWAL() }
        } catch {
            sqlite3_close_v2(db)
            isClosed = true
            throw error
        }
    }

    /// The `file:` URI that opens `path` read-only and immutable. The characters a URI gives a
    /// meaning (`%`, `?`, `#`) are escaped, and so are bytes outside ASCII; an absolute path keeps
    /// one leading slash, so that `//server` is not read as a host name.
    static func immutableURI(_ path: String) -> String {
        var escaped = "file:"
        var body = Substring(path)
        if body.hasPrefix("/") {
            body = body.drop { $0 == "/" }
            escaped += "/"
        }
        for byte in body.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
                escaped += String(format: "%%%02X", byte)
            default:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return escaped + "?mode=ro&immutable=1"
    }

    /// Leaves the WAL as it is when this connection closes (no checkpoint into the database file),
    /// for a file that is about to be refused and must stay exactly as it was.
    func leaveWALOnClose() {
        _ = tipdb_sqlite3_no_checkpoint_on_close(handle)
    }

    /// Switches a file opened for writing to the WAL journal (a no-op for read-only, in-memory and
    /// temporary databases, and for a file already in WAL mode).
    public func useWAL() throws {
        guard mode != .readOnly && path != ":memory:" && !path.isEmpty else { return }
        try execute("PRAGMA journal_mode = WAL")
    }

    /// Opens a private, empty in-memory database.
    public static func inMemory() throws -> Database {
        try Database(path: ":memory:")
    }

    deinit {
        close()
    }

    /// Closes the connection. Statements still alive are finalized when they are released.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        statementCache.removeAll()
        // close_v2 defers the close until the last statement is finalized, so order never matters.
        sqlite3_close_v2(handle)
    }

    /// Turns a result code into a thrown `StorageError` carrying SQLite's message and the SQL.
    func check(_ rc: Int32, sql: String? = nil) throws {
        guard rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE else { return }
        throw StorageError(extendedCode: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Compiles one SQL statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql, persistent: false)
    }

    /// Returns a compiled statement for `sql`, compiling it only the first time.
    ///
    /// The statement comes back reset, with its bindings cleared. Use it for statements run many
    /// times (ingest runs the same INSERT for every row).
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            try statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(database: self, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Runs SQL that may hold several statements and returns no rows (schema scripts, pragmas).
    public func execute(_ sql: String) throws {
        try sql.withCString { start in
            var cursor: UnsafePointer<CChar> = start
            while cursor.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v3(handle, cursor, -1, 0, &statement, &tail)
                let end = tail ?? cursor
                let text = String(
                    decoding: UnsafeRawBufferPointer(start: cursor, count: cursor.distance(to: end)),
                    as: UTF8.self)
                try check(rc, sql: text)
                guard let statement, end != cursor else { break }  // only whitespace or comments were left
                defer { sqlite3_finalize(statement) }
                var stepRC = sqlite3_step(statement)
                while stepRC == SQLITE_ROW { stepRC = sqlite3_step(statement) }
                try check(stepRC, sql: text)
                cursor = end
            }
        }
    }

    /// Runs one statement with bound arguments and returns no rows.
    public func execute(_ sql: String, _ arguments: [any DatabaseValueConvertible]) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        try statement.run()
    }

    /// Runs a query and returns every row, fully read.
    public func rows(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [Row] {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        var rows: [Row] = []
        while try statement.step() {
            rows.append(statement.row())
        }
        try statement.reset()
        return rows
    }

    /// Runs a query and returns the first column of its first row, or nil when there is none.
    public func scalar(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> DatabaseValue? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return statement.value(at: 0)
    }

    /// Runs a query whose first column is an integer, as for `SELECT count(*)`.
    public func integer(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> Int64 {
        if case .integer(let value) = try scalar(sql, arguments) { return value }
        return 0
    }

    /// The rowid of the last row inserted through this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// False while a transaction is open.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The version of the SQLite library in use.
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}

@available(*, unavailable, message: "a SQLite connection must stay on one thread; open another")
extension Database: Sendable {}
