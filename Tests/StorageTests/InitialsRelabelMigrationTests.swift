import Foundation
import Migrations
import Storage
import Testing

/// m0053 labels the sources again after SourceLabel told different first authors apart by
/// initials and lettered past `z`: a database an older tipdb labelled "Ray 2023a" and "Ray
/// 2023b" for Ann and Bob Ray reads "A. Ray 2023" and "B. Ray 2023" in SQL once migrated, as
/// its briefs do, without `tipdb migrate --repair`.
@Suite("m0053: sources labelled again on a database of schema 52")
struct InitialsRelabelMigrationTests {
    @Test("Ray 2023a and Ray 2023b of two people become A. Ray 2023 and B. Ray 2023; other labels are kept")
    func relabel() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 52, in: dir, name: "v52.sqlite")
            defer { db.close() }
            for (key, authors, published) in [("r1", "Ray, Ann", "2023-01"), ("r2", "Ray, Bob", "2023-02"), ("u1", "UNODC", "2024"), ("u2", "UNODC", "2024-06")] {
                try db.execute(
                    "INSERT INTO sources (key, kind, title, authors, published, batch_id, created_at, updated_at) VALUES (?, 'report', 'T', ?, ?, 1, 't', 't')",
                    [key, authors, published])
            }
            try db.relabelAllSources()
            // As an older tipdb had stored them.
            try db.execute("UPDATE source_labels SET label = 'Ray 2023a' WHERE source = 'r1'")
            try db.execute("UPDATE source_labels SET label = 'Ray 2023b' WHERE source = 'r2'")
            #expect(try db.staleSourceLabels() == [
                "r1: Ray 2023a, which its values now make A. Ray 2023", "r2: Ray 2023b, which its values now make B. Ray 2023",
            ])

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 53 })

            let labels = try db.rows("SELECT source, short_label, label FROM source_labels ORDER BY source").map {
                "\($0.string("source") ?? ""): \($0.string("short_label") ?? "") / \($0.string("label") ?? "")"
            }
            #expect(labels == [
                "r1: Ray 2023 / A. Ray 2023", "r2: Ray 2023 / B. Ray 2023", "s: P 2014 / P 2014",
                "u1: UNODC 2024 / UNODC 2024a", "u2: UNODC 2024 / UNODC 2024b",
            ])
            #expect(try db.staleSourceLabels() == [])
            // Applied again, it changes nothing.
            for migration in Migration.bundled where migration.version == 53 { try db.execute(migration.sql) }
            #expect(try db.relabelAllSources() == [])
        }
    }
}
