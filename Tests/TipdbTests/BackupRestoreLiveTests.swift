import Foundation
import Storage
import Testing

/// A restore with `tipdb backup --force` over a database another process is writing: the copy
/// was renamed over it, the writer's commit went into the file the rename unlinked, with its
/// `-wal`, and was lost, both commands saying they had succeeded (an operator's review, session
/// 46: an ingest reported "300000 inserted", and `tipdb status` then showed none of them). The
/// restore is now written through SQLite and waits for the writer, or says it is busy.
@Suite("backup --force over a database in use restores through SQLite (built binary)", .serialized)
struct BackupRestoreLiveTests {
    /// The `PRAGMA user_version` a new connection reads from `file`: what the writer set, or the backup's.
    static func userVersion(_ file: URL) throws -> Int64 {
        let db = try Database(path: file.path, mode: .readOnly)
        defer { db.close() }
        return try db.integer("PRAGMA user_version")
    }

    /// The Fixtures database in `dir` with a backup of it, `bk.sqlite`, and a connection in the
    /// middle of a write transaction on it that has set `user_version` to 7, as an ingest is for
    /// its whole load; the caller commits and closes it.
    static func databaseBeingWritten(in dir: URL) throws -> (live: URL, writer: Database) {
        try makeFixtureDatabase(in: dir)
        let live = dir.appendingPathComponent("tipdb.sqlite")
        #expect(try Tipdb.run(["backup", "bk.sqlite"], in: dir).status == 0)
        let writer = try Database(path: live.path, mode: .readWrite)
        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("PRAGMA user_version = 7")
        return (live, writer)
    }

    @Test("a restore while another connection holds the write lock is busy (exit 2) and loses nothing; once it commits, the restore reaches that connection too")
    func restoreWaitsForWriter() throws {
        try withTemporaryDirectory { dir in
            // A writer mid-transaction, as an ingest is for its whole load.
            let (live, writer) = try Self.databaseBeingWritten(in: dir)
            defer { writer.close() }
            let busy = try Tipdb.run(["backup", "--db", "bk.sqlite", "--force", "tipdb.sqlite"], in: dir)
            try writer.execute("COMMIT")
            #expect(busy.status == 2)
            #expect(busy.stdout == "", "\(busy.stdout)")
            #expect(busy.stderr == "tipdb: error: tipdb.sqlite: database is busy: another process is writing it and did not finish "
                + "within 5 s; nothing was restored: try again when it has finished, or give --timeout SECONDS to wait longer\n", "\(busy.stderr)")
            // The writer's commit is in the database, not in a file the restore unlinked.
            #expect(try Self.userVersion(live) == 7)
            #expect(try writer.integer("PRAGMA user_version") == 7)

            let restored = try Tipdb.run(["backup", "--db", "bk.sqlite", "--force", "tipdb.sqlite"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout.hasPrefix("bk.sqlite → tipdb.sqlite ("), "\(restored.stdout)")
            #expect(restored.stderr == "", "\(restored.stderr)")
            // The connection still open on the database reads the restored content, as does a new one.
            #expect(try writer.integer("PRAGMA user_version") == 0)
            #expect(try Self.userVersion(live) == 0)
            #expect(Array(try Data(contentsOf: live).prefix(20))[18] == 2, "still in WAL mode")
            #expect(try Tipdb.run(["check"], in: dir).status == 0)
        }
    }

    @Test("a restore over a backup copy in rollback mode that a reader has open reaches the reader, and stays in rollback mode, a single file")
    func restoreOverRollbackCopy() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let old = dir.appendingPathComponent("old.sqlite")
            #expect(try Tipdb.run(["backup", "old.sqlite"], in: dir).status == 0)
            let writer = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try writer.execute("PRAGMA user_version = 3")
            writer.close()
            let reader = try Database(path: old.path, mode: .readOnly)
            defer { reader.close() }
            #expect(try reader.integer("PRAGMA user_version") == 0)
            let restored = try Tipdb.run(["backup", "--force", "old.sqlite"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(try reader.integer("PRAGMA user_version") == 3, "the open connection reads the restored file")
            #expect(Array(try Data(contentsOf: old).prefix(20))[18] == 1, "rollback mode")
            #expect(!FileManager.default.fileExists(atPath: old.path + "-wal"))
        }
    }
}
