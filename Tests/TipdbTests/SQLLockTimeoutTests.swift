import Foundation
import Storage
import Testing

/// `tipdb sql --timeout N` bounds the wait for another process's lock too: it always waited
/// SQLite's 5 s busy timeout, whatever N said (review of session 44).
@Suite("sql --timeout bounds the wait for a lock (built binary)", .serialized)
struct SQLLockTimeoutTests {
    @Test("a database another connection holds exclusively: --timeout 1 gives up busy (exit 2); --timeout 600 waits past SQLite's 5 s until the lock is let go")
    func boundedWait() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let holder = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite, busyTimeout: 0)
            defer { holder.close() }
            try holder.execute("PRAGMA locking_mode = EXCLUSIVE")
            try holder.execute("BEGIN EXCLUSIVE")
            try holder.execute("INSERT INTO tags VALUES ('zz', NULL)")
            let result = try Tipdb.run(["sql", "--timeout", "1", "SELECT count(*) FROM tags"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: database is busy: another process is writing it and did not finish within 1 s; try again when it has finished, or give --timeout SECONDS to wait longer\n", "\(result.stderr)")

            // No time is asserted (a loaded machine is slow to start a process): a wait bounded
            // by the fixed 5 s would have ended busy before the lock is let go, 5.5 s after the
            // query has the database open.
            let output = dir.appendingPathComponent("sql.out")
            try Data().write(to: output)
            let handle = try FileHandle(forWritingTo: output)
            defer { try? handle.close() }
            let waiting = try Tipdb.start(["sql", "--timeout", "600", "SELECT count(*) AS n FROM tags"], in: dir, stdout: handle, stderr: handle)
            #expect(OpenFiles.waitUntilOpen(waiting, "tipdb.sqlite"), "the query ended before it opened the database")
            Thread.sleep(forTimeInterval: 5.5)
            let stillWaiting = waiting.isRunning
            try holder.execute("ROLLBACK")
            try holder.execute("PRAGMA locking_mode = NORMAL")
            _ = try holder.integer("SELECT count(*) FROM tags")  // lets the exclusive lock go
            waiting.waitUntilExit()
            let printed = try String(contentsOf: output, encoding: .utf8)
            #expect(stillWaiting, "\(printed)")
            #expect(waiting.terminationStatus == 0, "\(printed)")
        }
    }
}
