import Foundation
import Migrations
import Storage
import Testing

/// m0027 rewrites the figures table's sex and method CHECKs from IN lists into comparisons joined
/// by OR, in place, without rebuilding the table: every stored row stays as it was, the same
/// values are accepted and refused, and the schema ends as a fresh database's.
@Suite("m0027: figures' CHECKs as comparisons on a database of schema 26")
struct FigureChecksMigrationTests {
    private static let sexes = ["total", "female", "male", "other"]
    private static let methods = ["estimated", "detected", "reported", "derived"]

    private func insertFigure(_ db: Database, key: String, sex: String, method: String) throws {
        try db.execute("""
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, source, method, batch_id, created_at, updated_at)
            VALUES (?, 'detected-trafficking-victims', 45, 'persons', 'AUT', '2019', '2019', ?, 's', ?, 1, 't', 't')
            """, [key, sex, method])
    }

    @Test("stored figures are kept, the text holds no IN list for sex or method, and the schema is a fresh database's")
    func migrateFrom26() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 26, in: dir, name: "v26.sqlite")
            defer { db.close() }
            for (index, sex) in Self.sexes.enumerated() {
                try insertFigure(db, key: "f\(index)", sex: sex, method: Self.methods[index])
            }
            let before = try SchemaTextEditFixture.storedFigures(db)
            let versionBefore = try db.integer("PRAGMA schema_version")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 27 })

            #expect(try SchemaTextEditFixture.storedFigures(db) == before)
            #expect(try db.integer("PRAGMA schema_version") > versionBefore)
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figures'").first?.string("sql"))
            #expect(text.contains("CHECK (sex = 'total' OR sex = 'female' OR sex = 'male' OR sex = 'other')"))
            #expect(text.contains("CHECK (method = 'estimated' OR method = 'detected' OR method = 'reported' OR method = 'derived')"))
            #expect(!text.contains("sex IN (") && !text.contains("method IN ("))
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("the migrating connection and a new one accept every sex and method and refuse others, naming the new CHECK")
    func sameValuesAccepted() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 26, in: dir, name: "v26.sqlite")
            try Migrator().migrate(db)
            // The connection that migrated must already enforce the new text: the schema version
            // was raised, so it parsed the table again.
            do {
                try insertFigure(db, key: "bad-sex", sex: "unknown", method: "estimated")
                Issue.record("sex 'unknown' was accepted")
            } catch let error as StorageError {
                #expect(error.message.contains("CHECK constraint failed: sex = 'total' OR"))
            }
            db.close()

            let again = try DatabaseFile.open(dir.appendingPathComponent("v26.sqlite").path, for: .write)
            defer { again.close() }
            for sex in Self.sexes {
                for method in Self.methods {
                    try insertFigure(again, key: "\(sex)-\(method)", sex: sex, method: method)
                }
            }
            #expect(try again.integer("SELECT count(*) FROM figures") == 16)
            for (sex, method) in [("Female", "estimated"), ("total", "guessed"), ("", "reported"), ("male", "")] {
                #expect(throws: StorageError.self) {
                    try insertFigure(again, key: "x-\(sex)-\(method)", sex: sex, method: method)
                }
            }
            #expect(try again.integer("SELECT count(*) FROM figures") == 16)
        }
    }
}
