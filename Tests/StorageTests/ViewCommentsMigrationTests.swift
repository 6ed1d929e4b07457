import Foundation
import Migrations
import Storage
import Testing

/// m0029 edits two views' comments in place so that the schema says a NULL value may be a range
/// (m0028), not only a censored count: the views return what they returned, their text holds the
/// new comments, and the schema ends as a fresh database's.
@Suite("m0029: the views' value comments on a database of schema 28")
struct ViewCommentsMigrationTests {
    private func insertFigures(_ db: Database) throws {
        for (key, value, censored, low, high) in [
            ("value", 11_000.0, 0, 10_000.0, 13_000.0), ("censored", nil, 1, 1, 4), ("range", nil, 0, 10_000, 13_000),
        ] as [(String, Double?, Int, Double, Double)] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, censored, low, high, unit, place, period_start, period_end, source, batch_id, created_at, updated_at)
                VALUES (?, 'modern-slavery', ?, ?, ?, ?, 'persons', 'GBR', '2013', '2013', 's', 1, 't', 't')
                """, [.text(key), value.map(DatabaseValue.real) ?? .null, .integer(Int64(censored)), .real(low), .real(high)])
        }
    }

    /// Every row of both views, as one JSON text, in the order of their keys (a view without ORDER
    /// BY returns its rows in whatever order its plan reads them, which m0046's changed).
    private func viewRows(_ db: Database) throws -> String? {
        try db.rows("""
            SELECT (SELECT json_group_array(json_array(figure, value, censored, low, high, reference_period, citation))
                    FROM (SELECT * FROM figure_citations ORDER BY figure))
                || (SELECT json_group_array(json_array(measure, place, figure, value, censored, low, high))
                    FROM (SELECT * FROM latest_estimates ORDER BY measure, place, figure)) AS rows
            """).first?.string("rows")
    }

    @Test("the views return the same rows, hold the new comments, and the schema is a fresh database's")
    func migrateFrom28() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 28, in: dir, name: "v28.sqlite")
            defer { db.close() }
            try insertFigures(db)
            let before = try viewRows(db)
            #expect(before?.contains("\"range\"") == true)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 29 })

            #expect(try viewRows(db) == before)
            let comment = "(NULL when censored, or published only as a range: see low and high)"
            let citations = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figure_citations'").first?.string("sql"))
            // m0032 recreated figure_citations, reading value from an inner query: the comment stays.
            #expect(citations.contains("value, -- the number as published \(comment)\n"))
            let latest = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'latest_estimates'").first?.string("sql"))
            #expect(latest.contains("value, -- its value \(comment)\n"))
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("a view whose text is not tipdb's is not edited, and the migration is not recorded")
    func foreignTextRefused() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 28, in: dir, name: "v28.sqlite")
            defer { db.close() }
            // A user recreated latest_estimates with a comment of their own.
            try db.execute("DROP VIEW latest_estimates")
            try db.execute("CREATE VIEW latest_estimates AS SELECT key AS figure, value -- mine\n FROM figures")
            let before = try SchemaTextEditFixture.schema(of: db)
            #expect(throws: SchemaError.self) { try Migrator().migrate(db) }
            #expect(try Migrator().currentVersion(of: db) == 28)
            #expect(try SchemaTextEditFixture.schema(of: db) == before)
        }
    }
}
