import Foundation
import Migrations
import Storage
import Testing

/// m0033 on a database of schema 32 holding a retracted figure: figure_changes gains the insert
/// and updates the retraction had taken out of it, the live figures' rows stay as they were, the
/// retract batch's rows_retracted is filled from figure_retractions, and the schema ends as a
/// fresh database's.
@Suite("m0033: a retracted figure's history in figure_changes, and rows_retracted, on a database of schema 32")
struct RetractedHistoryMigrationTests {
    /// Batch 1 inserted "kept" and "gone", batch 2 changed both (a value; a value and the tags),
    /// batch 3 withdrew "gone" as `tipdb retract` does.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 32, in: dir, name: "v32.sqlite")
        try db.execute("""
            INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, rows_read, rows_updated)
            VALUES (2, 'f.csv', '', 0, 'csv', 'figures', 't', 'v', 2, 2)
            """)
        try db.execute("""
            INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, rows_read)
            VALUES (3, 'retract gone', '', 0, 'retract', 'figures', 't', 'v', 1)
            """)
        for (key, value) in [("kept", 45.0), ("gone", 2_400_000.0)] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', ?, 'persons', 'AUT', '2019', '2019', 's', 'detected', 2, 't', 't')
                """, [key, value])
        }
        try db.execute("INSERT INTO tags (name) VALUES ('blog')")
        try db.execute("INSERT INTO figure_tags (figure, tag) VALUES ('gone', 'blog')")
        let previous = { (key: String, value: Int) in
            #"{"age_group":"total","batch_id":1,"censored":false,"key":"\#(key)","measure":"detected-trafficking-victims","method":"detected","period_end":"2019","period_start":"2019","place":"AUT","sex":"total","source":"s","tags":[],"unit":"persons","value":\#(value)}"#
        }
        try db.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('kept', 2, 't', ?), ('gone', 2, 't', ?)",
                       [previous("kept", 41), previous("gone", 2_000_000)])
        // As `tipdb retract` wrote it at schema 32, by SQL: today's `retractFigure` reads
        // figures.period_basis (m0034), which schema 32 does not have.
        let last = #"{"age_group":"total","censored":false,"key":"gone","measure":"detected-trafficking-victims","method":"detected","period_end":"2019","period_start":"2019","place":"AUT","sex":"total","source":"s","tags":["blog"],"unit":"persons","value":2400000}"#
        try db.transaction(.immediate) {
            try db.execute("""
                INSERT INTO figure_retractions (figure, batch_id, retracted_at, reason, previous, revisions)
                SELECT f.key, 3, '2026-12-03T00:00:00Z', 'a blog''s number',
                    json_set(?1, '$.batch_id', f.batch_id, '$.created_at', f.created_at, '$.updated_at', f.updated_at, '$.breakdowns', json('[]')),
                    (SELECT json_group_array(json_object('id', r.id, 'batch_id', r.batch_id, 'revised_at', r.revised_at, 'previous', json(r.previous), 'kind', r.kind))
                        FROM (SELECT * FROM figure_revisions WHERE figure = f.key ORDER BY id) r)
                FROM figures f WHERE f.key = 'gone'
                """, [last])
            try db.execute("DELETE FROM figures WHERE key = 'gone'")
        }
        #expect(try db.integer("SELECT count(*) FROM figure_retractions") == 1)
        return db
    }

    /// Every row of figure_changes as `batch figure change field old new revision`, in order.
    private static let changes = """
        SELECT group_concat(batch_id || ' ' || figure || ' ' || change || ' ' || coalesce(field, '-') || ' ' || coalesce(old_value, '-')
            || ' ' || coalesce(new_value, '-') || ' ' || coalesce(revision, '-'), char(10)) AS rows
        FROM (SELECT * FROM figure_changes ORDER BY batch_id, figure, change, field)
        """

    @Test("the retracted figure's insert and updates come back beside its retraction; the other rows and the counts stay")
    func migrateFrom32() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            #expect(try db.rows(Self.changes).first?.string("rows") == """
                1 kept inserted - - - -
                2 kept updated value 41.0 45.0 1
                3 gone retracted - - - -
                """)
            let batchesBefore = try db.rows("SELECT json_group_array(json_array(id, rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected)) AS rows FROM ingest_batches").first?.string("rows")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 33 })

            #expect(try db.rows(Self.changes).first?.string("rows") == """
                1 gone inserted - - - -
                1 kept inserted - - - -
                2 gone updated tags [] ["blog"] -
                2 gone updated value 2000000.0 2400000.0 -
                2 kept updated value 41.0 45.0 1
                3 gone retracted - - - -
                """)
            #expect(try db.rows("SELECT json_group_array(DISTINCT retraction) AS ids FROM figure_changes WHERE figure = 'gone'").first?.string("ids") == "[1]")
            #expect(try db.integer("SELECT count(*) FROM figure_changes WHERE figure = 'kept' AND retraction IS NOT NULL") == 0)

            #expect(try db.rows("SELECT json_group_array(json_array(id, rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected)) AS rows FROM ingest_batches").first?.string("rows") == batchesBefore)
            #expect(try db.rows("SELECT json_group_array(json_array(id, rows_retracted)) AS rows FROM ingest_batches").first?.string("rows") == "[[1,0],[2,0],[3,1]]")
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'ingest_batches'").first?.string("sql"))
            // m0042 adds file_identity after it, and the comma before its comment.
            #expect(text.contains("""
                    note TEXT, -- free-text note given with --note
                    rows_retracted INTEGER NOT NULL DEFAULT 0, -- rows about a figure withdrawn with tipdb retract, also counted in rows_read: \
                for a retract batch (format retract), the figures it withdrew (its rows in figure_retractions); for a load, the rows skipped because \
                their key was withdrawn (its summary's "N retracted (skipped)"; 0 for a load recorded before m0033, which did not count them)
                    file_identity TEXT
                """), "\(text)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("an ingest_batches table whose text is not tipdb's is not edited, and the migration is not recorded")
    func foreignTextRefused() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 32, in: dir, name: "v32.sqlite")
            defer { db.close() }
            try db.execute("PRAGMA writable_schema = ON")
            try db.execute("UPDATE sqlite_schema SET sql = replace(sql, '-- free-text note given with --note', '-- mine') WHERE name = 'ingest_batches'")
            try db.execute("PRAGMA writable_schema = OFF")
            #expect(throws: (any Error).self) { try Migrator().migrate(db) }
            #expect(try Migrator().currentVersion(of: db) == 32)
            #expect(try db.integer("SELECT count(*) FROM pragma_table_info('ingest_batches') WHERE name = 'rows_retracted'") == 0)
        }
    }
}
