import Foundation
import Storage
import Testing

/// A database one migration behind, with the built binary: `tipdb sql` and `tipdb schema` read it
/// as it is with a note, the commands that need the current schema refuse it, and every piece of
/// advice names the file with `--db` (run without it, backup and migrate act on another database).
@Suite("an older schema is read by sql and schema, and advice names the file (built binary)")
struct OlderSchemaReadTests {
    /// `old.sqlite` in `dir`: the Fixtures database with migration 18 undone as the review did it
    /// (its two partial indexes back to plain ones, its row gone) and any later row removed too.
    static func olderDatabase(in dir: URL) throws -> URL {
        try makeFixtureDatabase(in: dir)
        let old = dir.appendingPathComponent("old.sqlite")
        let copied = try Tipdb.run(["backup", "old.sqlite"], in: dir)
        #expect(copied.status == 0, "\(copied.stderr)")
        let db = try Database(path: old.path, mode: .readWrite)
        try db.execute("""
            DROP INDEX figures_by_study; CREATE INDEX figures_by_study ON figures(study);
            DROP INDEX figures_by_cites; CREATE INDEX figures_by_cites ON figures(cites);
            DELETE FROM schema_migrations WHERE version >= 18;
            """)
        db.close()
        return old
    }

    static let note = "note: old.sqlite: schema version 17, older than this tipdb's (\(Migration.latestVersion)); read as it is, "
        + "with the tables and views of version 17. To update it, back it up first with `tipdb backup --db old.sqlite DEST`, "
        + "then run `tipdb migrate --db old.sqlite`\n"

    @Test("tipdb sql runs a query on it (exit 0), with a note on standard error naming the version and the commands with --db; the file is unchanged")
    func sqlReadsOlderSchema() throws {
        try withTemporaryDirectory { dir in
            let old = try Self.olderDatabase(in: dir)
            let before = try Data(contentsOf: old)
            let csv = try Tipdb.run(["sql", "--db", "old.sqlite", "--format", "csv", "SELECT count(*) AS n FROM figure_citations"], in: dir)
            #expect(csv.status == 0, "\(csv.stderr)")
            #expect(csv.stdout == "n\r\n60\r\n")
            #expect(csv.stderr == Self.note)
            // Standard output stays one JSON value: the note is on standard error only.
            let json = try Tipdb.run(["sql", "--db", "old.sqlite", "--format", "json", "SELECT count(*) AS n FROM figures"], in: dir)
            #expect(json.status == 0)
            #expect(json.stdout == "[\n  {\"n\": 60}\n]\n")
            #expect(json.stderr == Self.note)
            // A refused statement is still refused, after the note.
            let refused = try Tipdb.run(["sql", "--db", "old.sqlite", "DELETE FROM figures"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr == Self.note + "tipdb: error: DELETE is refused: tipdb sql is read-only and never changes the database (use tipdb ingest to add or correct data, tipdb retract KEY --reason TEXT to withdraw a figure)\n")
            #expect(try Data(contentsOf: old) == before)
            #expect(try BackupSchemaTests.schemaVersion(old) == 17)
        }
    }

    @Test("tipdb schema describes it as it is (exit 0), with the same note")
    func schemaReadsOlderSchema() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.olderDatabase(in: dir)
            let result = try Tipdb.run(["schema", "--db", "old.sqlite", "sources"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("sources"), "\(result.stdout)")
            #expect(result.stderr == Self.note)
        }
    }

    @Test("tipdb status --db FILE advises backup and migrate with --db FILE, as the refusal of a command that needs the current schema does")
    func statusNamesTheFile() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.olderDatabase(in: dir)
            let status = try Tipdb.run(["status", "--db", "old.sqlite"], in: dir)
            #expect(status.status == 0)
            #expect(status.stdout.split(separator: "\n").dropFirst().first
                == "schema version: 17 (this tipdb knows \(Migration.latestVersion): back it up first with `tipdb backup --db old.sqlite DEST`, then run `tipdb migrate --db old.sqlite`)")
            // Given by $TIPDB_DATABASE, the advice names the file too.
            let fromEnvironment = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": "old.sqlite"])
            #expect(fromEnvironment.stdout.contains("`tipdb backup --db old.sqlite DEST`, then run `tipdb migrate --db old.sqlite`"), "\(fromEnvironment.stdout)")
            let check = try Tipdb.run(["check", "--db", "old.sqlite"], in: dir)
            #expect(check.status == 2)
            #expect(check.stderr == "tipdb: error: old.sqlite: schema version 17 is older than this tipdb's (\(Migration.latestVersion)); back it up first with `tipdb backup --db old.sqlite DEST` (a migration cannot be undone), then run `tipdb migrate --db old.sqlite`\n")
        }
    }

    @Test("a migration applied from another build's file is still refused by tipdb sql (exit 2): this tipdb cannot vouch for it")
    func otherBuildStillRefused() throws {
        try withTemporaryDirectory { dir in
            try BackupSchemaTests.fixture(in: dir, change: "UPDATE schema_migrations SET sha256 = 'other' WHERE version = 1")
            let result = try Tipdb.run(["sql", "SELECT 1"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("tipdb: error: tipdb.sqlite: migration 1 ("), "\(result.stderr)")
            #expect(result.stderr.contains("was applied from a different file than this tipdb's"))
        }
    }
}
