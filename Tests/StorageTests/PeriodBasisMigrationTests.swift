import Foundation
import Migrations
import Storage
import Testing

/// m0034 adds `figures.period_basis` with ALTER TABLE, then edits the table's text in place so
/// that the new column has its own line and comment, as every other column does: stored figures
/// keep every value and read as `stated`, and the schema ends as a fresh database's.
@Suite("m0034: figures.period_basis on a database of schema 32")
struct PeriodBasisMigrationTests {
    private func insertFigure(_ db: Database, key: String, basis: String? = nil) throws {
        let columns = basis == nil ? "" : ", period_basis"
        let values = basis == nil ? "" : ", ?"
        try db.execute("""
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, batch_id, created_at, updated_at\(columns))
            VALUES (?, 'forced-labour-profits', 150e9, 'USD', 'WLD', '2014', '2014', 's', 1, 't', 't'\(values))
            """, [.text(key)] + (basis.map { [DatabaseValue.text($0)] } ?? []))
    }

    @Test("stored figures are kept and read as stated, the column has its own commented line, and the schema is a fresh database's")
    func migrateFrom32() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 32, in: dir, name: "v32.sqlite")
            defer { db.close() }
            try insertFigure(db, key: "profits")
            let before = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 33 })

            #expect(try SchemaTextEditFixture.storedFigures(db) == before)
            #expect(try db.rows("SELECT period_basis FROM figures").map { $0.string("period_basis") } == ["stated"])
            #expect(try db.rows("SELECT period_basis FROM figure_citations").map { $0.string("period_basis") } == ["stated"])
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figures'").first?.string("sql"))
            #expect(text.contains("""
                    updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
                    period_basis TEXT NOT NULL DEFAULT 'stated' CHECK (period_basis IN ('stated', 'publication')), -- stated: the source states the reference period; publication: it does not
                """), "\(text)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("the migrating connection and a new one take publication and refuse any other basis")
    func basisChecked() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 32, in: dir, name: "v32.sqlite")
            try Migrator().migrate(db)
            try insertFigure(db, key: "published", basis: "publication")
            db.close()

            let again = try DatabaseFile.open(dir.appendingPathComponent("v32.sqlite").path, for: .write)
            defer { again.close() }
            #expect(throws: StorageError.self) { try insertFigure(again, key: "guessed", basis: "assumed") }
            #expect(throws: StorageError.self) { try insertFigure(again, key: "empty", basis: "") }
            #expect(try again.rows("SELECT key, period_basis FROM figures").map { "\($0.string("key") ?? "") \($0.string("period_basis") ?? "")" }
                == ["published publication"])
        }
    }
}
