import Foundation
import Testing

/// Where a brief names its database: the error for an empty one, and the command in its provenance.
@Suite("A brief names its database file (built binary)")
struct BriefDatabaseNamingTests {
    @Test("a database without figures is named in the error, by --db or $TIPDB_DATABASE")
    func emptyDatabaseNamed() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "empty.sqlite"], in: dir).status == 0)
            let given = try Tipdb.run(["report", "brief", "--db", "empty.sqlite"], in: dir)
            #expect(given.status == 1)
            #expect(given.stderr == "tipdb: error: empty.sqlite: the database holds no figures yet; load some with tipdb ingest\n")
            let environment = try Tipdb.run(["report", "brief", "--format", "csv"], in: dir, environment: ["TIPDB_DATABASE": "empty.sqlite"])
            #expect(environment.status == 1)
            #expect(environment.stderr == "tipdb: error: empty.sqlite: the database holds no figures yet; load some with tipdb ingest\n")
        }
    }

    @Test("with $TIPDB_DATABASE the provenance's command carries --db, so that it gives the same brief without the variable")
    func provenanceNamesEnvironmentDatabase() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try FileManager.default.moveItem(at: dir.appendingPathComponent("tipdb.sqlite"), to: dir.appendingPathComponent("fx.sqlite"))
            for companion in ["-wal", "-shm"] {
                try? FileManager.default.moveItem(
                    at: dir.appendingPathComponent("tipdb.sqlite" + companion), to: dir.appendingPathComponent("fx.sqlite" + companion))
            }
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir, environment: ["TIPDB_DATABASE": "fx.sqlite"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("```sh\ntipdb report brief --db fx.sqlite --format md --date 2026-11-30\n```"), "\(result.stdout)")
            let plain = try Tipdb.run(["report", "brief", "--db", "fx.sqlite", "--date", "2026-11-30"], in: dir)
            #expect(plain.stdout == result.stdout)
        }
    }
}
