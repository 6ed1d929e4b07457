import Foundation
import Storage
import Testing

/// `tipdb sql --timeout N` bounds the wait for another process's lock too: it always waited
/// SQLite's 5 s busy timeout, whatever N said (review of session 44).
@Suite("sql --timeout bounds the wait for a lock (built binary)", .serialized)
struct SQLLockTimeoutTests {
    @Test("a database another connection holds exclusively: --timeout 1 gives up after about 1 s, busy, exit 2, not after 5 s")
    func boundedWait() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let holder = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite, busyTimeout: 0)
            defer { holder.close() }
            try holder.execute("PRAGMA locking_mode = EXCLUSIVE")
            try holder.execute("BEGIN EXCLUSIVE")
            try holder.execute("INSERT INTO tags VALUES ('zz', NULL)")
            let start = Date()
            let result = try Tipdb.run(["sql", "--timeout", "1", "SELECT count(*) FROM tags"], in: dir)
            let elapsed = Date().timeIntervalSince(start)
            try holder.execute("ROLLBACK")
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: database is busy: another process is writing it and did not finish within the busy timeout; try again when it has finished\n", "\(result.stderr)")
            #expect(elapsed < 4, "waited \(elapsed) s")
        }
    }
}
