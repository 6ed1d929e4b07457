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
        Database.stopOnSignals([SIGUSR2])
        defer { Database.stopOnSignals([]) }
        let count = try db.stoppingOnSignal {
            try db.transaction(.immediate) { try db.execute("INSERT INTO t VALUES (1)") }
            raise(SIGUSR2)
            #expect(Database.signalReceived == SIGUSR2)
            try db.stopIfSignalled()
            // Long enough for the progress handler, which lets it run.
            return try db.integer("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000) SELECT count(*) FROM c")
        }
        #expect(count == 100_000)
        #expect(try db.integer("SELECT count(*) FROM t") == 2)
    }

    @Test("the write in progress belongs to its connection: another connection's check between rows finds none")
    func ownConnection() throws {
        let stopped = try table()
        let other = try table()
        _ = afterSignal {
            #expect(throws: WriteInterrupted.self) {
                try stopped.stoppingOnSignal {
                    try stopped.transaction(.immediate) {
                        try stopped.execute("INSERT INTO t VALUES (1)")
                        // No write of `other` runs under stoppingOnSignal: its check has nothing to stop.
                        try other.stopIfSignalled()
                        try other.execute("INSERT INTO t VALUES (1)")
                        try stopped.stopIfSignalled()
                    }
                }
            }
        }
        #expect(try stopped.integer("SELECT count(*) FROM t") == 1)
        #expect(try other.integer("SELECT count(*) FROM t") == 2)
    }

    @Test("a write begun before signals were armed is not stopped by them")
    func begunBeforeArming() throws {
        let db = try table()
        try db.stoppingOnSignal {
            try db.transaction(.immediate) {
                try db.execute("INSERT INTO t VALUES (1)")
                try afterSignal { try db.stopIfSignalled() }
            }
        }
        #expect(try db.integer("SELECT count(*) FROM t") == 2)
    }

    @Test("writes on several threads at once, each on its own connection, each keep their own gate")
    func concurrentWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tipdb-gates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let counts = Counts()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            do {
                let db = try Database(path: folder.appendingPathComponent("\(thread).sqlite").path)
                try db.execute("CREATE TABLE t (x INTEGER) STRICT")
                for row in 0..<300 {
                    try db.stoppingOnSignal {
                        try db.transaction(.immediate) {
                            try db.execute("INSERT INTO t VALUES (?)", [Int64(row)])
                            try db.stopIfSignalled()
                        }
                    }
                }
                counts.record(Int(try db.integer("SELECT count(*) FROM t")))
            } catch {
                counts.record(-1)
            }
        }
        #expect(counts.values.sorted() == [300, 300, 300, 300])
    }

    @Test("signals, exit statuses and words", arguments: [(SIGINT, "Ctrl-C", Int32(130)), (SIGTERM, "SIGTERM", 143), (SIGHUP, "SIGHUP", 129)])
    func words(signal: Int32, cause: String, status: Int32) {
        #expect(WriteInterrupted(signal: signal).cause == cause)
        #expect(WriteInterrupted(signal: signal).exitStatus == status)
    }
}

/// The row counts the threads of `concurrentWrites` found, gathered under a lock.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [Int] = []
    var values: [Int] { lock.withLock { found } }
    func record(_ count: Int) { lock.withLock { found.append(count) } }
}
