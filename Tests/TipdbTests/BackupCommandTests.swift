import Foundation
import Storage
import Testing

/// `tipdb backup` must leave DEST an exact copy of the database, whatever was at DEST before,
/// and when it cannot, say so about DEST, not about the database it copies.
@Suite("backup leaves an exact copy or nothing (built binary)")
struct BackupCommandTests {
    /// What tells the two databases of these tests apart: the figure count and a mark in the header.
    struct Contents: Equatable {
        var figures: Int64
        var userVersion: Int64
        var integrity: String
    }

    static func contents(_ url: URL) throws -> Contents {
        let db = try Database(path: url.path, mode: .readOnly)
        defer { db.close() }
        return Contents(
            figures: try db.integer("SELECT count(*) FROM figures"),
            userVersion: try db.integer("PRAGMA user_version"),
            integrity: try db.scalar("PRAGMA integrity_check")?.textValue ?? "")
    }

    /// A WAL file holding every page of a database that is not the one being backed up (an
    /// initialised, empty database marked user_version 4242): what SQLite would find beside DEST
    /// after a crash, or after a `tipdb sql` reader kept the WAL from being checkpointed.
    static func foreignWAL(in dir: URL) throws -> Data {
        let path = dir.appendingPathComponent("other.sqlite").path
        #expect(try Tipdb.run(["init", "--db", path], in: dir).status == 0)
        let db = try Database(path: path, mode: .readWrite)
        try db.execute("PRAGMA user_version = 4242")
        try db.execute("PRAGMA wal_autocheckpoint = 0")
        // VACUUM in WAL mode writes every page of the database to the WAL.
        try db.execute("VACUUM")
        let wal = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
        db.close()
        #expect(wal.count > 100_000)
        return wal
    }

    static func leftovers(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("copy.sqlite") }.sorted()
    }

    @Test("--force over a database whose -wal, -shm and -journal were left behind: DEST is the copy, and they are gone")
    func forceRemovesLeftovers() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let source = try Self.contents(dir.appendingPathComponent("tipdb.sqlite"))
            #expect(source.figures > 0 && source.userVersion == 0)
            let wal = try Self.foreignWAL(in: dir)
            #expect(try Tipdb.run(["init", "--db", "copy.sqlite"], in: dir).status == 0)
            try wal.write(to: dir.appendingPathComponent("copy.sqlite-wal"))
            try Data(count: 32768).write(to: dir.appendingPathComponent("copy.sqlite-shm"))
            try Data("not a journal".utf8).write(to: dir.appendingPathComponent("copy.sqlite-journal"))
            let result = try Tipdb.run(["backup", "copy.sqlite", "--force"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(try Self.leftovers(in: dir) == ["copy.sqlite"])
            #expect(try Self.contents(dir.appendingPathComponent("copy.sqlite")) == Contents(figures: source.figures, userVersion: 0, integrity: "ok"))
        }
    }

    @Test("without --force, a -wal or -journal left where DEST is missing is refused (exit 1), named, and kept; --force then replaces it", arguments: ["-wal", "-journal"])
    func refusesLeftoverWithoutForce(suffix: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let source = try Self.contents(dir.appendingPathComponent("tipdb.sqlite"))
            let leftover = dir.appendingPathComponent("copy.sqlite" + suffix)
            let bytes = suffix == "-wal" ? try Self.foreignWAL(in: dir) : Data("a hot journal, say".utf8)
            try bytes.write(to: leftover)
            let refused = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr == "tipdb: error: copy.sqlite\(suffix) exists, left by an earlier database at copy.sqlite: SQLite would apply it to the copy; remove it, or pass --force to delete it\n")
            #expect(try Self.leftovers(in: dir) == ["copy.sqlite" + suffix])
            #expect(try Data(contentsOf: leftover) == bytes)
            let forced = try Tipdb.run(["backup", "copy.sqlite", "--force"], in: dir)
            #expect(forced.status == 0, "\(forced.stderr)")
            #expect(try Self.leftovers(in: dir) == ["copy.sqlite"])
            #expect(try Self.contents(dir.appendingPathComponent("copy.sqlite")) == Contents(figures: source.figures, userVersion: 0, integrity: "ok"))
        }
    }

    @Test("a -shm alone beside a missing DEST is harmless (SQLite ignores it without a -wal) and not refused")
    func shmAloneIsHarmless() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let source = try Self.contents(dir.appendingPathComponent("tipdb.sqlite"))
            try Data(count: 32768).write(to: dir.appendingPathComponent("copy.sqlite-shm"))
            let result = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.contents(dir.appendingPathComponent("copy.sqlite")) == Contents(figures: source.figures, userVersion: 0, integrity: "ok"))
        }
    }

    /// Runs `tipdb arguments...` under `ulimit -f kilobytes` in `dir`.
    static func runLimited(_ kilobytes: Int, _ arguments: [String], in dir: URL) throws -> ProcessResult {
        try Tipdb.runInShell("ulimit -f \(kilobytes); exec \"$0\" \"$@\"", arguments, in: dir)
    }

    @Test("a copy that does not fit (file-size limit) names the destination and what to do, exit 1; nothing is left, the database and an existing DEST unchanged")
    func copyDoesNotFit() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: database)
            #expect(before.count > 200 * 1024)
            let message = "tipdb: error: copy.sqlite: the copy could not be written (a write failed: the disk is full, a file-size limit was reached, or an I/O error); copy.sqlite is as it was and tipdb.sqlite unchanged: free some space or raise the file-size limit (ulimit -f), or give a path on another disk\n"
            let fresh = try Self.runLimited(100, ["backup", "copy.sqlite"], in: dir)
            #expect(fresh.status == 1)
            #expect(fresh.stdout.isEmpty)
            #expect(fresh.stderr == message)
            #expect(try Self.leftovers(in: dir).isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("partial") }.isEmpty)
            // An existing DEST stays as it was with --force: it is replaced only by a finished copy.
            let old = Data("an older backup".utf8)
            try old.write(to: dir.appendingPathComponent("copy.sqlite"))
            let forced = try Self.runLimited(100, ["backup", "copy.sqlite", "--force"], in: dir)
            #expect(forced.status == 1)
            #expect(forced.stderr == message)
            #expect(try Self.leftovers(in: dir) == ["copy.sqlite"])
            #expect(try Data(contentsOf: dir.appendingPathComponent("copy.sqlite")) == old)
            #expect(try Data(contentsOf: database) == before)
        }
    }

    @Test("a backup copy (rollback journal) stays byte for byte the same through commands that write nothing; the first committed write switches it to WAL")
    func copyKeptByCommandsThatWriteNothing() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let copy = dir.appendingPathComponent("copy.sqlite")
            func journalMode() throws -> String? {
                let db = try Database(path: copy.path, mode: .readOnly)
                defer { db.close() }
                return try db.scalar("PRAGMA journal_mode")?.textValue
            }
            #expect(try journalMode() == "delete")
            let before = try Data(contentsOf: copy)
            try Data("key,measure\n".utf8).write(to: dir.appendingPathComponent("bad.csv"))
            let figures = repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path
            let commands: [([String], Int32)] = [
                (["ingest", "--dry-run", figures], 0), (["ingest", "bad.csv"], 1), (["ingest", "missing.csv"], 1),
                (["derive", "ctdc", "--dataset", "none", "--by", "country"], 64), (["migrate"], 0), (["init"], 0),
                (["check"], 0), (["status"], 0), (["sql", "SELECT count(*) FROM figures"], 0),
            ]
            for (arguments, status) in commands {
                let result = try Tipdb.run(arguments + ["--db", "copy.sqlite"], in: dir)
                #expect(result.status == status, "\(arguments): \(result.stderr)")
                #expect(try Data(contentsOf: copy) == before, "\(arguments) changed the copy")
                #expect(try Self.leftovers(in: dir) == ["copy.sqlite"], "\(arguments)")
            }
            let load = try Tipdb.run(["ingest", "--quiet", "--db", "copy.sqlite", figures], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(try journalMode() == "wal")
        }
    }
}
