import Foundation
import Testing

/// A missing database whose path the user never typed: `$TIPDB_DATABASE` or the default
/// `tipdb.sqlite`. The message gave the path alone, and advised `tipdb init` there, which made an
/// empty database at an administrator's typo (an operator's review, session 46). It now says
/// where the path came from, as the folder case (`$TIPDB_DATABASE (adir/) names a folder`) did.
@Suite("a missing database named by $TIPDB_DATABASE or the default says so (built binary)")
struct MissingDatabaseOriginTests {
    @Test("$TIPDB_DATABASE: named as its origin, for status, ingest and report brief, exit 2; the same path given by --db is not")
    func environment() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("teem.sqlite").path
            let figures = repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path
            for arguments in [["status"], ["ingest", figures], ["report", "brief"]] {
                let result = try Tipdb.run(arguments, in: dir, environment: ["TIPDB_DATABASE": path])
                #expect(result.status == 2)
                #expect(result.stderr == "tipdb: error: \(path): no such database (named by $TIPDB_DATABASE); check the variable, "
                    + "or create it with `tipdb init --db \(path)`\n", "\(arguments): \(result.stderr)")
            }
            // --db, even with $TIPDB_DATABASE set to the same path, is the user's own: the message is as before.
            for arguments in [["status", "--db", path], ["status", "--db=\(path)"]] {
                let result = try Tipdb.run(arguments, in: dir, environment: ["TIPDB_DATABASE": path])
                #expect(result.status == 2)
                #expect(result.stderr == "tipdb: error: \(path): no such database; create it with `tipdb init --db \(path)`\n", "\(result.stderr)")
            }
        }
    }

    @Test("$TIPDB_DATABASE in a folder that does not exist: named as its origin too")
    func environmentFolder() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": "nodir/teem.sqlite"])
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: nodir/teem.sqlite: no such database (named by $TIPDB_DATABASE, relative to the working directory "
                + "\(dir.resolvingSymlinksInPath().path)): the folder nodir does not exist there; check the variable: a relative path is looked up "
                + "in the directory tipdb is started in, which differs under cron (it starts jobs in the home directory) and for another user; "
                + "give the database's absolute path\n", "\(result.stderr)")
            // An absolute path in the variable is the one to create, if it is right: mkdir and init are offered.
            let absolute = dir.appendingPathComponent("nodir/teem.sqlite").path
            let named = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": absolute])
            #expect(named.stderr == "tipdb: error: \(absolute): no such database (named by $TIPDB_DATABASE): the folder \(dir.path)/nodir does not "
                + "exist; check the variable (a new database goes in an existing folder: mkdir -p \(dir.path)/nodir, then `tipdb init --db \(absolute)`)\n",
                "\(named.stderr)")
        }
    }

    @Test("no --db and no $TIPDB_DATABASE: said to be the default")
    func defaultName() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: no such database in the working directory \(dir.resolvingSymlinksInPath().path) "
                + "(the default: no --db was given and $TIPDB_DATABASE is not set); "
                + "give --db PATH or set $TIPDB_DATABASE, or create it here with `tipdb init`\n", "\(result.stderr)")
        }
    }
}
