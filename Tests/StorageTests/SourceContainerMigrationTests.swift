import Foundation
import Migrations
import Storage
import Testing

/// m0055 on a database of schema 54: `sources` gains `container` (a sources file's journal, book or
/// series), NULL for every stored row, and `figure_citations.citation` takes it before the CSL
/// record's container-title. The stored sources and their citations are unchanged: a CSL-JSON
/// item's container stays in `csl`, which the citation still reads.
@Suite("m0055 on a database of schema 54: sources.container added, stored sources and citations unchanged")
struct SourceContainerMigrationTests {
    /// Source `s` of the fixture (a report), and a CSL-JSON article whose journal is in csl, each with a figure.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 54, in: dir, name: "v54.sqlite")
        try db.execute("""
            INSERT INTO sources (key, kind, title, authors, publisher, published, csl, batch_id, created_at, updated_at)
            VALUES ('doe-2019', 'journal-article', 'Counting', 'Doe, Jane', 'Taylor & Francis', '2019',
                '{"container-title":"Journal of Human Trafficking","volume":"3"}', 1, 't', 't')
            """)
        for (key, source) in [("f1", "s"), ("f2", "doe-2019")] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', 120, 'persons', 'GBR', '2014', '2014', ?, 'detected', 1, 't', 't')
                """, [key, source])
        }
        _ = try db.relabelAllSources()
        return db
    }

    private static func citations(_ db: Database) throws -> [String] {
        try db.rows("SELECT figure, citation FROM figure_citations ORDER BY figure").map { "\($0.string("figure") ?? ""): \($0.string("citation") ?? "NULL")" }
    }

    private static func columns(_ db: Database, of name: String) throws -> [String] {
        try db.rows("SELECT name FROM pragma_table_info(?) ORDER BY cid", [name]).compactMap { $0.string("name") }
    }

    /// Every stored source's columns as they were before m0055, as one JSON text.
    private static func storedSources(_ db: Database) throws -> String? {
        try db.rows("""
            SELECT json_group_array(json_array(id, key, kind, title, authors, publisher, published, url, doi, accessed, license, notes, csl, extra, batch_id))
                AS rows FROM (SELECT * FROM sources ORDER BY id)
            """).first?.string("rows")
    }

    @Test("container comes last and is NULL; rows and citations are kept; again changes nothing; a fresh schema agrees; the column wins over csl")
    func migrateFrom54() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            let sourceColumns = try Self.columns(db, of: "sources")
            let viewColumns = try Self.columns(db, of: "figure_citations")
            let rows = try Self.storedSources(db)
            let citations = try Self.citations(db)
            #expect(citations == [
                "f1: P (2014). T.",
                "f2: Doe, Jane (2019). Counting. In: Journal of Human Trafficking, 3. Taylor & Francis.",
            ])

            // Up to m0055 only: m0056 remakes figure_citations again (previous_source).
            let through55 = Migrator(migrations: Migration.bundled.filter { $0.version <= 55 })
            #expect(try through55.migrate(db).map(\.version) == [55])

            #expect(try Self.columns(db, of: "sources") == sourceColumns + ["container"])
            #expect(try Self.columns(db, of: "figure_citations") == viewColumns)
            #expect(try db.rows("SELECT count(*) AS n FROM sources WHERE container IS NOT NULL").first?.int("n") == 0)
            #expect(try Self.storedSources(db) == rows)
            #expect(try Self.citations(db) == citations)
            #expect(try db.source(key: "doe-2019")?.container == nil)

            // Applied again, it changes nothing.
            let schema = try SchemaTextEditFixture.schema(of: db)
            for migration in Migration.bundled where migration.version == 55 { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)
            #expect(try Self.citations(db) == citations)

            // A database made at schema 55 has the same sources table and view.
            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            _ = try through55.migrate(fresh)
            let mine = schema.filter { $0.hasPrefix("table sources:") || $0.hasPrefix("view figure_citations:") }
            #expect(mine.count == 2)
            #expect(try SchemaTextEditFixture.schema(of: fresh).filter { mine.contains($0) }.count == 2)

            // The column, once set, is the container the citation gives, before csl's.
            try db.execute("UPDATE sources SET container = 'Crime and Justice' WHERE key = 'doe-2019'")
            #expect(try Self.citations(db).last == "f2: Doe, Jane (2019). Counting. In: Crime and Justice, 3. Taylor & Francis.")
            #expect(try db.source(key: "doe-2019")?.container == "Crime and Justice")
        }
    }
}
