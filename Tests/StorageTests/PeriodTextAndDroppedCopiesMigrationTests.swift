import Foundation
import Migrations
import Storage
import Testing

/// m0051 on a database of schema 49: a year compared with `figure_citations.reference_period`
/// matches it, and `latest_estimates` leaves out a second-hand copy's figure whose producer's own
/// figure the latest release of its export dropped; the data stays as it was.
@Suite("m0051 on a database of schema 49: period text compares as text, a copy of a dropped figure is no latest estimate")
struct PeriodTextAndDroppedCopiesMigrationTests {
    /// Two GLOTIP vintages (batches 2 and 3): Kenya 2020 in both, Kenya 2021 only in the first;
    /// an Our World in Data copy of the first (source `owid-dv`, UNODC's data republished) giving both.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 49, in: dir, name: "v49.sqlite")
        for batch in [2, 3, 4] {
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version)
                VALUES (?, 'g.csv', '', 0, ?, 'figures', 't', 'v')
                """, [Int64(batch), batch == 4 ? "owid" : "glotip"])
        }
        try db.execute("""
            INSERT INTO sources (key, kind, title, publisher, published, notes, batch_id, created_at, updated_at) VALUES
                ('unodc-glotip-2024-04-14', 'dataset', 'GLOTIP', 'UNODC', '2024-04-14', 'A vintage.', 2, 't', 't'),
                ('unodc-glotip-2025-06-01', 'dataset', 'GLOTIP', 'UNODC', '2025-06-01', 'A vintage.', 3, 't', 't'),
                ('owid-dv', 'dataset', 'Detected victims', 'United Nations Office on Drugs and Crime', '2024-12-11',
                 'Republished by Our World in Data as dv.csv.', 4, 't', 't')
            """)
        try db.execute("""
            INSERT INTO source_labels (source, short_label, label) VALUES
                ('unodc-glotip-2024-04-14', 'UNODC 2024', 'UNODC 2024b'), ('unodc-glotip-2025-06-01', 'UNODC 2025', 'UNODC 2025'),
                ('owid-dv', 'UNODC 2024', 'UNODC 2024a')
            """)
        try db.execute("""
            INSERT INTO series_vintages (id, series, source, released, sha256, figures, batch_id) VALUES
                (1, 'unodc-glotip', 'unodc-glotip-2024-04-14', '2024-04-14', 'a', 2, 2),
                (2, 'unodc-glotip', 'unodc-glotip-2025-06-01', '2025-06-01', 'b', 1, 3)
            """)
        for (key, year, source, batch) in [("unodc-glotip:detected-trafficking-victims:KEN:2020", "2020", "unodc-glotip-2025-06-01", 3),
                                           ("unodc-glotip:detected-trafficking-victims:KEN:2021", "2021", "unodc-glotip-2024-04-14", 2),
                                           ("owid-dv:detected-trafficking-victims:KEN:2020", "2020", "owid-dv", 4),
                                           ("owid-dv:detected-trafficking-victims:KEN:2021", "2021", "owid-dv", 4)] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', 7, 'persons', 'KEN', ?, ?, ?, 'detected', ?, 't', 't')
                """, [key, year, year, source, Int64(batch)])
        }
        try db.execute("""
            INSERT INTO series_figures (figure, series, first_vintage, last_vintage) VALUES
                ('unodc-glotip:detected-trafficking-victims:KEN:2020', 'unodc-glotip', 1, 2),
                ('unodc-glotip:detected-trafficking-victims:KEN:2021', 'unodc-glotip', 1, 1)
            """)
        return db
    }

    private static let latest = "SELECT group_concat(figure, ' ') AS figures FROM (SELECT figure FROM latest_estimates ORDER BY figure)"
    private static let year2021 = "SELECT count(*) FROM figure_citations WHERE reference_period = ?"

    @Test("the copy's Kenya 2021 leaves latest_estimates, reference_period = 2021 finds both figures of 2021; again changes nothing; a fresh schema agrees")
    func migrateFrom49() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            #expect(try db.rows(Self.latest).first?.string("figures") == "owid-dv:detected-trafficking-victims:KEN:2021")
            #expect(try db.integer(Self.year2021, [Int64(2021)]) == 0)
            let figures = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 49 })
            #expect(try db.rows(Self.latest).first?.string("figures") == "unodc-glotip:detected-trafficking-victims:KEN:2020")
            #expect(try db.integer(Self.year2021, [Int64(2021)]) == 2)
            #expect(try SchemaTextEditFixture.storedFigures(db) == figures)

            // Applied again, it changes nothing.
            for migration in Migration.bundled where migration.version >= 51 {
                try db.execute(migration.sql)
            }
            #expect(try db.rows(Self.latest).first?.string("figures") == "unodc-glotip:detected-trafficking-victims:KEN:2020")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }
}
