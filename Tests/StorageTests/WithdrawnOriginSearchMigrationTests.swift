import Foundation
import Migrations
import Storage
import Testing

/// m0057 on a database of schema 56: `figure_lineage` gains `withdrawn_origin`, last, for a chain
/// ending at a repeat whose cites was cleared before what it repeated was retracted; `sources_fts`
/// is rebuilt with `container`, so the sources stored before it are found by their journal.
@Suite("m0057 on a database of schema 56: figure_lineage.withdrawn_origin, and sources found by their container")
struct WithdrawnOriginSearchMigrationTests {
    /// Source `s` of the fixture; an article in a journal; a repeat `b1` whose cites (`a1`) a
    /// later load cleared (its revision keeps it), and `a1` retracted.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 56, in: dir, name: "v56.sqlite")
        try db.execute("""
            INSERT INTO sources (key, kind, title, authors, published, container, batch_id, created_at, updated_at)
            VALUES ('doe-2019', 'journal-article', 'Counting', 'Doe, Jane', '2019', 'Journal of Human Trafficking', 1, 't', 't')
            """)
        try db.execute("""
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
            VALUES ('b1', 'trafficking-victims', 5, 'persons', 'GBR', '2014', '2014', 's', 'reported', 1, 't', 't')
            """)
        try db.execute("""
            INSERT INTO figure_revisions (figure, batch_id, revised_at, previous, kind)
            VALUES ('b1', 1, 't', json_object('measure', 'trafficking-victims', 'place', 'GBR', 'period_start', '2014', 'period_end', '2014',
                'value', 5, 'unit', 'persons', 'cites', 'a1', 'batch_id', 1), 'revision')
            """)
        try db.execute("""
            INSERT INTO figure_retractions (figure, batch_id, retracted_at, reason, previous, revisions)
            VALUES ('a1', 1, '2026-12-05T00:00:00Z', 'fabricated', json_object('source', 's'), '[]')
            """)
        return db
    }

    private static func state(_ db: Database) throws -> [String] {
        try db.rows("SELECT figure || ' ' || status || ' ' || coalesce(withdrawn_origin, 'NULL') AS row FROM figure_lineage ORDER BY figure")
            .compactMap { $0.string("row") }
            + db.rows("SELECT s.key FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid WHERE sources_fts MATCH 'container:trafficking'")
            .compactMap { $0.string("key") }
    }

    @Test("the repeat names a1; doe-2019 is found by its journal; again changes nothing; a fresh schema agrees")
    func migrateFrom56() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            let before = try db.rows("SELECT name FROM pragma_table_info('figure_lineage') ORDER BY cid").compactMap { $0.string("name") }

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 57 })

            let after = try db.rows("SELECT name FROM pragma_table_info('figure_lineage') ORDER BY cid").compactMap { $0.string("name") }
            #expect(Array(after.prefix(before.count + 1)) == before + ["withdrawn_origin"])
            let migrated = try Self.state(db)
            #expect(migrated == ["b1 unsourced a1", "doe-2019"])
            try db.execute("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)")

            // Applied again, it changes nothing.
            let schema = try SchemaTextEditFixture.schema(of: db)
            for migration in Migration.bundled where migration.version == 57 { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)
            #expect(try Self.state(db) == migrated)

            // A database made at the current schema has the same view and index.
            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            _ = try Migrator().migrate(fresh)
            let mine = { (schema: [String]) in schema.filter { $0.hasPrefix("view figure_lineage:") || $0.hasPrefix("table sources_fts:") } }
            #expect(mine(try SchemaTextEditFixture.schema(of: fresh)) == mine(schema))
            #expect(mine(schema).count == 2)
        }
    }
}
