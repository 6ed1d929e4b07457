import Foundation
import Storage
import Testing

@Suite("SQLite wrapper: statements, binding and reading")
struct StatementTests {
    @Test("every storage class round-trips through bind and read", arguments: [
        DatabaseValue.null,
        .integer(0), .integer(Int64.max), .integer(Int64.min), .integer(-1),
        .real(0.5), .real(-1e300), .real(2.45e6),
        .text(""), .text("Côte d’Ivoire – 2,4 млн 🙂"), .text("'; DROP TABLE t; --"),
        .blob(Data()), .blob(Data([0, 1, 2, 255])),
    ])
    func roundTrip(value: DatabaseValue) throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (v ANY) STRICT")
        try db.execute("INSERT INTO t (v) VALUES (?)", [value])
        let statement = try db.prepare("SELECT v, typeof(v) AS type FROM t")
        #expect(try statement.step())
        #expect(statement.value(at: 0) == value)
        #expect(statement.value(named: "v") == value)
        let expectedType: String =
            switch value {
            case .null: "null"
            case .integer: "integer"
            case .real: "real"
            case .text: "text"
            case .blob: "blob"
            }
        #expect(statement.string(named: "type") == expectedType)
    }

    @Test("text bound from bytes, copied or borrowed: stored as written, empty is text not NULL, a borrowed binding reads the bytes at each step")
    func bytesAsText() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (n INTEGER, v ANY) STRICT")
        let insert = try db.prepare("INSERT INTO t (n, v) VALUES (?, ?)")
        var bytes = Array("Côte d’Ivoire".utf8)
        try bytes.withUnsafeBufferPointer { try insert.bindText($0, at: 2) }
        bytes[0] = UInt8(ascii: "X")  // a copied binding no longer looks at the array
        try insert.bind(.integer(1), at: 1)
        try insert.run()
        try bytes.withUnsafeMutableBufferPointer { buffer in
            let borrowed = UnsafeBufferPointer(buffer)
            try insert.bindBorrowedText(borrowed, at: 2)
            try insert.bind(.integer(2), at: 1)
            try insert.run()
            // Borrowed: the bytes as they are when the statement runs again.
            buffer[0] = UInt8(ascii: "Y")
            try insert.bind(.integer(3), at: 1)
            try insert.run()
            insert.clearBindings()
        }
        try [UInt8]().withUnsafeBufferPointer { try insert.bindBorrowedText($0, at: 2) }
        try insert.bind(.integer(4), at: 1)
        try insert.run()
        let rows = try db.rows("SELECT v, typeof(v) AS type FROM t ORDER BY n")
        #expect(rows.map { $0.string("v") } == ["Côte d’Ivoire", "Xôte d’Ivoire", "Yôte d’Ivoire", ""])
        #expect(rows.map { $0.string("type") } == ["text", "text", "text", "text"])
    }

    @Test("empty text and empty blob read back as empty, not nil")
    func emptyValuesAreNotNull() throws {
        let db = try Database.inMemory()
        let statement = try db.prepare("SELECT '' AS t, x'' AS b, NULL AS n")
        #expect(try statement.step())
        #expect(statement.string(at: 0) == "")
        #expect(statement.data(at: 1) == Data())
        #expect(statement.string(at: 2) == nil)
        #expect(statement.data(at: 2) == nil)
        #expect(statement.isNull(at: 2))
    }

    @Test("text copied into a buffer: NULL, empty, non-ASCII, an embedded NUL and a value larger than the buffer, back to back")
    func appendText() throws {
        let db = try Database.inMemory()
        let statement = try db.prepare(
            "SELECT NULL, '', 'Côte d’Ivoire 🙂', 'a' || char(0) || 'b', 12, 2.5, replace(hex(zeroblob(100)), '00', 'xy')")
        #expect(try statement.step())
        let buffer = ByteBuffer(capacity: 8)
        let kept = Array("kept".utf8)
        kept.withUnsafeBufferPointer { buffer.append($0.baseAddress!, length: $0.count) }
        #expect(statement.appendText(at: 0, to: buffer) == nil)
        #expect(statement.appendText(at: 1, to: buffer) == 0)
        let accented = statement.appendText(at: 2, to: buffer)
        #expect(accented == "Côte d’Ivoire 🙂".utf8.count)
        #expect(statement.appendText(at: 3, to: buffer) == 3)
        // A number is appended as SQLite writes it as text.
        #expect(statement.appendText(at: 4, to: buffer) == 2)
        // 200 bytes: the buffer (64 bytes at least) grows, keeping what it held.
        #expect(statement.appendText(at: 6, to: buffer) == 200)
        let expected = "keptCôte d’Ivoire 🙂a\u{0}b12" + String(repeating: "xy", count: 100)
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } == expected)
        #expect(statement.optionalDouble(at: 0) == nil)
        #expect(statement.optionalDouble(at: 4) == 12)
        #expect(statement.optionalDouble(at: 5) == 2.5)
    }

    @Test("named parameters bind with every prefix")
    func namedParameters() throws {
        let db = try Database.inMemory()
        let statement = try db.prepare("SELECT :a + @b + $c")
        try statement.bind(.integer(1), named: ":a")
        try statement.bind(.integer(2), named: "@b")
        try statement.bind(.integer(3), named: "$c")
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 6)
        #expect(throws: StorageError.self) { try statement.bind(.integer(1), named: ":missing") }
    }

    @Test("a statement is reused after reset with new bindings")
    func reuse() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT) STRICT")
        let insert = try db.cachedStatement("INSERT INTO t (k, v) VALUES (?, ?)")
        for k in 1...100 {
            try insert.bind([k, "row \(k)"])
            try insert.run()
        }
        #expect(try db.cachedStatement("INSERT INTO t (k, v) VALUES (?, ?)") === insert)
        #expect(try db.integer("SELECT count(*) FROM t") == 100)
        #expect(try db.rows("SELECT v FROM t WHERE k = ?", [42]).first?.string("v") == "row 42")
    }

    @Test("a constraint error carries codes, message and SQL, but never the bound values")
    func constraintError() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (k TEXT PRIMARY KEY) STRICT")
        try db.execute("INSERT INTO t (k) VALUES (?)", ["secret-passport-number"])
        let error = #expect(throws: StorageError.self) {
            try db.execute("INSERT INTO t (k) VALUES (?)", ["secret-passport-number"])
        }
        #expect(error?.resultCode == 19)
        #expect(error?.extendedCode == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
        #expect(error?.message.contains("UNIQUE constraint failed: t.k") == true)
        #expect(error?.sql == "INSERT INTO t (k) VALUES (?)")
        #expect(error?.description.contains("(SQLITE_CONSTRAINT_PRIMARYKEY, extended code 1555)") == true)
        #expect(error?.description.contains("secret-passport-number") == false)
    }

    @Test("an error is named by its extended code when it has a common name, else by its primary code", arguments: [
        (18, "m (SQLITE_TOOBIG, extended code 18)"),
        (1555, "m (SQLITE_CONSTRAINT_PRIMARYKEY, extended code 1555)"),
        (2067, "m (SQLITE_CONSTRAINT_UNIQUE, extended code 2067)"),
        (778, "m (SQLITE_IOERR_WRITE, extended code 778)"),
        (776, "m (SQLITE_READONLY_ROLLBACK, extended code 776)"),
        (25354, "m (SQLITE_IOERR, extended code 25354)"),  // SQLITE_IOERR | (99 << 8): no name
        (24, "m (SQLITE_FORMAT, extended code 24)"),
    ])
    func codeNames(code: Int, description: String) {
        #expect(StorageError(extendedCode: Int32(code), message: "m").description == description)
    }

    @Test("every primary result code has its name")
    func everyPrimaryCodeNamed() {
        for code in Int32(1)...28 {
            let name = StorageError(extendedCode: code, message: "m").codeName
            #expect(name.hasPrefix("SQLITE_") && !name.contains(where: \.isNumber), "\(code): \(name)")
        }
    }

    @Test("a syntax error names the SQL")
    func syntaxError() throws {
        let db = try Database.inMemory()
        let error = #expect(throws: StorageError.self) { try db.prepare("SELEC 1") }
        #expect(error?.resultCode == 1)
        #expect(error?.description.contains("SELEC 1") == true)
    }

    @Test("a script with several statements and comments runs whole")
    func scripts() throws {
        let db = try Database.inMemory()
        try db.execute("""
            -- a comment
            CREATE TABLE a (x INTEGER) STRICT; INSERT INTO a VALUES (1);
            /* another */ INSERT INTO a VALUES (2);
            -- trailing comment
            """)
        #expect(try db.integer("SELECT sum(x) FROM a") == 3)
    }

    @Test("read-only statements are told apart from writes")
    func readOnlyDetection() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (x INTEGER) STRICT")
        #expect(try db.prepare("SELECT * FROM t").isReadOnly)
        #expect(try !db.prepare("DELETE FROM t").isReadOnly)
        #expect(try !db.prepare("CREATE TABLE u (x)").isReadOnly)
    }
}
