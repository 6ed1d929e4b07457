import Foundation
import Migrations
import Storage
import Testing

/// m0042 on a database of schema 41: ingest_batches gains file_identity (NULL for every batch
/// already recorded, which are then matched by name), ingest_rejects' comment names open_rejects,
/// and open_rejects lists the rejects of each file's latest load, by name for those batches.
@Suite("m0042: ingest_batches.file_identity and open_rejects, on a database of schema 41")
struct FileIdentityMigrationTests {
    /// Batch 1 is SchemaTextEditFixture's f.csv; 2 loads ./f.csv again, 3 g.csv, 4 retracts a
    /// figure. Batches 1, 2 and 3 refused a row each.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 41, in: dir, name: "v41.sqlite")
        try db.execute("""
            INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version)
            VALUES (2, './f.csv', '', 0, 'csv', 'figures', 't2', 'v'), (3, 'g.csv', '', 0, 'csv', 'figures', 't3', 'v'),
                (4, 'retract g.csv', '', 0, 'retract', 'figures', 't4', 'v')
            """)
        try db.execute("""
            INSERT INTO ingest_rejects (batch_id, line, "column", raw, reason)
            VALUES (1, 2, 5, 'a,b', 'first load'), (2, 2, 5, 'a,b', 'second load'), (3, 3, 1, 'c,d', 'other file')
            """)
        return db
    }

    private static let open = """
        SELECT group_concat(file || ' ' || line || ' ' || "column" || ' ' || batch_id || ' ' || refused_at || ' ' || reason, char(10)) AS rows
        FROM (SELECT * FROM open_rejects ORDER BY file, line)
        """

    @Test("old batches keep a NULL identity and are matched by name; the schema is a fresh database's")
    func migrateFrom41() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 42 })
            #expect(try db.integer("SELECT count(*) FROM ingest_batches WHERE file_identity IS NULL") == 4)
            #expect(try db.rows(Self.open).first?.string("rows") == "./f.csv 2 5 2 t2 second load\ng.csv 3 1 3 t3 other file")
            #expect(try db.integer("SELECT count(*) FROM ingest_rejects") == 3)
            let rejects = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'ingest_rejects'").first?.string("sql"))
            #expect(rejects.contains("nothing is lost silently. Every load keeps its own, so a file loaded again lists a row still refused again, under its new batch: open_rejects lists only those of each file's latest load, the rows still to fix.\n"), "\(rejects)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("the migration's SQL run again changes nothing; a path is refused as an identity")
    func rerunnable() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            // Up to m0042 only: m0056 remakes open_rejects, which m0042's SQL run after it would put back.
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 42 }).migrate(db)
            let before = try SchemaTextEditFixture.schema(of: db)
            let sql = try #require(Migration.bundled.first { $0.version == 42 }?.sql)
            try db.execute(sql)
            #expect(try SchemaTextEditFixture.schema(of: db) == before)
            #expect(throws: (any Error).self) {
                try db.execute("UPDATE ingest_batches SET file_identity = '/home/someone/figures.csv' WHERE id = 1")
            }
            // An identity, once given, is matched by identity only: g.csv's reject stays open after
            // a load of another file named g.csv.
            try db.execute("UPDATE ingest_batches SET file_identity = ? WHERE id = 3", [String(repeating: "a", count: 64)])
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, file_identity)
                VALUES (5, 'g.csv', '', 0, 'csv', 'figures', 't5', 'v', ?)
                """, [String(repeating: "b", count: 64)])
            #expect(try db.rows(Self.open).first?.string("rows") == "./f.csv 2 5 2 t2 second load\ng.csv 3 1 3 t3 other file")
        }
    }
}
