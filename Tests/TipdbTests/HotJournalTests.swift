import Foundation
import Testing

/// A rollback journal left by another program's interrupted write (a "hot" journal) on a file in
/// rollback mode, as `tipdb backup` writes copies: read-only commands cannot roll it back.
@Suite("a hot journal left by another program's crash (built binary)")
struct HotJournalTests {
    @Test("read-only commands name the journal and say to run tipdb init, which rolls it back; not 'check the permissions'")
    func hotJournal() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            // Python's sqlite3 edits the copy and dies mid-transaction, after its cache spilled pages to the file.
            let script = """
                import sqlite3, os
                c = sqlite3.connect('copy.sqlite', isolation_level=None)
                c.execute('PRAGMA cache_size = 1'); c.execute('BEGIN')
                c.execute("UPDATE places SET name = name || ' (edited)'")
                os._exit(9)
                """
            let crash = try Tipdb.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script], in: dir)
            #expect(crash.status == 9, "\(crash.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("copy.sqlite-journal").path))
            let message = "tipdb: error: copy.sqlite: its rollback journal copy.sqlite-journal was left by a write that stopped midway "
                + "(a program editing the file crashed or was killed), and a read-only command cannot roll it back; run tipdb init "
                + "--db copy.sqlite once, which rolls it back and leaves the database as it was before that write, then try again; nothing was changed\n"
            for arguments in [["status"], ["sql", "SELECT count(*) FROM places"], ["check"]] {
                let read = try Tipdb.run(arguments + ["--db", "copy.sqlite"], in: dir)
                #expect(read.status == 2, "\(arguments)")
                #expect(read.stderr == message, "\(arguments): \(read.stderr)")
            }
            #expect(try Tipdb.run(["init", "--db", "copy.sqlite"], in: dir).status == 0)
            let after = try Tipdb.run(["sql", "--db", "copy.sqlite", "--format", "csv", "SELECT count(*) FROM places WHERE name LIKE '% (edited)'"], in: dir)
            #expect(after.stdout.split(whereSeparator: \.isNewline) == ["count(*)", "0"], "\(after.stdout) \(after.stderr)")
        }
    }
}
