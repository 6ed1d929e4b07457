import Foundation
import Migrations
import Storage
import Testing

/// m0054 on a database of schema 53: `figure_lineage` says what the primary figure counts (its
/// measure, unit, place and subgroup), so that `primary_value` 2.1 under a newspaper's 2,100 reads
/// as a rate per 1,000 and a count of children repeated as everyone's shows its age group (review
/// of session 47: the view gave the number alone); the rows it had are unchanged.
@Suite("m0054 on a database of schema 53: figure_lineage names the primary figure's measure, unit, place and subgroup")
struct LineagePrimaryScopeMigrationTests {
    private static let added = ["primary_measure", "primary_unit", "primary_place", "primary_sex", "primary_age_group", "primary_form"]

    /// A survey's rate of 2.1 per 1,000 (`rate`), a newspaper's 2,100 persons repeating it (`paper`),
    /// a count of children (`kids`) repeated as everyone's (`echo`), and two repeats citing
    /// each other (`loop-a`, `loop-b`).
    private func database(in dir: URL) throws -> Database {
        let db = try SchemaTextEditFixture.database(at: 53, in: dir, name: "v53.sqlite")
        let rows: [(String, String, Double, String, String, String, String?, String?)] = [
            ("rate", "modern-slavery", 2.1, "per-1000", "total", "estimated", nil, nil),
            ("paper", "modern-slavery", 2_100, "persons", "total", "reported", "rate", nil),
            ("kids", "detected-trafficking-victims", 40, "persons", "children", "detected", nil, "sexual-exploitation"),
            ("echo", "detected-trafficking-victims", 40, "persons", "total", "reported", "kids", nil),
            ("loop-a", "detected-trafficking-victims", 9, "persons", "total", "reported", nil, nil),
            ("loop-b", "detected-trafficking-victims", 9, "persons", "total", "reported", "loop-a", nil),
        ]
        for (key, measure, value, unit, age, method, cites, form) in rows {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, age_group, form, source, method, cites, batch_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'GBR', '2019', '2019', ?, ?, 's', ?, ?, 1, 't', 't')
                """, [key, measure, value, unit, age, form, method, cites])
        }
        // Two repeats citing each other, a loop, which ends at no figure.
        try db.execute("UPDATE figures SET cites = 'loop-b' WHERE key = 'loop-a'")
        return db
    }

    private static func lineage(_ db: Database) throws -> [String] {
        try db.rows("SELECT * FROM figure_lineage ORDER BY figure").map { row in
            ([row.string("figure") ?? "", row.string("status") ?? "", row.double("primary_value").map { "\($0)" } ?? "NULL"]
                + added.map { row.string($0) ?? "NULL" }).joined(separator: " ")
        }
    }

    @Test("the repeats read the rate's unit and the children's age group; a loop has NULLs; again changes nothing; a fresh schema agrees")
    func migrateFrom53() throws {
        try withTemporaryDirectory { dir in
            let db = try database(in: dir)
            defer { db.close() }
            let before = try db.rows("SELECT * FROM pragma_table_info('figure_lineage')").compactMap { $0.string("name") }
            #expect(!before.contains("primary_unit"))

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 54 })

            let after = try db.rows("SELECT * FROM pragma_table_info('figure_lineage')").compactMap { $0.string("name") }
            // Earlier columns keep their names and places; the new ones follow (and m0057's withdrawn_origin after them).
            #expect(Array(after.prefix(before.count + Self.added.count)) == before + Self.added)
            let expected = [
                "echo repeats 40.0 detected-trafficking-victims persons GBR total children sexual-exploitation",
                "kids primary 40.0 detected-trafficking-victims persons GBR total children sexual-exploitation",
                "loop-a loop NULL NULL NULL NULL NULL NULL NULL",
                "loop-b loop NULL NULL NULL NULL NULL NULL NULL",
                "paper repeats 2.1 modern-slavery per-1000 GBR total total NULL",
                "rate primary 2.1 modern-slavery per-1000 GBR total total NULL",
            ]
            let migrated = try Self.lineage(db)
            #expect(migrated == expected)
            // Applied again, it changes nothing.
            for migration in Migration.bundled where migration.version == 54 { try db.execute(migration.sql) }
            #expect(try Self.lineage(db) == migrated)
            // A database made at the current schema has the same columns.
            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            _ = try Migrator().migrate(fresh)
            #expect(try fresh.rows("SELECT * FROM pragma_table_info('figure_lineage')").compactMap { $0.string("name") } == after)
        }
    }

    @Test("sources are labelled again: Ndiaye's Ébauche, Étude and Zones of 2019 are lettered a, b, c, where byte order gave Zones a")
    func relabelledInDictionaryOrder() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 53, in: dir, name: "v53.sqlite")
            defer { db.close() }
            for (key, title) in [("nd-a", "Étude sur la traite"), ("nd-b", "Zones frontalières"), ("nd-c", "Ébauche d'un plan")] {
                try db.execute(
                    "INSERT INTO sources (key, kind, title, authors, published, batch_id, created_at, updated_at) VALUES (?, 'report', ?, 'Ndiaye, Awa', '2019', 1, 't', 't')",
                    [key, title])
            }
            // As tipdb before m0054 lettered them: titles in byte order, accented ones after z.
            try db.execute("""
                INSERT OR REPLACE INTO source_labels (source, short_label, label) VALUES
                    ('nd-a', 'Ndiaye 2019', 'Ndiaye 2019b'), ('nd-b', 'Ndiaye 2019', 'Ndiaye 2019a'), ('nd-c', 'Ndiaye 2019', 'Ndiaye 2019c')
                """)
            #expect(try db.staleSourceLabels().count == 2)  // Étude keeps its b
            _ = try Migrator().migrate(db)
            let labels = try db.rows("SELECT source, label FROM source_labels WHERE source LIKE 'nd-%' ORDER BY source").map {
                "\($0.string("source") ?? ""): \($0.string("label") ?? "")"
            }
            #expect(labels == ["nd-a: Ndiaye 2019b", "nd-b: Ndiaye 2019c", "nd-c: Ndiaye 2019a"])
            #expect(try db.staleSourceLabels() == [])
        }
    }
}
