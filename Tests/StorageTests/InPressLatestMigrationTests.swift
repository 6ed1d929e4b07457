import Foundation
import Migrations
import Storage
import Testing

/// m0064 on a database of schema 63: `latest_estimates` takes a work in press over a dated
/// preliminary report of the same measure, place and period (it comes out after every dated
/// source), in each way a source says it is in press, and makes `measure_revisions`, empty: what
/// a measures file replaced before it was not kept.
@Suite("m0064 on a database of schema 63: a work in press is the latest estimate over a dated report; measure_revisions is made")
struct InPressLatestMigrationTests {
    /// A preliminary report of March 2026 (175,000) and a work in press whose record is `csl`
    /// (182,000), for forced labour in Nepal in 2025; and an undated report (190,000) for 2025
    /// too, which stays behind both.
    private func database(in dir: URL, csl: String) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 63, in: dir, name: "v63.sqlite")
        try db.execute("""
            INSERT INTO sources (key, kind, title, publisher, published, csl, batch_id, created_at, updated_at) VALUES
                ('prelim', 'report', 'Preliminary findings', 'Univ of Example', '2026-03', NULL, 1, 't', 't'),
                ('final', 'report', 'Final results', 'Univ of Example', NULL, ?, 1, 't', 't'),
                ('undated', 'report', 'A report', 'NGO', NULL, '{"title": "A report"}', 1, 't', 't')
            """, [csl])
        for (key, value, source) in [("prelim-total", 175_000, "prelim"), ("final-total", 182_000, "final"), ("undated-total", 190_000, "undated")] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'forced-labour', ?, 'persons', 'NPL', '2025', '2025', ?, 'estimated', 1, 't', 't')
                """, [key, Int64(value), source])
        }
        return db
    }

    private static let latest = "SELECT figure FROM latest_estimates WHERE measure = 'forced-labour' AND place = 'NPL'"

    @Test("the work in press becomes the latest estimate; again changes nothing; a fresh schema agrees", arguments: [
        #"{"status": "in press"}"#,
        #"{"status": "Forthcoming"}"#,
        #"{"issued": {"raw": "in-press"}}"#,
        #"{"issued": {"literal": "In  Press"}}"#,
    ])
    func migrateFrom63(csl: String) throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir, csl: csl)
            defer { db.close() }
            #expect(try db.rows(Self.latest).first?.string("figure") == "prelim-total")
            let figures = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 63 })
            #expect(try db.rows(Self.latest).first?.string("figure") == "final-total", "\(csl)")
            #expect(try SchemaTextEditFixture.storedFigures(db) == figures)
            #expect(try db.integer("SELECT count(*) FROM measure_revisions") == 0)
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'latest_estimates'").first?.string("sql"))
            #expect(text.contains("since m0064 a work in press, whose sources.csl says \"in press\" or \"forthcoming\", after every dated source"), "\(text)")

            // Applied again, it changes nothing.
            let schema = try SchemaTextEditFixture.schema(of: db)
            for migration in Migration.bundled where migration.version >= 64 { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("a record that says nothing of press, or is no JSON, leaves the dated report the latest estimate", arguments: [
        #"{"status": "draft"}"#, #"{"issued": {"literal": "in press soon"}}"#, "not json {", #"{"status": ["in press"]}"#,
    ])
    func notInPress(csl: String) throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir, csl: csl)
            defer { db.close() }
            try Migrator().migrate(db)
            #expect(try db.rows(Self.latest).first?.string("figure") == "prelim-total", "\(csl)")
        }
    }
}
