import Foundation
import Migrations
import Storage
import Testing

/// m0050 adds `figures.value_last_digit` by editing the table's text in place, and remakes
/// figure_changes to compare it: stored figures keep every value and read NULL (printed as
/// before), running it again changes nothing, and the schema ends as a fresh database's.
@Suite("m0050: figures.value_last_digit on a database of schema 49")
struct PrintedDigitsMigrationTests {
    private func insertFigure(_ db: Database, key: String, value: Double = 2_500_000, lastDigit: Int? = nil) throws {
        let columns = lastDigit == nil ? "" : ", value_last_digit"
        let values = lastDigit == nil ? "" : ", ?"
        try db.execute("""
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, batch_id, created_at, updated_at\(columns))
            VALUES (?, 'trafficking-victims', ?, 'persons', 'WLD', '2014', '2014', 's', 1, 't', 't'\(values))
            """, [.text(key), .real(value)] + (lastDigit.map { [DatabaseValue.integer(Int64($0))] } ?? []))
    }

    @Test("stored figures are kept and read NULL, the column has its own commented line, again changes nothing, and the schema is a fresh database's")
    func migrateFrom49() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 49, in: dir, name: "v49.sqlite")
            defer { db.close() }
            try insertFigure(db, key: "victims")
            let before = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 49 })

            #expect(try SchemaTextEditFixture.storedFigures(db) == before)
            #expect(try db.rows("SELECT value_last_digit FROM figures").map { $0["value_last_digit"] } == [.null])
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figures'").first?.string("sql"))
            #expect(text.contains(
                "standing in for it\n    value_last_digit INTEGER CHECK (value_last_digit IS NULL OR value IS NOT NULL), -- power of ten of the last digit"
            ), "\(text)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            // Applied again, it changes nothing: with those after it, which remake figure_changes again (m0052).
            let schema = try SchemaTextEditFixture.schema(of: db)
            for migration in Migration.bundled where migration.version >= 50 { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("a new connection stores the digits, refuses them without a value, and figure_changes names a change of them alone")
    func columnChecked() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 49, in: dir, name: "v49.sqlite")
            try insertFigure(db, key: "victims")
            try Migrator().migrate(db)
            db.close()

            let again = try DatabaseFile.open(dir.appendingPathComponent("v49.sqlite").path, for: .write)
            defer { again.close() }
            try insertFigure(again, key: "printed", lastDigit: 4)
            #expect(throws: StorageError.self) {
                try again.execute("""
                    INSERT INTO figures (key, measure, value, censored, high, unit, place, period_start, period_end, source, batch_id, created_at, updated_at, value_last_digit)
                    VALUES ('censored', 'trafficking-victims', NULL, 1, 4, 'persons', 'WLD', '2014', '2014', 's', 1, 't', 't', 0)
                    """)
            }
            // "2.5 million" loaded over "2.50 million": a revision whose only change is the digits.
            try again.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (2, 'g.csv', '', 0, 'csv', 'figures', 't', 'v')")
            let previous = try #require(try again.rows(
                """
                SELECT json_object('measure', measure, 'value', value, 'censored', censored, 'low', low, 'high', high, 'ci_level', ci_level,
                    'unit', unit, 'place', place, 'period_start', period_start, 'period_end', period_end, 'sex', sex, 'age_group', age_group,
                    'form', form, 'source', source, 'study', study, 'locator', locator, 'quote', quote, 'cites', cites, 'method', method,
                    'notes', notes, 'tags', json('[]'), 'extra', extra, 'period_basis', period_basis, 'value_last_digit', value_last_digit,
                    'batch_id', batch_id) AS p
                FROM figures WHERE key = 'printed'
                """
            ).first?.string("p"))
            try again.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('printed', 2, 't', ?)", [DatabaseValue.text(previous)])
            try again.execute("UPDATE figures SET value_last_digit = NULL, batch_id = 2 WHERE key = 'printed'")
            let changes = try again.rows("SELECT change, field, old_value, new_value FROM figure_changes WHERE figure = 'printed' AND batch_id = 2")
            #expect(changes.map { "\($0.string("change") ?? "") \($0.string("field") ?? "") \($0["old_value"]) \($0["new_value"])" }
                == ["updated value_last_digit \(DatabaseValue.integer(4)) \(DatabaseValue.null)"])
        }
    }
}
