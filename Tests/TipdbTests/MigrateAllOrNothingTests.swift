import Foundation
import Storage
import Testing

/// `tipdb init` and `tipdb migrate` apply their migrations in one transaction: a full disk, a
/// file-size limit or SIGTERM part way leaves the file as it was (a new file not there at all),
/// and the message that says "nothing was changed" is true. Each migration committed on its own,
/// so a failure at migration 23 left migrations 6 to 22 applied, and `init` a database at schema
/// version 5 behind it (a nightly-pipeline review, session 49).
@Suite("init and migrate: all migrations or none (built binary)", .serialized)
struct MigrateAllOrNothingTests {
    /// Under dash's `ulimit -f` (512-byte blocks, so 200 KB): room for a WAL database's 32 KB
    /// `-shm` and the first migrations' pages, far from a whole schema (over 500 KB).
    static let blocks = 400

    /// A database at schema version 5, made by this build's first five migrations, closed (so its
    /// WAL is checkpointed into it); in rollback mode when `rollback`, as `tipdb backup` writes
    /// copies, else in WAL mode, as every command that writes leaves a database.
    static func olderDatabase(_ name: String, in dir: URL, rollback: Bool) throws -> URL {
        let url = dir.appendingPathComponent(name)
        let db = try DatabaseFile.open(url.path, for: .create)
        try Migrator(migrations: Array(Migration.bundled.prefix(5))).migrate(db)
        if rollback { try db.execute("PRAGMA journal_mode = DELETE") }
        db.close()
        return url
    }

    @Test("init of a new file past a file-size limit: exit 2, the one-line message, nothing on stdout, and no file left behind")
    func initPastFileSizeLimit() throws {
        try withTemporaryDirectory { dir in
            let result = try BackupCommandTests.runLimited(Self.blocks, ["init", "--db", "new.sqlite"], in: dir)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stdout == "")
            #expect(result.stderr == "tipdb: error: new.sqlite: cannot read or write the database file (disk I/O error: disk full, a file-size limit, or an I/O error); nothing was changed\n")
            // Not a half-made database at an early schema version, which the next night's ingest
            // would have called another tipdb's older file.
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
            let again = try Tipdb.run(["init", "--db", "new.sqlite"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.hasSuffix("new.sqlite: schema version \(Migration.latestVersion), ready\n"))
        }
    }

    /// In rollback mode the limit is above the file's size (some 300 KB at version 5): a write the
    /// limit stops over pages the file already has would stop SQLite's rollback too, which a
    /// full disk does not (it overwrites blocks the file holds), and leave a hot journal.
    @Test("migrate past a file-size limit: exit 2, the message, the file byte for byte as it was, still at version 5", arguments: [(false, blocks), (true, 800)])
    func migratePastFileSizeLimit(rollback: Bool, blocks: Int) throws {
        try withTemporaryDirectory { dir in
            let url = try Self.olderDatabase("old.sqlite", in: dir, rollback: rollback)
            let before = try Data(contentsOf: url)
            #expect(before.count < blocks * 512 || !rollback, "\(before.count) bytes")
            let result = try BackupCommandTests.runLimited(blocks, ["migrate", "--db", "old.sqlite"], in: dir)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stdout == "")
            #expect(result.stderr == "tipdb: error: old.sqlite: cannot read or write the database file (disk I/O error: disk full, a file-size limit, or an I/O error); nothing was changed\n")
            #expect(try Data(contentsOf: url) == before)
            let status = try Tipdb.run(["migrate", "--status", "--db", "old.sqlite"], in: dir)
            #expect(status.stdout.split(separator: "\n").filter { $0.hasPrefix("applied ") }.count == 5, "\(status.stdout)")
        }
    }

    @Test("migrate stopped by SIGTERM while it waits for the write lock: says so, dies of SIGTERM, the file as it was")
    func migrateStoppedBySignal() throws {
        try withTemporaryDirectory { dir in
            let url = try Self.olderDatabase("old.sqlite", in: dir, rollback: false)
            let before = try Data(contentsOf: url)
            // Held for the whole test: without the signal, migrate would wait 5 s, then say busy.
            let holder = try Database(path: url.path, mode: .readWrite, busyTimeout: 0, usesWAL: false)
            defer { holder.close() }
            try holder.execute("BEGIN IMMEDIATE")

            let process = Process()
            process.executableURL = Tipdb.executable
            process.arguments = ["migrate", "--db", "old.sqlite"]
            process.currentDirectoryURL = dir
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "TIPDB_DATABASE")
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // Signals are taken over before the write begins, and the write cannot begin while
            // the lock is held: once the file is open, SIGTERM reaches tipdb's handler by the time
            // it asks for the lock.
            #expect(OpenFiles.waitUntilOpen(process, "old.sqlite"), "migrate ended before it opened the database")
            kill(process.processIdentifier, SIGTERM)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try holder.execute("ROLLBACK")

            #expect(process.terminationReason == .uncaughtSignal, "\(stderr)")
            #expect(process.terminationStatus == SIGTERM, "\(stderr)")
            #expect(stdout == "")
            #expect(stderr == "tipdb: error: migrate interrupted (SIGTERM); nothing was written: the database is as it was before the command\n")
            holder.close()
            #expect(try Data(contentsOf: url) == before)
        }
    }
}
