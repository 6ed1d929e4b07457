import Foundation
import Migrations
@testable import Storage
import Testing

/// m0056 on a database of schema 54: the paths ingest_batches.file and datasets.file kept as
/// typed are shortened by the rule ingest now follows (`StoredFileName`), a batch recorded
/// before m0042 by an absolute path first getting the identity a load of that path gets, so that
/// it is still matched as that file; retract and derive batches keep their commands (publisher's
/// review, session 49).
@Suite("m0056 on a database of schema 54: stored paths shortened, identities kept")
struct StoredFileNamesMigrationTests {
    static let casework = "/home/jdoe/Survivor casework 2024/intake.csv"

    /// Batch 1 is SchemaTextEditFixture's f.csv. Recorded before m0042 (no identity): 2 by an
    /// absolute path, refusing a row; 3 by a path with `..`; 4 a retract, 5 a derive; 6 a path
    /// within the working directory; 7 one with `~`. 8 since m0042, with an identity. Dataset
    /// version 1 was loaded by an absolute path.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 54, in: dir, name: "v54.sqlite")
        try db.execute("""
            INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, file_identity)
            VALUES (2, ?, '', 0, 'csv', 'figures', 't2', 'v', NULL), (3, '../up/g.csv', '', 0, 'csv', 'figures', 't3', 'v', NULL),
                (4, 'retract a/b', '', 0, 'retract', 'figures', 't4', 'v', NULL),
                (5, 'derive ctdc --dataset ../x --by country', '', 0, 'derive', 'figures', 't5', 'v', NULL),
                (6, 'partnerA/figures.csv', '', 0, 'csv', 'figures', 't6', 'v', NULL), (7, '~/h.csv', '', 0, 'csv', 'figures', 't7', 'v', NULL),
                (8, '/srv/drop/x.csv', '', 0, 'ctdc', 'cases', 't8', 'v', ?)
            """, [Self.casework, String(repeating: "a", count: 64)])
        try db.execute("INSERT INTO ingest_rejects (batch_id, line, \"column\", raw, reason) VALUES (2, 2, 1, 'a,b', 'refused')")
        try db.execute("""
            INSERT INTO datasets (name, version, variant, file, sha256, rows, source, batch_id, loaded_at)
            VALUES ('ngo-cases', 1, 'ctdc-global', '/srv/drop/x.csv', 'x', 0, 's', 8, 't8')
            """)
        return db
    }

    private static func files(_ db: Database) throws -> String? {
        try db.rows("""
            SELECT group_concat(id || ' ' || file || ' ' || coalesce(file_identity, 'NULL'), char(10)) AS rows FROM (SELECT * FROM ingest_batches ORDER BY id)
            """).first?.string("rows")
    }

    @Test("paths from outside the working directory keep the file's name; an old absolute batch gets its path's digest; the schema is a fresh database's")
    func migrateFrom54() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 55 })
            let digest = Checksum.sha256(Array(Self.casework.utf8))
            #expect(try Self.files(db) == """
                1 f.csv NULL
                2 intake.csv \(digest)
                3 g.csv NULL
                4 retract a/b NULL
                5 derive ctdc --dataset ../x --by country NULL
                6 partnerA/figures.csv NULL
                7 h.csv NULL
                8 x.csv \(String(repeating: "a", count: 64))
                """)
            #expect(try db.rows("SELECT file FROM datasets").first?.string("file") == "x.csv")
            let batches = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'ingest_batches'").first?.string("sql"))
            #expect(batches.contains("    file TEXT NOT NULL, -- the file loaded, as given on the command line when given relative to the working directory without .."), "\(batches)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("the old absolute batch is matched by its identity, not by its name: another intake.csv leaves its reject open, the same file closes it")
    func matchedByIdentity() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            try Migrator().migrate(db)
            let open = "SELECT group_concat(file || ' ' || batch_id, char(10)) AS rows FROM open_rejects"
            #expect(try db.rows(open).first?.string("rows") == "intake.csv 2")
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, file_identity)
                VALUES (9, 'intake.csv', '', 0, 'csv', 'figures', 't9', 'v', ?)
                """, [String(repeating: "b", count: 64)])
            #expect(try db.rows(open).first?.string("rows") == "intake.csv 2")
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, file_identity)
                VALUES (10, 'intake.csv', '', 0, 'csv', 'figures', 't10', 'v', ?)
                """, [Checksum.sha256(Array(Self.casework.utf8))])
            #expect(try db.rows(open).first?.string("rows") == nil)
        }
    }

    @Test("the migration's SQL and follow-up run again change nothing")
    func rerunnable() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            try Migrator().migrate(db)
            let schema = try SchemaTextEditFixture.schema(of: db)
            let files = try Self.files(db)
            #expect(Migration.bundled.contains { $0.version == 56 })
            // m0056 again, then the later migrations that recreate figure_citations after it (m0058), as they run.
            for migration in Migration.bundled where migration.version >= 56 { try db.execute(migration.sql) }
            let followUp: (@Sendable (Database) throws -> Void)? = Migrator.followUps[56]
            #expect(followUp != nil)
            try followUp?(db)
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)
            #expect(try Self.files(db) == files)
        }
    }
}
