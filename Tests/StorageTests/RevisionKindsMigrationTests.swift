import Foundation
import Migrations
import Storage
import Testing

/// m0024 gives figure_revisions a `kind`: the revisions of a database made before it are kept,
/// ids and all, as revisions (what briefs have always printed), and only the two kinds are accepted.
@Suite("m0024: figure revision kinds on a database of schema 22")
struct RevisionKindsMigrationTests {
    @Test("existing revisions become kind revision, with their ids, values and index; figure_citations still counts them")
    func migrateFrom22() throws {
        try withTemporaryDirectory { dir in
            let db = try DatabaseFile.open(dir.appendingPathComponent("v22.sqlite").path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 22 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v'), (2, 'g.csv', '', 0, 'csv', 'figures', 't', 'v')")
            try db.execute("INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES ('s', 'report', 'T', 'P', '2021', 1, 't', 't')")
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES ('at', 'detected-trafficking-victims', 45, 'persons', 'AUT', '2019', '2019', 's', 'detected', 2, 't', 't')
                """)
            try db.execute("INSERT INTO figure_revisions (id, figure, batch_id, revised_at, previous) VALUES (7, 'at', 2, '2026-01-01', '{\"value\":41,\"batch_id\":1}')")

            #expect(try Migrator().migrate(db).map(\.version).contains(24))
            let row = try #require(try db.rows("SELECT id, figure, batch_id, revised_at, previous, kind FROM figure_revisions").first)
            #expect(row.int("id") == 7 && row.string("figure") == "at" && row.int("batch_id") == 2 && row.string("revised_at") == "2026-01-01")
            #expect(row.string("previous") == "{\"value\":41,\"batch_id\":1}" && row.string("kind") == "revision")
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'figure_revisions_by_figure'") == 1)
            #expect(try db.integer("SELECT revisions FROM figure_citations WHERE figure = 'at'") == 1)
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(throws: (any Error).self) {
                try db.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous, kind) VALUES ('at', 2, 't', '{}', 'typo')")
            }
        }
    }
}
