import Foundation
import Testing

/// A relative database path names the working directory it was looked up in, and a `~` that no
/// shell expanded is said to be one. Under cron, which starts jobs in the home directory,
/// `TIPDB_DATABASE=data/team.sqlite` failed with advice to `mkdir -p data` and `tipdb init` there,
/// a second, empty database, and `~/team.sqlite` with advice to `mkdir -p ~` (a nightly-pipeline
/// review, session 49).
@Suite("relative and ~ database paths name the working directory (built binary)")
struct RelativeDatabasePathTests {
    /// The working directory as the process sees it (the temporary folder with links resolved).
    static func workingDirectory(_ dir: URL) -> String {
        dir.resolvingSymlinksInPath().path
    }

    @Test("$TIPDB_DATABASE relative, its folder missing here: the working directory named, the variable to fix, no mkdir or init offered")
    func environmentRelativeFolder() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status", "--json"], in: dir, environment: ["TIPDB_DATABASE": "data/team.sqlite"])
            #expect(result.status == 2)
            let message = "data/team.sqlite: no such database (named by $TIPDB_DATABASE, relative to the working directory \(Self.workingDirectory(dir))): "
                + "the folder data does not exist there; check the variable: a relative path is looked up in the directory tipdb is started in, "
                + "which differs under cron (it starts jobs in the home directory) and for another user; give the database's absolute path"
            #expect(result.stderr == "tipdb: error: \(message)\n")
            #expect(result.stdout == "{\"error\": \"\(message)\", \"exitCode\": 2}\n")
        }
    }

    @Test("$TIPDB_DATABASE relative, the file missing here: named with the working directory, no init offered")
    func environmentRelativeFile() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": "team.sqlite"])
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: team.sqlite: no such database (named by $TIPDB_DATABASE, relative to the working directory "
                + "\(Self.workingDirectory(dir))); check the variable: a relative path is looked up in the directory tipdb is started in, "
                + "which differs under cron (it starts jobs in the home directory) and for another user; give the database's absolute path\n")
        }
    }

    @Test("~ in $TIPDB_DATABASE, in --db and in init: not expanded, said so, with the absolute path to give")
    func tildeNotExpanded() throws {
        try withTemporaryDirectory { dir in
            let here = Self.workingDirectory(dir)
            let said = "tipdb does not expand ~ (a shell does, before tipdb starts, and none did here: the path was quoted, or set where "
                + "no shell reads it, such as a crontab), so it names a folder called ~ in the working directory \(here); "
                + "give the absolute path, such as /home/ana/team.sqlite"
            let environment = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": "~/team.sqlite", "HOME": "/home/ana"])
            #expect(environment.status == 2)
            #expect(environment.stderr == "tipdb: error: ~/team.sqlite: no such database (named by $TIPDB_DATABASE): \(said)\n")
            let option = try Tipdb.run(["ingest", "--db", "~/team.sqlite", "s.csv"], in: dir, environment: ["HOME": "/home/ana"])
            #expect(option.status == 2)
            #expect(option.stderr == "tipdb: error: ~/team.sqlite: no such database: \(said)\n")
            let create = try Tipdb.run(["init", "--db", "~/team.sqlite"], in: dir, environment: ["HOME": "/home/ana"])
            #expect(create.status == 2)
            #expect(create.stderr == "tipdb: error: ~/team.sqlite: \(said) (nothing was created)\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        }
    }

    @Test("--db relative and missing: the working directory named, with the init that makes it there")
    func optionRelative() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status", "--db", "team.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: team.sqlite: no such database (relative to the working directory \(Self.workingDirectory(dir))); "
                + "create it with `tipdb init --db team.sqlite`\n")
        }
    }
}
