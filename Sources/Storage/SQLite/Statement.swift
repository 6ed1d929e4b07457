import Foundation
internal import CSQLite

/// `SQLITE_TRANSIENT` is a C macro Swift cannot import: it tells SQLite to copy bound bytes.
private var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

/// One compiled SQL statement: bind values, step through rows, read typed columns, reset, reuse.
///
/// Values are always bound, never spliced into SQL text. The statement is finalized when it is
/// released.
public final class Statement {
    /// The SQL the statement was compiled from.
    public let sql: String
    let handle: OpaquePointer
    private let databaseHandle: OpaquePointer
    private lazy var columnIndexes: [String: Int32] = {
        var indexes: [String: Int32] = [:]
        for index in 0..<columnCount where indexes[columnName(at: Int(index))] == nil {
            indexes[columnName(at: Int(index))] = index
        }
        return indexes
    }()

    init(database: Database, sql: String, persistent: Bool) throws {
        self.sql = sql
        self.databaseHandle = database.handle
        var statement: OpaquePointer?
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, flags, &statement, nil)
        try database.check(rc, sql: sql)
        guard let statement else {
            throw StorageError(extendedCode: SQLITE_MISUSE, message: "no SQL statement in the text", sql: sql)
        }
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private func check(_ rc: Int32) throws {
        guard rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE else { return }
        throw StorageError(extendedCode: rc, message: String(cString: sqlite3_errmsg(databaseHandle)), sql: sql)
    }

    // MARK: Parameters

    /// Number of parameters (`?`, `?NNN`, `:name`, `@name`, `$name`) in the statement.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The name of parameter `index` (1-based) including its prefix, or nil for a plain `?`.
    public func parameterName(at index: Int) -> String? {
        guard let name = sqlite3_bind_parameter_name(handle, Int32(index)) else { return nil }
        return String(cString: name)
    }

    /// The 1-based index of the parameter named `name` (with its prefix, e.g. `:key`), or nil.
    public func parameterIndex(named name: String) -> Int? {
        let index = sqlite3_bind_parameter_index(handle, name)
        return index == 0 ? nil : Int(index)
    }

    /// Binds a value to parameter `index` (1-based).
    public func bind(_ value: DatabaseValue, at index: Int) throws {
        let i = Int32(index)
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, i)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, i, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, i, v)
        case .text(let v):
            rc = sqlite3_bind_text64(handle, i, v, UInt64(v.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let v):
            rc = v.withUnsafeBytes { bytes in
                // A zero-length blob must still be a blob, not NULL: bind_zeroblob says so explicitly.
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, i, 0)
                }
                return sqlite3_bind_blob64(handle, i, base, UInt64(bytes.count), transient)
            }
        }
        try check(rc)
    }

    /// Binds a value to the parameter named `name` (with its prefix, e.g. `:key`).
    public func bind(_ value: DatabaseValue, named name: String) throws {
        guard let index = parameterIndex(named: name) else {
            throw StorageError(extendedCode: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Binds text given as UTF-8 bytes without building a `String`; SQLite copies them.
    public func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws {
        try bindText(bytes, at: index, destructor: transient)
    }

    /// Binds text given as UTF-8 bytes that SQLite reads where they are, without a copy: the
    /// caller must keep them unchanged until the parameter is bound again or the bindings are
    /// cleared, and must do one of the two before the memory is reused.
    ///
    /// Why: a copied text costs SQLite a malloc, a copy and a free. Bulk loads bind millions of
    /// short texts: a figures load's chunks from one buffer (`TextBindings`), a case-level file's
    /// from the batch its reading thread filled, where the copies were a tenth of the inserting
    /// thread's instructions (`CaseRows`).
    public func bindBorrowedText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws {
        // nil is SQLITE_STATIC: SQLite neither copies nor frees the bytes.
        try bindText(bytes, at: index, destructor: nil)
    }

    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, destructor: sqlite3_destructor_type?) throws {
        let rc: Int32
        if let base = bytes.baseAddress, bytes.count > 0 {
            rc = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                sqlite3_bind_text64(handle, Int32(index), chars, UInt64(bytes.count), destructor, UInt8(SQLITE_UTF8))
            }
        } else {
            // An empty text, not NULL.
            rc = sqlite3_bind_text(handle, Int32(index), "", 0, transient)
        }
        try check(rc)
    }

    /// Clears previous bindings, then binds `arguments` to parameters 1, 2, ...
    public func bind(_ arguments: [any DatabaseValueConvertible]) throws {
        clearBindings()
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.databaseValue, at: offset + 1)
        }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Execution

    /// Advances to the next row. Returns true when a row is available, false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        // Reset so the statement (often cached) is usable again after the failure.
        sqlite3_reset(handle)
        try check(rc)
        return false
    }

    /// Steps until done and resets, for statements that return no rows.
    public func run() throws {
        while try step() {}
        try reset()
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() throws {
        try check(sqlite3_reset(handle))
    }

    /// True when the statement makes no direct change to the database file.
    ///
    /// See <https://sqlite.org/c3ref/stmt_readonly.html>: `BEGIN` and `SAVEPOINT` also count as
    /// read-only, and a read-only statement may still be refused on a `query_only` connection.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Columns

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public func columnName(at index: Int) -> String {
        guard let name = sqlite3_column_name(handle, Int32(index)) else { return "" }
        return String(cString: name)
    }

    /// The index of the first column named `name`, or nil.
    public func columnIndex(named name: String) -> Int? {
        columnIndexes[name].map(Int.init)
    }

    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    public func int64(at index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    public func double(at index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }

    /// The column as a number, or nil when it is NULL: one column call instead of two (through
    /// an unprotected value, read at once; see `appendText`).
    public func optionalDouble(at index: Int) -> Double? {
        guard let value = sqlite3_column_value(handle, Int32(index)), sqlite3_value_type(value) != SQLITE_NULL else {
            return nil
        }
        return sqlite3_value_double(value)
    }

    /// The column as text. A zero-length text comes back from SQLite as a NULL pointer: that is "", not nil.
    public func string(at index: Int) -> String? {
        let i = Int32(index)
        guard sqlite3_column_type(handle, i) != SQLITE_NULL else { return nil }
        guard let text = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Appends the column's text bytes to `buffer` and returns how many, or nil (nothing
    /// appended) when the column is NULL.
    ///
    /// Why: making a `String` of each value is most of the cost of reading many rows, and
    /// SQLite's text is valid only until the next step. Copying the bytes lets one thread step
    /// while another makes the strings.
    ///
    /// Reads through `sqlite3_column_value`: one column call (each also checks the connection's
    /// error state) instead of three. That value is "unprotected", valid only on the thread
    /// stepping this statement and until the next step, so it never leaves this method.
    public func appendText(at index: Int, to buffer: ByteBuffer) -> Int? {
        guard let value = sqlite3_column_value(handle, Int32(index)), sqlite3_value_type(value) != SQLITE_NULL else {
            return nil
        }
        guard let text = sqlite3_value_text(value) else { return 0 }
        let count = Int(sqlite3_value_bytes(value))
        buffer.append(text, length: count)
        return count
    }

    /// The column as bytes. A zero-length blob comes back as a NULL pointer: that is empty `Data`, not nil.
    public func data(at index: Int) -> Data? {
        let i = Int32(index)
        guard sqlite3_column_type(handle, i) != SQLITE_NULL else { return nil }
        guard let bytes = sqlite3_column_blob(handle, i) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, i)))
    }

    /// The column with its storage class, and whether it is text whose bytes are not valid UTF-8.
    ///
    /// Why: SQLite keeps whatever bytes another program wrote as TEXT (`CAST(x'41ff' AS TEXT)`), and
    /// a Swift string cannot hold them: such a text comes back, as from `value(at:)`, with U+FFFD
    /// for each invalid sequence, which `tipdb sql` then says on standard error rather than write
    /// the changed text without a word. Valid text is read in one pass, as `value(at:)` reads it.
    public func checkedValue(at index: Int) -> (value: DatabaseValue, invalidUTF8: Bool) {
        let i = Int32(index)
        guard sqlite3_column_type(handle, i) == SQLITE_TEXT else { return (value(at: index), false) }
        guard let text = sqlite3_column_text(handle, i) else { return (.text(""), false) }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, i)))
        if let valid = String(validating: bytes, as: UTF8.self) { return (.text(valid), false) }
        return (.text(String(decoding: bytes, as: UTF8.self)), true)
    }

    /// The column with its storage class.
    public func value(at index: Int) -> DatabaseValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT: return .text(string(at: index) ?? "")
        case SQLITE_BLOB: return .blob(data(at: index) ?? Data())
        default: return .null
        }
    }

    public func string(named name: String) -> String? { columnIndex(named: name).flatMap { string(at: $0) } }
    public func int64(named name: String) -> Int64? {
        guard let i = columnIndex(named: name), !isNull(at: i) else { return nil }
        return int64(at: i)
    }
    public func double(named name: String) -> Double? {
        guard let i = columnIndex(named: name), !isNull(at: i) else { return nil }
        return double(at: i)
    }
    public func data(named name: String) -> Data? { columnIndex(named: name).flatMap { data(at: $0) } }
    public func value(named name: String) -> DatabaseValue { columnIndex(named: name).map { value(at: $0) } ?? .null }

    /// The current row, copied out of the statement.
    public func row() -> Row {
        let count = Int(columnCount)
        return Row(columns: (0..<count).map(columnName(at:)), values: (0..<count).map(value(at:)))
    }
}
