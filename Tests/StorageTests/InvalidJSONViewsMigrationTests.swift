import Foundation
import Migrations
import Storage
import Testing

/// m0066 on a database of schema 65: `figure_citations` and `figure_changes` read past a row whose
/// JSON another program broke, where each query of them failed whole with "malformed JSON".
@Suite("m0066 on a database of schema 65: figure_citations and figure_changes read past JSON that is not valid")
struct InvalidJSONViewsMigrationTests {
    /// Source `s` (2014) with a CSL record that is not JSON, and a figure last written by batch 3
    /// whose one revision, by batch 2, has a `previous` that is not JSON either; a second source
    /// whose record is valid, and its figure of batch 1.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 65, in: dir, name: "v65.sqlite")
        try db.execute("UPDATE sources SET csl = '{\"container-title\": \"Journal' WHERE key = 's'")
        try db.execute("""
            INSERT INTO sources (key, kind, title, publisher, published, csl, batch_id, created_at, updated_at)
            VALUES ('t', 'journal-article', 'A study', 'P', '2019', '{"container-title": "Anti-Trafficking Review"}', 1, 't', 't')
            """)
        for (key, source) in [("f1", "s"), ("f2", "t")] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'forced-labour', 1000, 'persons', 'NPL', '2013', '2013', ?, 'estimated', 1, 't', 't')
                """, [key, source])
        }
        for batch in [2, 3] {
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (?, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')", [batch])
        }
        try db.execute("UPDATE figures SET batch_id = 3 WHERE key = 'f1'")
        try db.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('f1', 2, 't', '{\"value\": 900,')")
        return db
    }

    @Test("both views failed before; after it they give every row, the broken record read as none; again changes nothing; a fresh schema agrees")
    func migrateFrom65() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            for view in ["figure_citations", "figure_changes"] {
                #expect(throws: StorageError.self, "\(view) failed at schema 65") { try db.rows("SELECT * FROM \(view)") }  // sql-constant: two view names
            }
            let figures = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 65 })
            #expect(try SchemaTextEditFixture.storedFigures(db) == figures)
            let citations = try db.rows("SELECT figure, citation FROM figure_citations ORDER BY figure")
            #expect(citations.map { $0.string("figure") } == ["f1", "f2"])
            // The valid record still gives its container; the broken one is cited as a source without one.
            #expect(citations.last?.string("citation")?.contains("Anti-Trafficking Review") == true, "\(citations)")
            let broken = citations.first?.string("citation")
            try db.execute("UPDATE sources SET csl = NULL WHERE key = 's'")
            #expect(try db.rows("SELECT citation FROM figure_citations WHERE figure = 'f1'").first?.string("citation") == broken)
            // The revision that would name f1's first batch is not JSON: its insert goes under that
            // revision's batch (2), the earliest known to have held it, not its latest writer (3).
            let inserted = try db.rows("SELECT figure, batch_id FROM figure_changes WHERE change = 'inserted' ORDER BY figure")
            #expect(inserted.map { "\($0.string("figure") ?? ""):\($0.int("batch_id") ?? 0)" } == ["f1:2", "f2:1"])

            // Applied again, it changes nothing.
            let schema = try SchemaTextEditFixture.schema(of: db)
            for migration in Migration.bundled where migration.version >= 66 { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }
}
