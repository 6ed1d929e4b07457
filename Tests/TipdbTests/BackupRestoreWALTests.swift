import Foundation
import Storage
import Testing

/// A restore with `tipdb backup --force` over a database in WAL mode keeps it in WAL mode: in
/// rollback mode until its first write, a read-only query blocked the next ingest, which said
/// another process was "writing" it (review of session 44).
@Suite("backup --force over a WAL database keeps WAL; a busy rollback-mode file names readers too (built binary)", .serialized)
struct BackupRestoreWALTests {
    /// Byte 18 of the SQLite header: 2 for WAL, 1 for rollback mode.
    private func journalByte(_ file: URL) throws -> UInt8 {
        Array(try Data(contentsOf: file).prefix(20))[18]
    }

    @Test("a restore over the live database is in WAL mode, with no -wal left; a copy over a backup copy stays in rollback mode")
    func restoreKeepsWAL() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let live = dir.appendingPathComponent("tipdb.sqlite"), copy = dir.appendingPathComponent("bk.sqlite")
            #expect(try journalByte(live) == 2)
            #expect(try Tipdb.run(["backup", "bk.sqlite"], in: dir).status == 0)
            #expect(try journalByte(copy) == 1)
            let restored = try Tipdb.run(["backup", "--db", "bk.sqlite", "--force", "tipdb.sqlite"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(try journalByte(live) == 2)
            #expect(!FileManager.default.fileExists(atPath: live.path + "-wal"))
            #expect(try Tipdb.run(["sql", "--format", "csv", "PRAGMA journal_mode"], in: dir).stdout == "journal_mode\r\nwal\r\n")
            #expect(try Tipdb.run(["check"], in: dir).status == 0)

            #expect(try Tipdb.run(["backup", "--force", "bk.sqlite"], in: dir).status == 0)
            #expect(try journalByte(copy) == 1)
        }
    }

    @Test("an ingest a reader blocks on a file in rollback mode says another process is using it, reading or writing")
    func busyInRollbackMode() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "bk.sqlite"], in: dir).status == 0)
            try Data("key,title,publisher\nngo,Report,NGO\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            let reader = try Database(path: dir.appendingPathComponent("bk.sqlite").path, mode: .readOnly)
            defer { reader.close() }
            try reader.execute("BEGIN")
            _ = try reader.integer("SELECT count(*) FROM figures")
            let ingest = try Tipdb.run(["ingest", "--db", "bk.sqlite", "--quiet", "s.csv"], in: dir)
            try reader.execute("COMMIT")
            #expect(ingest.status == 2)
            #expect(ingest.stderr == "tipdb: error: bk.sqlite: database is busy: another process is using it (reading or writing: the file is in rollback mode, "
                + "as tipdb backup writes its copies, until a command writes to it) and did not finish within 5 s; try again when it has finished, "
                + "or give --timeout SECONDS to wait longer\n",
                "\(ingest.stderr)")
        }
    }
}
