import Foundation
import Storage
import Testing

/// What an IT reviewer of a shared database found (session 52): a hostile or mistyped file must
/// not hold the write lock for minutes, copies and outputs must not be more readable than what
/// they replace, a trigger added by another program must not change what ingest stores, and the
/// read-only `tipdb sql` must not hand out native code addresses. With the built binary.
@Suite("shared-database safety: bounded suggestions, file modes, links, foreign triggers, sql -f pipes, fts3_tokenizer (built binary)")
struct SharedDatabaseSafetyTests {
    static let header = "key,measure,value,unit,place,period,source,cites,method"

    static func mode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("a cites key hundreds of characters long is not ranked for suggestions: refused with no \"did you mean\", nothing written")
    func longDanglingCite() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let long = String(repeating: "a", count: 300)
            let typo = String(repeating: "a", count: 299) + "b"
            let rows = [
                Self.header,
                "\(long),forced-labour,5,persons,NGA,2005,ilo-2005-global-alliance,,estimated",
                "k-2,forced-labour,6,persons,NGA,2006,ilo-2005-global-alliance,\(typo),estimated",
            ]
            try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("f.csv"))
            let before = try Tipdb.run(["sql", "SELECT count(*) FROM figures", "--format", "csv"], in: dir).stdout
            let result = try Tipdb.run(["ingest", "f.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("f.csv:3:"))
            #expect(result.stderr.contains("cites"))
            #expect(!result.stderr.contains("did you mean"))
            #expect(try Tipdb.run(["sql", "SELECT count(*) FROM figures", "--format", "csv"], in: dir).stdout == before)
        }
    }

    @Test("backup of a 0600 database writes a 0600 copy, and --force over a private file keeps it private")
    func backupKeepsPrivacy() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let database = dir.appendingPathComponent("tipdb.sqlite")
            #expect(chmod(database.path, 0o600) == 0)
            let fresh = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(fresh.status == 0, "\(fresh.stderr)")
            #expect(try Self.mode(dir.appendingPathComponent("copy.sqlite")) == 0o600)

            #expect(chmod(database.path, 0o644) == 0)
            let other = dir.appendingPathComponent("other.sqlite")
            try Data("not a database\n".utf8).write(to: other)
            #expect(chmod(other.path, 0o600) == 0)
            let forced = try Tipdb.run(["backup", "other.sqlite", "--force"], in: dir)
            #expect(forced.status == 0, "\(forced.stderr)")
            #expect(try Self.mode(other) == 0o600)
        }
    }

    @Test("-o over an existing file keeps its permissions; -o at a symbolic link is refused, the link and its target as they were")
    func outputModeAndLinks() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let brief = dir.appendingPathComponent("brief.md")
            try Data("old\n".utf8).write(to: brief)
            #expect(chmod(brief.path, 0o600) == 0)
            let written = try Tipdb.run(["report", "brief", "--date", "2025-01-01", "-o", "brief.md"], in: dir)
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try Self.mode(brief) == 0o600)
            #expect(try String(contentsOf: brief, encoding: .utf8).count > 1000)

            try Data("shared copy\n".utf8).write(to: dir.appendingPathComponent("target.md"))
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "target.md")
            let linked = try Tipdb.run(["report", "sources", "-o", "link.md"], in: dir)
            #expect(linked.status != 0)
            #expect(linked.stderr.contains("link.md"))
            #expect(linked.stderr.contains("it is a symbolic link, which tipdb does not write through"))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.md").path) == "target.md")
            #expect(try String(contentsOf: dir.appendingPathComponent("target.md"), encoding: .utf8) == "shared copy\n")
        }
    }

    @Test("ingest and retract refuse a database with a trigger tipdb did not make (exit 2), naming it and how to proceed; nothing is written")
    func foreignTrigger() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let path = dir.appendingPathComponent("tipdb.sqlite").path
            let db = try Database(path: path, mode: .readWrite)
            try db.execute("CREATE TRIGGER zz_times_ten AFTER INSERT ON figures BEGIN UPDATE figures SET value = NEW.value * 10 WHERE id = NEW.id; END")
            db.close()
            try Data((Self.header + "\nk-ev,forced-labour,5,persons,NGA,2004,ilo-2005-global-alliance,,estimated\n").utf8)
                .write(to: dir.appendingPathComponent("ev.csv"))
            let count = ["sql", "SELECT count(*) FROM figures WHERE key = 'k-ev'", "--format", "csv"]
            let ingest = try Tipdb.run(["ingest", "ev.csv"], in: dir)
            #expect(ingest.status == 2)
            #expect(ingest.stderr.contains("tipdb.sqlite: a trigger tipdb did not make: zz_times_ten (on figures); it runs inside every write of tipdb ingest"))
            #expect(ingest.stderr.contains("DROP TRIGGER \"zz_times_ten\";"))
            #expect(try Tipdb.run(count, in: dir).stdout == "count(*)\r\n0\r\n")

            let retract = try Tipdb.run(["retract", "ilo-2005-forced-labour-wld", "--reason", "test"], in: dir)
            #expect(retract.status == 2)
            #expect(retract.stderr.contains("zz_times_ten (on figures)"))
            let retractions = try Tipdb.run(["sql", "SELECT count(*) FROM figure_retractions", "--format", "csv"], in: dir)
            #expect(retractions.stdout == "count(*)\r\n0\r\n")
        }
    }

    @Test("sql -f reads a pipe: /dev/stdin gives the query's result, not a permissions error")
    func sqlFromPipe() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "-f", "/dev/stdin", "--format", "csv"], in: dir, input: Data("SELECT 1 AS x".utf8))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "x\r\n1\r\n")
        }
    }

    @Test("fts3_tokenizer is refused by tipdb sql, in either form, saying why", arguments: [
        "SELECT hex(fts3_tokenizer('simple'))",
        "SELECT fts3_tokenizer('evil', x'4141414141414141')",
    ])
    func fts3Tokenizer(sql: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("fts3_tokenizer() is refused: it reads or registers the address of native tokenizer code"))
            #expect(result.stdout.isEmpty)
        }
    }
}
