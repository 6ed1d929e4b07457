import Foundation
import Storage
import Testing

@Suite("SQLite wrapper: a private copy to write and roll back in, a writability check")
struct PrivateCopyTests {
    @Test("the copy holds the rows of a read-only source; writes to it leave the source file as it was")
    func copyOfReadOnlySource() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("source.sqlite").path
            let writer = try Database(path: path, mode: .readWriteCreate)
            try writer.execute("CREATE TABLE t (x INTEGER) STRICT")
            try writer.execute("INSERT INTO t VALUES (1), (2)")
            writer.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))

            let source = try Database(path: path, mode: .readOnly)
            defer { source.close() }
            let copy = try source.privateCopy()
            defer { copy.close() }
            #expect(copy.path.isEmpty)
            #expect(try copy.integer("SELECT count(*) FROM t") == 2)
            try copy.transaction(.immediate) { try copy.execute("INSERT INTO t VALUES (3)") }
            #expect(try copy.integer("SELECT count(*) FROM t") == 3)
            #expect(try source.integer("SELECT count(*) FROM t") == 2)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a database in a folder this process may write is writable; a missing folder is not")
    func writability() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("w.sqlite").path
            try Database(path: path, mode: .readWriteCreate).close()
            #expect(Database.isWritable(path: path))
            #expect(!Database.isWritable(path: dir.appendingPathComponent("missing/w.sqlite").path))
        }
    }
}
