import Foundation
import Migrations
import Storage
import Testing

/// m0038 and m0039 on a database of schema 37: figure_changes stops listing figures a newer
/// release moved unchanged as its inserts, and the UN's short country names become aliases
/// without touching those a user already gave.
@Suite("m0038 and m0039 on a database of schema 37: release moves in figure_changes, UN short names as aliases")
struct ReleaseChangesMigrationTests {
    /// Two releases of a series, loaded by batches 2 and 3 (sources v1 and v2): "moved" was in both
    /// unchanged (moved to v2 by a bare update, as FigureWriter does), "revised" changed its value
    /// in the second (a revision of batch 3), "new" is only in the second.
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 37, in: dir, name: "v37.sqlite")
        for batch in [2, 3] {
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version)
                VALUES (?, 'g.csv', '', 0, 'glotip', 'figures', 't', 'v')
                """, [Int64(batch)])
            try db.execute("INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES (?, 'dataset', 'G', 'UNODC', '2025', ?, 't', 't')",
                           ["v\(batch - 1)", Int64(batch)])
            try db.execute("INSERT INTO series_vintages (id, series, source, released, sha256, figures, batch_id) VALUES (?, 'unodc-glotip', ?, ?, ?, 2, ?)",
                           [Int64(batch - 1), "v\(batch - 1)", "202\(batch)-04-14", "sha\(batch)", Int64(batch)])
        }
        for (key, value, batch, firstVintage) in [("moved", 41.0, 3, 1), ("revised", 11.0, 3, 1), ("new", 7.0, 3, 2)] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', ?, 'persons', 'DEU', '2020', '2020', 'v2', 'detected', ?, 't', 't')
                """, [key, value, Int64(batch)])
            try db.execute("INSERT INTO series_figures (figure, series, first_vintage, last_vintage) VALUES (?, 'unodc-glotip', ?, 2)",
                           [key, Int64(firstVintage)])
        }
        let previous = #"{"age_group":"total","batch_id":2,"censored":false,"key":"revised","measure":"detected-trafficking-victims","method":"detected","period_end":"2020","period_start":"2020","place":"DEU","sex":"total","source":"v1","tags":[],"unit":"persons","value":10}"#
        try db.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('revised', 3, 't', ?)", [previous])
        // A user's own aliases: one m0039 also adds (the same place), one it adds under another place.
        try db.execute("INSERT INTO place_aliases (alias, place) VALUES ('DPRK', 'PRK'), ('Congo Republic', 'COD')")
        return db
    }

    /// Every row of figure_changes as `batch figure change field old new`, in order.
    private static let changes = """
        SELECT group_concat(batch_id || ' ' || figure || ' ' || change || ' ' || coalesce(field, '-') || ' ' || coalesce(old_value, '-')
            || ' ' || coalesce(new_value, '-'), char(10)) AS rows
        FROM (SELECT * FROM figure_changes ORDER BY batch_id, figure, change, field)
        """

    @Test("the moved figure is inserted by the first release, not the second; the user's aliases stay; the schema ends as a fresh one")
    func migrateFrom37() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            #expect(try db.rows(Self.changes).first?.string("rows") == """
                2 revised inserted - - -
                3 moved inserted - - -
                3 new inserted - - -
                3 revised updated source v1 v2
                3 revised updated value 10.0 11.0
                """)
            let aliases = try db.integer("SELECT count(*) FROM place_aliases")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 38 })

            #expect(try db.rows(Self.changes).first?.string("rows") == """
                2 moved inserted - - -
                2 revised inserted - - -
                3 new inserted - - -
                3 revised updated source v1 v2
                3 revised updated value 10.0 11.0
                """)
            #expect(try db.rows("SELECT json_group_array(json_array(alias, place)) AS rows FROM (SELECT * FROM place_aliases WHERE alias IN ('DPRK', 'Congo Republic', 'Congo DR', 'Rep. of Korea') ORDER BY alias)")
                .first?.string("rows") == #"[["Congo DR","COD"],["Congo Republic","COD"],["DPRK","PRK"],["Rep. of Korea","KOR"]]"#)
            // m0039's names, less the World Bank's Europe & Central Asia, which m0044 removes, and m0045's EU-28 and European Union (28).
            #expect(try db.integer("SELECT count(*) FROM place_aliases") == aliases + 56 - 1 + 2)
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            // Applied again, neither changes anything.
            let before = try db.rows("SELECT json_group_array(json_array(alias, place)) AS rows FROM (SELECT * FROM place_aliases ORDER BY alias)").first?.string("rows")
            for migration in Migration.bundled where migration.version >= 38 {
                try db.execute(migration.sql)
            }
            #expect(try db.rows("SELECT json_group_array(json_array(alias, place)) AS rows FROM (SELECT * FROM place_aliases ORDER BY alias)").first?.string("rows") == before)
            #expect(try db.rows(Self.changes).first?.string("rows")?.hasPrefix("2 moved inserted") == true)

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }
}
