import Foundation
import Migrations
import Storage
import Testing

/// m0028 relaxes the figures table's CHECK in place, without rebuilding the table, so that an
/// estimate published only as a range is stored with value NULL, low and high: every stored row
/// stays as it was, the schema ends as a fresh database's, and a value-less figure without both
/// bounds is still refused.
@Suite("m0028: figures published only as a range on a database of schema 27")
struct RangeOnlyFiguresMigrationTests {
    private func insertFigure(_ db: Database, key: String, value: Double?, censored: Bool = false, low: Double?, high: Double?) throws {
        try db.execute("""
            INSERT INTO figures (key, measure, value, censored, low, high, unit, place, period_start, period_end, source, batch_id, created_at, updated_at)
            VALUES (?, 'modern-slavery', ?, ?, ?, ?, 'persons', 'GBR', '2013', '2013', 's', 1, 't', 't')
            """, [key, value.map(DatabaseValue.real) ?? .null, censored ? 1 : 0, low.map(DatabaseValue.real) ?? .null, high.map(DatabaseValue.real) ?? .null])
    }

    @Test("stored figures are kept, the text holds the relaxed CHECK and the new comment, and the schema is a fresh database's")
    func migrateFrom27() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 27, in: dir, name: "v27.sqlite")
            defer { db.close() }
            try insertFigure(db, key: "value", value: 11_000, low: 10_000, high: 13_000)
            try insertFigure(db, key: "censored", value: nil, censored: true, low: 1, high: 4)
            // Schema 27 refuses a range without a value.
            #expect(throws: StorageError.self) { try insertFigure(db, key: "range", value: nil, low: 10_000, high: 13_000) }
            let before = try SchemaTextEditFixture.storedFigures(db)
            let versionBefore = try db.integer("PRAGMA schema_version")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 28 })

            #expect(try SchemaTextEditFixture.storedFigures(db) == before)
            #expect(try db.integer("PRAGMA schema_version") > versionBefore)
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figures'").first?.string("sql"))
            #expect(text.contains("OR (censored = 0 AND value IS NULL AND low IS NOT NULL AND high IS NOT NULL) OR"))
            #expect(text.contains("value REAL, -- the number as published (NULL when censored or published only as a range)"))
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("the migrating connection and a new one accept a range without a value and refuse one without both bounds")
    func rangeAccepted() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 27, in: dir, name: "v27.sqlite")
            try Migrator().migrate(db)
            // The connection that migrated must already enforce the new text.
            try insertFigure(db, key: "range", value: nil, low: 10_000, high: 13_000)
            db.close()

            let again = try DatabaseFile.open(dir.appendingPathComponent("v27.sqlite").path, for: .write)
            defer { again.close() }
            try insertFigure(again, key: "range-2", value: nil, low: 100_000, high: 300_000)
            #expect(try again.integer("SELECT count(*) FROM figures WHERE value IS NULL AND censored = 0") == 2)
            for (key, low, high) in [("low-only", 10_000.0, nil), ("high-only", nil, 13_000.0), ("none", nil, nil)] as [(String, Double?, Double?)] {
                do {
                    try insertFigure(again, key: key, value: nil, low: low, high: high)
                    Issue.record("\(key) was accepted")
                } catch let error as StorageError {
                    #expect(error.message.contains("CHECK constraint failed"), "\(key): \(error.message)")
                }
            }
            // low <= high is still checked.
            #expect(throws: StorageError.self) { try insertFigure(again, key: "reversed", value: nil, low: 13_000, high: 10_000) }
            #expect(try again.integer("SELECT count(*) FROM figures") == 2)
        }
    }

    @Test("a figures table whose text is not tipdb's is not edited, and the migration is not recorded")
    func foreignTextRefused() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 27, in: dir, name: "v27.sqlite")
            defer { db.close() }
            try db.execute("PRAGMA writable_schema = ON")
            try db.execute("UPDATE sqlite_schema SET sql = replace(sql, 'OR (censored = 1 AND value IS NULL AND high IS NOT NULL))', 'OR (censored = 1 AND value IS NULL AND high IS NOT NULL) )') WHERE name = 'figures'")
            try db.execute("PRAGMA writable_schema = OFF")
            let version = try db.integer("PRAGMA schema_version")
            try db.execute("PRAGMA schema_version = \(version + 1)")
            #expect(throws: SchemaError.self) { try Migrator().migrate(db) }
            #expect(try Migrator().currentVersion(of: db) == 27)
        }
    }
}
