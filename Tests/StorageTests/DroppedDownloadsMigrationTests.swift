import Foundation
import Migrations
import Storage
import Testing

/// m0049 on a database of schema 47 or 48: `latest_estimates` leaves out a figure that the latest
/// download of its Our World in Data chart no longer gives, as it leaves out a GLOTIP figure the
/// latest export dropped; the data stays as it was.
@Suite("m0049 on a database of schema 47 or 48: a figure a newer Our World in Data download dropped is no latest estimate")
struct DroppedDownloadsMigrationTests {
    /// Two downloads of chart owid-dv, loaded by batches 2 and 3: Italy in both, France only in the
    /// first (the second's options list it as absent); and a chart owid-other whose earlier load
    /// (batch 4) listed Spain as absent, though its latest (batch 5) gives Spain again.
    private func database(at version: Int, in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: version, in: dir, name: "v\(version).sqlite")
        let loads: [(batch: Int64, series: String, downloaded: String, absent: [String])] = [
            (2, "owid-dv", "2025-03-01", []),
            (3, "owid-dv", "2025-06-01", ["owid-dv:detected-trafficking-victims:FRA:2019"]),
            (4, "owid-other", "2025-03-01", ["owid-other:detected-trafficking-victims:ESP:2019"]),
            (5, "owid-other", "2025-06-01", []),
        ]
        for load in loads {
            let options = #"{"series":"\#(load.series)","downloaded":"\#(load.downloaded)","dated_by":"metadata","absent":[\#(load.absent.map { "\"\($0)\"" }.joined(separator: ","))]}"#
            try db.execute("""
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, options)
                VALUES (?, 'dv.csv', '', 0, 'owid', 'figures', 't', 'v', ?)
                """, [load.batch, options])
        }
        try db.execute("INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES ('owid-dv', 'dataset', 'G', 'UNODC', '2025', 3, 't', 't'), ('owid-other', 'dataset', 'G', 'UNODC', '2025', 5, 't', 't')")
        for (key, place, source, batch) in [("owid-dv:detected-trafficking-victims:ITA:2019", "ITA", "owid-dv", 3),
                                            ("owid-dv:detected-trafficking-victims:FRA:2019", "FRA", "owid-dv", 2),
                                            ("owid-other:detected-trafficking-victims:ESP:2019", "ESP", "owid-other", 5)] {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', 7, 'persons', ?, '2019', '2019', ?, 'detected', ?, 't', 't')
                """, [key, place, source, Int64(batch)])
        }
        return db
    }

    private static let latest = "SELECT group_concat(place, ' ') AS places FROM (SELECT place FROM latest_estimates ORDER BY place)"

    @Test("France, which the latest download of owid-dv dropped, leaves latest_estimates; Spain, given again, stays; the data and a fresh schema agree",
          arguments: [47, 48])
    func migrate(from version: Int) throws {
        try withTemporaryDirectory { dir in
            let db = try database(at: version, in: dir)
            defer { db.close() }
            #expect(try db.rows(Self.latest).first?.string("places") == "ESP FRA ITA")
            let figures = try SchemaTextEditFixture.storedFigures(db)
            let batches = try db.rows("SELECT json_group_array(options) AS o FROM (SELECT options FROM ingest_batches ORDER BY id)").first?.string("o")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > version })
            #expect(try db.rows(Self.latest).first?.string("places") == "ESP ITA")
            #expect(try SchemaTextEditFixture.storedFigures(db) == figures)
            #expect(try db.rows("SELECT json_group_array(options) AS o FROM (SELECT options FROM ingest_batches ORDER BY id)").first?.string("o") == batches)
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            // Applied again, it changes nothing.
            for migration in Migration.bundled where migration.version >= 49 {
                try db.execute(migration.sql)
            }
            #expect(try db.rows(Self.latest).first?.string("places") == "ESP ITA")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }
}
