import Foundation
import Testing

/// `tipdb backup` of a database SQLite cannot open for the online backup (a truncated file): it
/// was refused even with `--allow-damaged`, with the generic "damaged" message that never named
/// the flag (an operator's review, session 46). The flag now copies it byte for byte, its `-wal`
/// too; without it, the message says what the flag does.
@Suite("backup of a truncated database: --allow-damaged copies it byte for byte, with its -wal (built binary)")
struct BackupUnreadableSourceTests {
    /// Cuts `dir/tipdb.sqlite` to its first `bytes` bytes: the schema can no longer be read.
    static func truncate(in dir: URL, to bytes: UInt64) throws -> Data {
        let handle = try FileHandle(forUpdating: dir.appendingPathComponent("tipdb.sqlite"))
        try handle.truncate(atOffset: bytes)
        try handle.close()
        return try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
    }

    static let truncatedSize: UInt64 = 4096 * 20

    static func copies(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("copy.sqlite") }.sorted()
    }

    @Test("without --allow-damaged: exit 2, nothing written, and the message names the flag")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let before = try Self.truncate(in: dir, to: Self.truncatedSize)
            let result = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the database file is damaged (SQLite cannot read it: database disk image is malformed); "
                + "nothing was copied and copy.sqlite was not written, since a copy would be damaged too. Restore tipdb.sqlite from an earlier "
                + "backup (tipdb backup --db BACKUP --force tipdb.sqlite); to copy the damaged file as it is (to send it to someone who can "
                + "recover it), pass --allow-damaged\n", "\(result.stderr)")
            #expect(try Self.copies(in: dir) == [])
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("--allow-damaged: exit 0, a byte-for-byte copy with its -wal, and a warning that says so and how to recover rows")
    func copied() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let before = try Self.truncate(in: dir, to: Self.truncatedSize)
            let wal = Data((0..<4096).map { UInt8($0 % 251) })
            try wal.write(to: dir.appendingPathComponent("tipdb.sqlite-wal"))
            let result = try Tipdb.run(["backup", "--allow-damaged", "copy.sqlite"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "tipdb.sqlite → copy.sqlite (80.0 KB (81920 bytes), byte for byte)\n", "\(result.stdout)")
            #expect(result.stderr == "warning: tipdb.sqlite is damaged (SQLite cannot read it: database disk image is malformed); copied as it is, "
                + "byte for byte, damage included, to copy.sqlite with its -wal as copy.sqlite-wal because of --allow-damaged: it is not a "
                + "backup to restore from; the sqlite3 shell's .recover may get its rows back (sqlite3 copy.sqlite .recover > rows.sql)\n",
                "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("copy.sqlite")) == before)
            #expect(try Data(contentsOf: dir.appendingPathComponent("copy.sqlite-wal")) == wal)
            #expect(try Self.copies(in: dir) == ["copy.sqlite", "copy.sqlite-wal"])
        }
    }

    @Test("--allow-damaged --force over a database DEST: refused (exit 1), DEST kept, since a byte copy would take it from a process using it")
    func notOverADatabase() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let good = try Data(contentsOf: dir.appendingPathComponent("copy.sqlite"))
            _ = try Self.truncate(in: dir, to: Self.truncatedSize)
            let result = try Tipdb.run(["backup", "--allow-damaged", "--force", "copy.sqlite"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: copy.sqlite is a database: tipdb.sqlite is damaged (SQLite cannot read it: database disk "
                + "image is malformed), and a file SQLite cannot read is copied only to a new file, never over a database, which another "
                + "process may be using; give a DEST that does not exist\n", "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("copy.sqlite")) == good)
        }
    }
}
