import Foundation
import Storage
import Testing

/// `tipdb backup` before `tipdb migrate`: a database of an older schema (or a newer tipdb's) is
/// copied as it is, and the output says what the copy is and what comes next.
@Suite("backup copies a database of any tipdb schema (built binary)")
struct BackupSchemaTests {
    /// The fixture database changed as another tipdb would have left it, by SQL on schema_migrations.
    static func fixture(in dir: URL, change sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws {
        try makeFixtureDatabase(in: dir)
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        try db.execute(sql, arguments)
        db.close()
    }

    static func schemaVersion(_ url: URL) throws -> Int64 {
        let db = try Database(path: url.path, mode: .readOnly)
        defer { db.close() }
        return try db.integer("SELECT max(version) FROM schema_migrations")
    }

    @Test("an older schema: copied, the output names its version and says migrate comes next; the other commands say to back it up first")
    func olderSchema() throws {
        try withTemporaryDirectory { dir in
            let latest = Migration.latestVersion
            // The version before the latest: not always latest minus one, since a number may be skipped.
            let previous = Migration.bundled.dropLast().last?.version ?? 0
            try Self.fixture(in: dir, change: "DELETE FROM schema_migrations WHERE version = ?", [latest])
            let refused = try Tipdb.run(["check"], in: dir)
            #expect(refused.status == 2)
            #expect(refused.stderr == "tipdb: error: tipdb.sqlite: schema version \(previous) is older than this tipdb's (\(latest)); back it up first with `tipdb backup --db tipdb.sqlite DEST` (a migration cannot be undone), then run `tipdb migrate --db tipdb.sqlite`\n")
            let status = try Tipdb.run(["status"], in: dir)
            #expect(status.stdout.contains("schema version: \(previous) (this tipdb knows \(latest): back it up first with `tipdb backup --db tipdb.sqlite DEST`, then run `tipdb migrate --db tipdb.sqlite`)"))
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let copied = try Tipdb.run(["backup", "pre-migrate.sqlite"], in: dir)
            #expect(copied.status == 0, "\(copied.stderr)")
            #expect(copied.stderr.isEmpty)
            let lines = copied.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines.first?.hasPrefix("tipdb.sqlite → pre-migrate.sqlite (") == true)
            #expect(lines.last == "the copy has schema version \(previous), as the database has (this tipdb's is \(latest)); next: `tipdb migrate --db tipdb.sqlite`, and pre-migrate.sqlite stays as it is to go back to")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
            #expect(try Self.schemaVersion(dir.appendingPathComponent("pre-migrate.sqlite")) == Int64(previous))
            // The copy is the database as it was: migrating the database leaves the copy behind.
            #expect(try Tipdb.run(["migrate"], in: dir).status == 0)
            #expect(try Self.schemaVersion(dir.appendingPathComponent("tipdb.sqlite")) == Int64(latest))
            #expect(try Self.schemaVersion(dir.appendingPathComponent("pre-migrate.sqlite")) == Int64(previous))
            let stillOlder = try Tipdb.run(["check", "--db", "pre-migrate.sqlite"], in: dir)
            #expect(stillOlder.stderr.contains("pre-migrate.sqlite: schema version \(previous) is older"))
        }
    }

    @Test("a newer tipdb's schema: copied as it is, saying that this tipdb opens neither")
    func newerSchema() throws {
        try withTemporaryDirectory { dir in
            let newer = Migration.latestVersion + 1
            try Self.fixture(in: dir, change: "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, 'future', 'x', '2030-01-01T00:00:00Z')", [newer])
            #expect(try Tipdb.run(["sql", "SELECT 1"], in: dir).status == 2)
            let copied = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(copied.status == 0, "\(copied.stderr)")
            #expect(copied.stdout.hasSuffix("\nthe copy has schema version \(newer), newer than this tipdb knows (\(Migration.latestVersion)), as the database has: copied as it is; open either with a tipdb that knows version \(newer)\n"))
            #expect(try Self.schemaVersion(dir.appendingPathComponent("copy.sqlite")) == Int64(newer))
        }
    }

    @Test("a migration applied from another build's file: copied as it is, saying which migration")
    func otherBuild() throws {
        try withTemporaryDirectory { dir in
            try Self.fixture(in: dir, change: "UPDATE schema_migrations SET sha256 = 'other' WHERE version = 1")
            let copied = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(copied.status == 0, "\(copied.stderr)")
            #expect(copied.stdout.hasSuffix("\nthe copy has migration 1 (schema) as another tipdb build applied it, as the database has: copied as it is; open either with that build\n"))
        }
    }

    @Test("another program's database and a file without tipdb's schema are still refused, exit 2")
    func notTipdbs() throws {
        try withTemporaryDirectory { dir in
            let db = try Database(path: dir.appendingPathComponent("other.sqlite").path, mode: .readWriteCreate)
            try db.execute("CREATE TABLE t (x)")
            db.close()
            let refused = try Tipdb.run(["backup", "--db", "other.sqlite", "copy.sqlite"], in: dir)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("other.sqlite: another program's SQLite database"))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("copy.sqlite").path))
        }
    }
}
