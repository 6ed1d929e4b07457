import Foundation
import Storage
import Testing

@Suite("tipdb init, migrate, status (built binary)")
struct FoundationCommandTests {
    @Test("init creates the database in the working directory, and a second init changes nothing")
    func initTwice() throws {
        try withTemporaryDirectory { dir in
            let first = try Tipdb.run(["init"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("applied migration 1 schema"))
            #expect(first.stdout.contains("tipdb.sqlite: schema version \(Migration.latestVersion), ready"))
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: file)
            let second = try Tipdb.run(["init"], in: dir)
            #expect(second.status == 0)
            #expect(second.stdout == "tipdb.sqlite: schema version \(Migration.latestVersion), already up to date\n")
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("--db wins over $TIPDB_DATABASE, which wins over the working directory")
    func databaseLocation() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir, environment: ["TIPDB_DATABASE": "from-env.sqlite"])
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("from-env.sqlite").path))
            try Tipdb.run(["init", "--db", "explicit.sqlite"], in: dir, environment: ["TIPDB_DATABASE": "from-env.sqlite"])
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("explicit.sqlite").path))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("tipdb.sqlite").path))
        }
    }

    @Test("a database file named file:… is a file, not an SQLite URI")
    func fileColonName() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "file:x.sqlite"], in: dir).status == 0)
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("file:x.sqlite").path))
            let status = try Tipdb.run(["status", "--db", "file:x.sqlite"], in: dir)
            #expect(status.status == 0, "\(status.stderr)")
        }
    }

    @Test("status prints counts, and JSON for scripts")
    func status() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "s.sqlite"], in: dir)
            let text = try Tipdb.run(["status", "--db", "s.sqlite"], in: dir)
            #expect(text.status == 0)
            #expect(text.stdout.contains("schema version: \(Migration.latestVersion)\n"))
            #expect(text.stdout.contains("places:         298\n"))
            #expect(text.stdout.contains("figures:        0\n"))
            let json = try Tipdb.run(["status", "--db", "s.sqlite", "--json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == Migration.latestVersion)
            #expect(object["measures"] as? Int == 19)  // m0061 added modern-slavery-referrals, child-labour and hazardous-child-labour
            #expect(object["places"] as? Int == 298)
            #expect(object["cases"] as? Int == 0 && object["datasets"] as? Int == 0)
            #expect(!text.stdout.contains("case records"))
            // A database holding case-level records says so.
            let cases = CaseFiles.synthetic([(3, "2019", "USA")])
            try Data(cases.utf8).write(to: dir.appendingPathComponent("cases.csv"))
            #expect(try Tipdb.run(["ingest", "--db", "s.sqlite", "--format", "ctdc", "--dataset", "sample", "cases.csv"], in: dir).status == 0)
            let withCases = try Tipdb.run(["status", "--db", "s.sqlite"], in: dir)
            #expect(withCases.stdout.hasSuffix("case records:   3 from 1 dataset version (personal data: share briefs, not this file)\n"), "\(withCases.stdout)")
        }
    }

    @Test("migrate --status lists applied and pending migrations without writing")
    func migrateStatus() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("partial.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            try Migrator(migrations: Array(Migration.bundled.prefix(1))).migrate(db)
            db.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let listed = try Tipdb.run(["migrate", "--status", "--db", "partial.sqlite"], in: dir)
            #expect(listed.status == 0)
            let lines = listed.stdout.split(separator: "\n")
            #expect(lines.count == Migration.bundled.count)
            #expect(lines[0].hasPrefix("applied ") && lines[0].hasSuffix("m0001_schema"))
            #expect(lines[1] == "pending  m0002_reference")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            let refused = try Tipdb.run(["status", "--db", "partial.sqlite"], in: dir)
            #expect(refused.stdout.contains("then run `tipdb migrate --db partial.sqlite`"))
            let migrated = try Tipdb.run(["migrate", "--db", "partial.sqlite"], in: dir)
            #expect(migrated.status == 0)
            #expect(migrated.stdout.contains("applied migration 2 reference"))
            #expect(try Tipdb.run(["migrate", "--db", "partial.sqlite"], in: dir).stdout.contains("nothing to apply"))
        }
    }

    @Test("init and migrate on an up-to-date database answer at once while another process holds the write lock; a pending migration still waits and says busy")
    func upToDateWhileWriting() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "t.sqlite"], in: dir).status == 0)
            let writer = try Database(path: dir.appendingPathComponent("t.sqlite").path, mode: .readWrite)
            try writer.execute("BEGIN IMMEDIATE")
            let again = try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "t.sqlite: schema version \(Migration.latestVersion), already up to date\n")
            let migrate = try Tipdb.run(["migrate", "--db", "t.sqlite"], in: dir)
            #expect(migrate.status == 0, "\(migrate.stderr)")
            #expect(migrate.stdout == "t.sqlite: schema version \(Migration.latestVersion), nothing to apply\n")
            // Both answered without the write lock, held all along: waiting for it, each would have
            // ended busy (exit 2) after the timeout. (No timing asserted: on a loaded machine two
            // process starts took 5.5 s.)
            try writer.execute("ROLLBACK")
            writer.close()

            // With something to apply, the write lock is needed: it waits, then says busy (exit 2).
            let path = dir.appendingPathComponent("partial.sqlite").path
            let partial = try DatabaseFile.open(path, for: .create)
            try Migrator(migrations: Array(Migration.bundled.prefix(1))).migrate(partial)
            partial.close()
            let holder = try Database(path: path, mode: .readWrite)
            try holder.execute("BEGIN IMMEDIATE")
            let busy = try Tipdb.run(["migrate", "--db", "partial.sqlite"], in: dir)
            #expect(busy.status == 2)
            #expect(busy.stderr.hasPrefix("tipdb: error: partial.sqlite: database is busy"), "\(busy.stderr)")
            try holder.execute("ROLLBACK")
            holder.close()
            let migrated = try Tipdb.run(["migrate", "--db", "partial.sqlite"], in: dir)
            #expect(migrated.status == 0, "\(migrated.stderr)")
            #expect(migrated.stdout.contains("applied migration 2 reference"))
        }
    }

    @Test("an empty file: status says to run tipdb init, as every other command does, and the file stays empty")
    func emptyFileSaysInit() throws {
        try withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("empty.sqlite")
            try Data().write(to: file)
            let status = try Tipdb.run(["status", "--db", "empty.sqlite"], in: dir)
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.contains("schema version: 0 (no tipdb schema yet: run `tipdb init --db empty.sqlite`)\n"), "\(status.stdout)")
            #expect(!status.stdout.contains("migrate"))
            let report = try Tipdb.run(["report", "sources", "--db", "empty.sqlite"], in: dir)
            #expect(report.status == 2)
            #expect(report.stderr == "tipdb: error: empty.sqlite: a SQLite database without a tipdb schema; run `tipdb init --db empty.sqlite` to add it\n")
            #expect(try Data(contentsOf: file).isEmpty)
        }
    }

    @Test("a file that is not SQLite is refused with exit 2 and left byte-identical", arguments: [
        ["init"], ["migrate"], ["migrate", "--status"], ["status"],
    ])
    func notSQLite(command: [String]) throws {
        try withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("notes.sqlite")
            let content = Data("Iso3_code,Country\nPHL,Philippines\n".utf8)
            try content.write(to: file)
            let result = try Tipdb.run(command + ["--db", "notes.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tipdb: error: notes.sqlite: not a SQLite database (the file's header is not \"SQLite format 3\"); check the path (a new database is made by `tipdb init --db NEWFILE`)\n")
            #expect(try Data(contentsOf: file) == content)
        }
    }

    @Test("a database from a newer tipdb, or with a changed migration, is refused with exit 2")
    func foreignDatabases() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "new.sqlite"], in: dir)
            let newer = try Database(path: dir.appendingPathComponent("new.sqlite").path)
            try newer.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'x', 'now')")
            newer.close()
            let refusedNewer = try Tipdb.run(["init", "--db", "new.sqlite"], in: dir)
            #expect(refusedNewer.status == 2)
            #expect(refusedNewer.stderr.contains("schema version 99 is newer than this tipdb knows"))

            try Tipdb.run(["init", "--db", "changed.sqlite"], in: dir)
            let changed = try Database(path: dir.appendingPathComponent("changed.sqlite").path)
            try changed.execute("UPDATE schema_migrations SET sha256 = 'abc' WHERE version = 1")
            changed.close()
            let refusedChanged = try Tipdb.run(["status", "--db", "changed.sqlite"], in: dir)
            #expect(refusedChanged.status == 2)
            #expect(refusedChanged.stderr.contains("migration 1 (schema) was applied from a different file"))
        }
    }

    @Test("missing files and directories are exit 2; usage errors exit 64")
    func refusals() throws {
        try withTemporaryDirectory { dir in
            let missing = try Tipdb.run(["status", "--db", "nowhere.sqlite"], in: dir)
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("nowhere.sqlite: no such database (relative to the working directory "), "\(missing.stderr)")
            #expect(missing.stderr.hasSuffix("); create it with `tipdb init --db nowhere.sqlite`\n"), "\(missing.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nowhere.sqlite").path))
            let directory = try Tipdb.run(["init", "--db", "."], in: dir)
            #expect(directory.status == 2)
            #expect(directory.stderr.contains("is a directory"))
            let usage = try Tipdb.run(["status", "--bogus"], in: dir)
            #expect(usage.status == 64)
            #expect(usage.stderr.contains("Unknown option '--bogus'"))
            for command in [["status"], ["sql", "SELECT 1"], ["init"]] {
                let empty = try Tipdb.run(command + ["--db", ""], in: dir)
                #expect(empty.status == 64, "\(command)")
                #expect(empty.stderr.hasPrefix("tipdb: error: --db is empty; expected the path of a database file\n"), "\(command): \(empty.stderr)")
            }
        }
    }

    @Test("--version and help")
    func versionAndHelp() throws {
        try withTemporaryDirectory { dir in
            // The version, then what names the build (`BriefProvenanceTests.version` checks the digest).
            #expect(try Tipdb.run(["--version"], in: dir).stdout.hasPrefix("\(TipdbVersion.current) (schema version \(Migration.latestVersion); executable SHA-256 "))
            let help = try Tipdb.run(["help", "status"], in: dir)
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: tipdb status [--db <path>] [--json]"))
            #expect(try Tipdb.run(["--help"], in: dir).stdout.contains("Exit codes: 0 ok; 1 input rejected"))
            // A help topic that names no command is a usage error, not the root's help with exit 0.
            let typo = try Tipdb.run(["help", "report", "linage"], in: dir)
            #expect(typo.status == 64)
            #expect(typo.stdout.isEmpty)
            #expect(typo.stderr.hasPrefix("tipdb: error: no command \"linage\" to show help for; did you mean \"lineage\"? Expected one of brief, sources, lineage, studies"), "\(typo.stderr)")
            #expect(try Tipdb.run(["help", "report", "lineage"], in: dir).status == 0)
            // A command group run alone is a usage error, with its help on standard error, not exit 0.
            for (arguments, expected) in [
                ([], "tipdb: error: tipdb needs a command; expected one of init, migrate, status, ingest, retract, sql, schema, search, export, check, backup, report, derive\n"),
                (["report"], "tipdb: error: tipdb report needs a command; expected one of brief, sources, lineage, studies\n"),
                (["derive"], "tipdb: error: tipdb derive needs a command; expected one of ctdc\n"),
            ] {
                let alone = try Tipdb.run(arguments, in: dir)
                #expect(alone.status == 64)
                #expect(alone.stdout.isEmpty)
                #expect(alone.stderr.contains("USAGE: tipdb \(arguments.first ?? "<subcommand>")"), "\(alone.stderr)")
                #expect(alone.stderr.hasSuffix(expected), "\(alone.stderr)")
            }
            #expect(try Tipdb.run(["report", "--help"], in: dir).status == 0)
        }
    }
}

@Suite("Argument conveniences")
struct ArgumentTests {
    @Test("--db may come before the subcommand, as in `tipdb --db FILE init`")
    func leadingDatabaseOption() throws {
        try withTemporaryDirectory { dir in
            let created = try Tipdb.run(["--db", "lead.sqlite", "init"], in: dir)
            #expect(created.status == 0, "\(created.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("lead.sqlite").path))
            let status = try Tipdb.run(["--db=lead.sqlite", "status", "--json"], in: dir)
            #expect(status.status == 0)
            #expect(status.stdout.contains("\"path\": \"lead.sqlite\""))
        }
    }
}
