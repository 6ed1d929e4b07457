import Foundation
import Storage
import Testing

/// `tipdb ingest --timeout SECONDS` bounds its wait for another writer's lock, as `backup` and
/// `sql` do, and "database is busy" says how long it waited. An ingest gave up after a fixed 5 s
/// with "did not finish within the busy timeout", naming neither the wait nor a remedy, and a
/// nightly job had to build its own retry loop (a nightly-pipeline review, session 49).
@Suite("ingest --timeout bounds the wait for the write lock (built binary)", .serialized)
struct IngestLockTimeoutTests {
    @Test("another writer holds the lock: --timeout 1 gives up busy (exit 2), saying 1 s and --timeout, as JSON too; nothing written")
    func givesUpAfterTimeout() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher\nnew-src,New,Org\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let holder = try Database(path: database.path, mode: .readWrite, busyTimeout: 0)
            defer { holder.close() }
            try holder.execute("BEGIN IMMEDIATE")
            let message = "tipdb.sqlite: database is busy: another process is writing it and did not finish within 1 s; "
                + "try again when it has finished, or give --timeout SECONDS to wait longer"
            let text = try Tipdb.run(["ingest", "--timeout", "1", "s.csv"], in: dir)
            #expect(text.status == 2)
            #expect(text.stderr == "tipdb: error: \(message)\n")
            let json = try Tipdb.run(["ingest", "--timeout", "1", "--json", "s.csv"], in: dir)
            #expect(json.status == 2)
            #expect(json.stdout == "{\"error\": \"\(message)\", \"exitCode\": 2}\n")
            try holder.execute("ROLLBACK")
            #expect(try holder.integer("SELECT count(*) FROM sources WHERE key = 'new-src'") == 0)
        }
    }

    @Test("--timeout 0 and a value that is not a number are usage errors (exit 64), naming the value as typed")
    func refusedValues() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let zero = try Tipdb.run(["ingest", "--timeout", "0", "s.csv"], in: dir)
            #expect(zero.status == 64)
            #expect(zero.stderr.hasPrefix("tipdb: error: --timeout 0: expected a finite number of seconds more than 0\n"), "\(zero.stderr)")
            let negative = try Tipdb.run(["ingest", "--timeout", "-1", "s.csv"], in: dir)
            #expect(negative.status == 64)
            #expect(negative.stderr.hasPrefix("tipdb: error: --timeout -1: expected a finite number of seconds more than 0\n"), "\(negative.stderr)")
        }
    }

    @Test("--timeout 600 waits past the 5 s an ingest used to give up after, and loads once the lock is let go")
    func waitsLonger() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher\nnew-src,New,Org\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let holder = try Database(path: database.path, mode: .readWrite, busyTimeout: 0)
            defer { holder.close() }
            try holder.execute("BEGIN IMMEDIATE")
            let output = dir.appendingPathComponent("ingest.out")
            try Data().write(to: output)
            let handle = try FileHandle(forWritingTo: output)
            defer { try? handle.close() }
            let waiting = try Tipdb.start(["ingest", "--timeout", "600", "--quiet", "s.csv"], in: dir, stdout: handle, stderr: handle)
            #expect(OpenFiles.waitUntilOpen(waiting, "tipdb.sqlite"), "the ingest ended before it opened the database")
            // No time is asserted: an ingest bounded by 5 s would have ended busy before the lock
            // is let go, 5.5 s after it has the database open.
            Thread.sleep(forTimeInterval: 5.5)
            let stillWaiting = waiting.isRunning
            try holder.execute("ROLLBACK")
            waiting.waitUntilExit()
            let printed = try String(contentsOf: output, encoding: .utf8)
            #expect(stillWaiting, "\(printed)")
            #expect(waiting.terminationStatus == 0, "\(printed)")
            #expect(try holder.integer("SELECT count(*) FROM sources WHERE key = 'new-src'") == 1)
        }
    }
}
