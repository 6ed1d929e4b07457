import Foundation
import Testing

/// `--db` naming a database's `-wal`, `-shm` or `-journal` file is refused (review of session 31:
/// tipdb advised `tipdb init --db team.sqlite-wal`, and the database made there was deleted by the
/// next write to team.sqlite); a command on a database whose folder is missing says so instead of
/// advising an init that fails.
@Suite("CLI: --db naming a database's -wal, -shm or -journal file, or a path in a missing folder")
struct CompanionPathTests {
    @Test("status, init and ingest on team.sqlite-wal beside team.sqlite: refused, exit 2, nothing made", arguments: ["-wal", "-shm", "-journal"])
    func besideDatabase(suffix: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
            let path = "team.sqlite\(suffix)"
            let expected = "tipdb: error: \(path): is the \(suffix.dropFirst()) file SQLite keeps beside the database team.sqlite, "
                + "not a database; expected the database itself: --db team.sqlite (nothing was changed)\n"
            for command in [["status"], ["init"], ["sql", "SELECT 1"]] {
                let result = try Tipdb.run(command + ["--db", path], in: dir)
                #expect(result.status == 2, "\(command)")
                #expect(result.stderr == expected, "\(command): \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path), "\(command)")
            }
        }
    }

    @Test("an empty -wal file left beside the database is not read as an empty database")
    func emptyCompanionFile() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
            try Data().write(to: dir.appendingPathComponent("team.sqlite-wal"))
            let result = try Tipdb.run(["status", "--db", "team.sqlite-wal"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("tipdb: error: team.sqlite-wal: is the wal file SQLite keeps beside the database team.sqlite"), "\(result.stderr)")
        }
    }

    @Test("a new database named x.sqlite-wal with no x.sqlite: refused, since SQLite would take it for x.sqlite's")
    func newCompanionName() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["init", "--db", "x.sqlite-wal"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: x.sqlite-wal: a database of this name would be taken by SQLite for the wal file of a database x.sqlite, "
                + "and deleted or overwritten with it; expected a name that does not end in -wal, -shm or -journal (nothing was changed)\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test("a report on a database in a missing folder names the folder, without advising an init that would fail")
    func missingFolder() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["report", "brief", "--db", "nodir/x.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: nodir/x.sqlite: no such database: the folder nodir does not exist in the working directory "
                + "\(dir.resolvingSymlinksInPath().path); check the path "
                + "(a new database goes in an existing folder: mkdir -p nodir, then `tipdb init --db nodir/x.sqlite`)\n", "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }
}
