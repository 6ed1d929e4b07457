import Foundation
import Storage
import Testing

@Suite("SQLite wrapper: a writability check")
struct WritabilityTests {
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
