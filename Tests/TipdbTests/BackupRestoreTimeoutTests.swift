import Foundation
import Storage
import Testing

/// `tipdb backup --force --timeout SECONDS`: a restore over a database an ingest is writing waits
/// for the ingest for as long as the operator says, where it gave up after the fixed 5 s busy
/// timeout, and the operator retried by hand until a long ingest had finished (session 46's
/// closing note).
@Suite("backup --force --timeout: a restore waits for a writer as long as asked (built binary)", .serialized)
struct BackupRestoreTimeoutTests {
    @Test("with --timeout 600 the restore waits for the writer's commit, then restores over it; --timeout 0.2 gives up naming its seconds")
    func restoreWaitsAsLongAsAsked() throws {
        try withTemporaryDirectory { dir in
            let (live, writer) = try BackupRestoreLiveTests.databaseBeingWritten(in: dir)
            defer { writer.close() }

            let short = try Tipdb.run(["backup", "--db", "bk.sqlite", "--force", "--timeout", "0.2", "tipdb.sqlite"], in: dir)
            #expect(short.status == 2)
            #expect(short.stderr == "tipdb: error: tipdb.sqlite: database is busy: another process is writing it and did not finish "
                + "within 0.2 s; nothing was restored: try again when it has finished, or give --timeout SECONDS to wait longer\n", "\(short.stderr)")

            let output = dir.appendingPathComponent("restore.out")
            try Data().write(to: output)
            let handle = try FileHandle(forWritingTo: output)
            defer { try? handle.close() }
            let restore = try Tipdb.start(["backup", "--db", "bk.sqlite", "--force", "--timeout", "600", "tipdb.sqlite"], in: dir, stdout: handle, stderr: handle)
            #expect(OpenFiles.waitUntilOpen(restore, "tipdb.sqlite"), "the restore ended before it opened the database")
            // It is waiting for the lock: the writer commits, as an ingest does when its load ends.
            Thread.sleep(forTimeInterval: 0.3)
            #expect(restore.isRunning, "the restore gave up while the writer held the lock")
            try writer.execute("COMMIT")
            restore.waitUntilExit()
            let printed = try String(contentsOf: output, encoding: .utf8)
            #expect(restore.terminationStatus == 0, "\(printed)")
            #expect(printed.hasPrefix("bk.sqlite → tipdb.sqlite ("), "\(printed)")
            // The restore came after the commit: the backup's content, read by the writer's connection too.
            #expect(try BackupRestoreLiveTests.userVersion(live) == 0)
            #expect(try writer.integer("PRAGMA user_version") == 0)
        }
    }

    @Test("--timeout must be a finite number of seconds more than 0 (exit 64)", arguments: ["0", "-1", "inf", "soon"])
    func timeoutRefused(_ value: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["backup", "--force", "--timeout", value, "b.sqlite"], in: dir)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("--timeout"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.sqlite").path))
        }
    }
}
