import Foundation
import Storage
import Testing

@Suite("SQLite wrapper: transactions, savepoints, locks, backup")
struct TransactionTests {
    struct Boom: Error {}

    private func counter() throws -> Database {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t (x INTEGER) STRICT")
        return db
    }

    @Test("a thrown error rolls the transaction back and leaves none open")
    func rollbackOnError() throws {
        let db = try counter()
        #expect(throws: Boom.self) {
            try db.transaction(.immediate) {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(db.isAutocommit)
        #expect(try db.integer("SELECT count(*) FROM t") == 0)
        try db.transaction { try db.execute("INSERT INTO t VALUES (1)") }
        #expect(try db.integer("SELECT count(*) FROM t") == 1)
    }

    @Test("nested work runs in savepoints: an inner failure undoes only the inner work")
    func savepointNesting() throws {
        let db = try counter()
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            #expect(throws: Boom.self) {
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (2)")
                    try db.savepoint { try db.execute("INSERT INTO t VALUES (3)") }
                    throw Boom()
                }
            }
            try db.savepoint { try db.execute("INSERT INTO t VALUES (4)") }
        }
        #expect(try db.rows("SELECT x FROM t ORDER BY x").compactMap { $0.int("x") } == [1, 4])
        #expect(db.isAutocommit)
    }

    @Test("a failing COMMIT (deferred foreign key) is rolled back, not left open")
    func failedCommit() throws {
        let db = try Database.inMemory()
        try db.execute("""
            CREATE TABLE p (k TEXT PRIMARY KEY) STRICT;
            CREATE TABLE c (p TEXT REFERENCES p(k) DEFERRABLE INITIALLY DEFERRED) STRICT;
            """)
        #expect(throws: StorageError.self) {
            try db.transaction { try db.execute("INSERT INTO c VALUES ('nobody')") }
        }
        #expect(db.isAutocommit)
        #expect(try db.integer("SELECT count(*) FROM c") == 0)
    }

    @Test("a second connection waits for the busy timeout, then fails with SQLITE_BUSY")
    func busyTimeout() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("busy.sqlite").path
            let first = try Database(path: path)
            try first.execute("CREATE TABLE t (x INTEGER) STRICT")
            let second = try Database(path: path, busyTimeout: 0.3)
            try first.execute("BEGIN IMMEDIATE")
            let started = Date()
            let error = #expect(throws: StorageError.self) {
                try second.transaction(.immediate) { try second.execute("INSERT INTO t VALUES (0)") }
            }
            #expect(second.isAutocommit)
            #expect(error?.resultCode == 5)
            #expect(error?.isDatabaseUnusable == true)
            #expect(Date().timeIntervalSince(started) >= 0.25)  // it waited rather than failing at once
            try first.execute("COMMIT")
            try second.transaction(.immediate) { try second.execute("INSERT INTO t VALUES (1)") }
        }
    }

    @Test("a read-only connection refuses writes")
    func readOnly() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("ro.sqlite").path
            try Database(path: path).execute("CREATE TABLE t (x INTEGER) STRICT")
            let reader = try Database(path: path, mode: .readOnly)
            let error = #expect(throws: StorageError.self) { try reader.execute("INSERT INTO t VALUES (1)") }
            #expect(error?.resultCode == 8)  // SQLITE_READONLY
            #expect(try reader.integer("SELECT count(*) FROM t") == 0)
        }
    }

    @Test("files are opened with WAL and enforced foreign keys")
    func pragmas() throws {
        try withTemporaryDirectory { dir in
            let db = try Database(path: dir.appendingPathComponent("p.sqlite").path)
            #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
            #expect(try db.integer("PRAGMA foreign_keys") == 1)
        }
    }

    @Test("the online backup copies a database that another connection is writing")
    func backupWhileWriting() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("src.sqlite").path
            let source = try Database(path: path)
            try source.execute("CREATE TABLE t (x INTEGER, pad TEXT) STRICT")
            try source.transaction {
                for i in 0..<20_000 { try source.execute("INSERT INTO t VALUES (?, hex(randomblob(50)))", [i]) }
            }
            let done = DispatchSemaphore(value: 0)
            let writerPath = path
            Thread {
                defer { done.signal() }
                guard let writer = try? Database(path: writerPath) else { return }
                for i in 0..<200 {
                    try? writer.transaction(.immediate) {
                        try writer.execute("INSERT INTO t VALUES (?, 'w')", [100_000 + i])
                    }
                }
            }.start()
            let copyPath = dir.appendingPathComponent("copy.sqlite").path
            try source.backup(toPath: copyPath)
            done.wait()
            let copy = try Database(path: copyPath, mode: .readOnly)
            #expect(try copy.scalar("PRAGMA integrity_check") == .text("ok"))
            let copied = try copy.integer("SELECT count(*) FROM t")
            #expect(copied >= 20_000 && copied <= 20_200)
            // A consistent snapshot: writer rows are a prefix of what it wrote, with no gaps.
            let writerRows = try copy.integer("SELECT count(*) FROM t WHERE x >= 100000")
            #expect(try copy.integer("SELECT coalesce(max(x) - 100000 + 1, 0) FROM t WHERE x >= 100000") == writerRows)
        }
    }
}
