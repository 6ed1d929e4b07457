import Foundation
import Migrations
import Storage
import Testing

/// m0052 adds `figures.low_last_digit` and `figures.high_last_digit` by editing the table's text in
/// place, as m0050 added value_last_digit, and remakes figure_changes to compare them: stored
/// figures keep every value and read NULL (printed as before), running it again changes nothing,
/// and the schema ends as a fresh database's.
@Suite("m0052: figures.low_last_digit and high_last_digit on a database of schema 51")
struct PrintedBoundDigitsMigrationTests {
    private func insertFigure(_ db: Database, key: String, digits: (low: Int?, high: Int?) = (nil, nil)) throws {
        let named = [("low_last_digit", digits.low), ("high_last_digit", digits.high)].filter { $0.1 != nil }
        let columns = named.map { ", " + $0.0 }.joined()
        let values = String(repeating: ", ?", count: named.count)
        try db.execute(
            """
            INSERT INTO figures (key, measure, value, low, high, unit, place, period_start, period_end, source, batch_id, created_at, updated_at\(columns))
            VALUES (?, 'trafficking-victims', 2800000, 2500000, 3100000, 'persons', 'WLD', '2014', '2014', 's', 1, 't', 't'\(values))
            """, [.text(key)] + named.compactMap { $0.1.map { DatabaseValue.integer(Int64($0)) } })
    }

    @Test("stored figures are kept and read NULL, each column has its own commented line, again changes nothing, and the schema is a fresh database's")
    func migrateFrom51() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 51, in: dir, name: "v51.sqlite")
            defer { db.close() }
            try insertFigure(db, key: "victims")
            let before = try SchemaTextEditFixture.storedFigures(db)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 51 })

            #expect(try SchemaTextEditFixture.storedFigures(db) == before)
            let digits = try db.rows("SELECT low_last_digit, high_last_digit FROM figures")
            #expect(digits.map { [$0["low_last_digit"], $0["high_last_digit"]] } == [[.null, .null]])
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'figures'").first?.string("sql"))
            #expect(text.contains(
                "how it was printed\n    low_last_digit INTEGER CHECK (low_last_digit IS NULL OR low IS NOT NULL), -- power of ten of the last digit the source printed low with"
            ), "\(text)")
            #expect(text.contains(
                "\n    high_last_digit INTEGER CHECK (high_last_digit IS NULL OR high IS NOT NULL), -- power of ten of the last digit the source printed high with"
            ), "\(text)")
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            // Applied again, it changes nothing.
            let schema = try SchemaTextEditFixture.schema(of: db)
            // m0061 (price_year) and m0062 (breakdown) remake figure_changes again, and m0061 figure_citations, which
            // m0063, m0064 and m0066 then edit (m0066 figure_changes too): applied after 52, as on a real database.
            for migration in Migration.bundled where [52, 61, 62, 63, 64, 66].contains(migration.version) { try db.execute(migration.sql) }
            #expect(try SchemaTextEditFixture.schema(of: db) == schema)

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("a new connection stores the digits, refuses them without a bound, and figure_changes names a change of them alone")
    func columnsChecked() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 51, in: dir, name: "v51.sqlite")
            try insertFigure(db, key: "victims")
            try Migrator().migrate(db)
            db.close()

            let again = try DatabaseFile.open(dir.appendingPathComponent("v51.sqlite").path, for: .write)
            defer { again.close() }
            try insertFigure(again, key: "printed", digits: (4, 4))
            for column in ["low_last_digit", "high_last_digit"] {
                #expect(throws: StorageError.self) {
                    try again.execute(
                        """
                        INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, batch_id, created_at, updated_at, \(column))
                        VALUES ('bare', 'trafficking-victims', 5, 'persons', 'WLD', '2014', '2014', 's', 1, 't', 't', 0)
                        """)
                }
            }
            // "2.5-3.1 million" loaded over "2.50-3.10 million": a revision whose only change is the bounds' digits.
            try again.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (2, 'g.csv', '', 0, 'csv', 'figures', 't', 'v')")
            let previous = try #require(try again.rows(
                """
                SELECT json_object('measure', measure, 'value', value, 'censored', censored, 'low', low, 'high', high, 'ci_level', ci_level,
                    'unit', unit, 'place', place, 'period_start', period_start, 'period_end', period_end, 'sex', sex, 'age_group', age_group,
                    'form', form, 'source', source, 'study', study, 'locator', locator, 'quote', quote, 'cites', cites, 'method', method,
                    'notes', notes, 'tags', json('[]'), 'extra', extra, 'period_basis', period_basis, 'value_last_digit', value_last_digit,
                    'low_last_digit', low_last_digit, 'high_last_digit', high_last_digit, 'batch_id', batch_id) AS p
                FROM figures WHERE key = 'printed'
                """
            ).first?.string("p"))
            try again.execute("INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('printed', 2, 't', ?)", [DatabaseValue.text(previous)])
            try again.execute("UPDATE figures SET low_last_digit = NULL, high_last_digit = NULL, batch_id = 2 WHERE key = 'printed'")
            let changes = try again.rows(
                "SELECT change, field, old_value, new_value FROM figure_changes WHERE figure = 'printed' AND batch_id = 2 ORDER BY field")
            #expect(changes.map { "\($0.string("change") ?? "") \($0.string("field") ?? "") \($0["old_value"]) \($0["new_value"])" }
                == ["updated high_last_digit \(DatabaseValue.integer(4)) \(DatabaseValue.null)",
                    "updated low_last_digit \(DatabaseValue.integer(4)) \(DatabaseValue.null)"])
        }
    }
}
