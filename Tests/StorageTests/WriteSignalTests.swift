import Foundation
import Storage
import Testing

/// `Database.stoppingOnSignal`: a signal stops a write with nothing written until the commit
/// begins, and never after. SIGUSR2 stands in for Ctrl-C, whose handler would outlive the test
/// in the test runner; the mechanism is the same for every signal given to `stopOnSignals`.
@Suite("SQLite wrapper: a signal stops a write before its commit, never after", .serialized)
struct WriteSignalTests {
    private func table() throws -> Database {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (x INTEGER) STRICT")
        try db.execute("INSERT INTO t VALUES (0)")
        return db
    }

    /// Arms the handler, sends SIGUSR2 to this process, and disarms the flag afterwards, so that
    /// no other test finds it set.
    private func afterSignal<T>(_ body: () throws -> T) rethrows -> T {
        Database.stopOnSignals([SIGUSR2])
        raise(SIGUSR2)
        defer { Database.stopOnSignals([]) }
        #expect(Database.signalReceived == SIGUSR2)
        return try body()
    }

    @Test("between rows: stopIfSignalled throws, and the transaction is rolled back")
    func betweenRows() throws {
        let db = try table()
        let stop = afterSignal {
            #expect(throws: WriteInterrupted.self) {
                try db.stoppingOnSignal {
                    try db.transaction(.immediate) {
                        try db.execute("INSERT INTO t VALUES (1)")
                        try db.stopIfSignalled()
                        try db.execute("INSERT INTO t VALUES (2)")
                    }
                }
            }
        }
        #expect(stop == WriteInterrupted(signal: SIGUSR2))
        #expect(db.isAutocommit)
        #expect(try db.integer("SELECT count(*) FROM t") == 1)
    }

    @Test("a long statement (the progress handler) is stopped, and nothing of the transaction is kept")
    func longStatement() throws {
        let db = try table()
        let stop = afterSignal {
            #expect(throws: WriteInterrupted.self) {
                try db.stoppingOnSignal {
                    try db.transaction(.immediate) {
                        try db.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000) INSERT INTO t SELECT n FROM c")
                    }
                }
            }
        }
        #expect(stop?.cause == "signal \(SIGUSR2)")
        #expect(db.isAutocommit)
        #expect(try db.integer("SELECT count(*) FROM t") == 1)
    }

    @Test("a write too short for the progress handler: the commit hook refuses the commit")
    func refusedCommit() throws {
        let db = try table()
        _ = afterSignal {
            #expect(throws: WriteInterrupted.self) {
                try db.stoppingOnSignal {
                    try db.transaction(.immediate) { try db.execute("INSERT INTO t VALUES (1)") }
                }
            }
        }
        #expect(db.isAutocommit)
        #expect(try db.integer("SELECT count(*) FROM t") == 1)
    }

    @Test("once the commit has begun, a signal stops nothing: the caller is left to say it came too late")
    func afterCommit() throws {
        let db = try table()
        let count = try db.stoppingOnSignal {
            try db.transaction(.immediate) { try db.execute("INSERT INTO t VALUES (1)") }
            return try afterSignal {
                try db.stopIfSignalled()
                // Long enough for the progress handler, which lets it run.
                return try db.integer("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000) SELECT count(*) FROM c")
            }
        }
        #expect(count == 100_000)
        #expect(try db.integer("SELECT count(*) FROM t") == 2)
    }

    @Test("signals, exit statuses and words", arguments: [(SIGINT, "Ctrl-C", Int32(130)), (SIGTERM, "SIGTERM", 143), (SIGHUP, "SIGHUP", 129)])
    func words(signal: Int32, cause: String, status: Int32) {
        #expect(WriteInterrupted(signal: signal).cause == cause)
        #expect(WriteInterrupted(signal: signal).exitStatus == status)
    }
}
