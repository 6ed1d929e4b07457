import Foundation
import Migrations
import Storage
import Testing

/// m0019 recreates figure_citations, figure_lineage, source_usage and figure_vintages on a
/// database made by schema 18: its rows stay, existing columns keep their place, and the
/// changed answers are the ones the migration's header names.
@Suite("m0019: citable views on a database of schema 18")
struct CitableViewsMigrationTests {
    private func database(at path: String) throws -> Database {
        let db = try DatabaseFile.open(path, for: .create)
        try Migrator(migrations: Migration.bundled.filter { $0.version <= 18 }).migrate(db)
        try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
        try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (2, 'g.csv', '', 0, 'csv', 'figures', 't', 'v')")
        for (key, authors) in [("hs", "Silverman; Bernard"), ("news", nil), ("v1", nil), ("v2", nil)] as [(String, String?)] {
            try db.execute(
                "INSERT INTO sources (key, kind, title, authors, publisher, published, batch_id, created_at, updated_at) VALUES (?, 'report', 'T', ?, 'P', '2014', 1, 't', 't')",
                [.text(key), authors.map(DatabaseValue.text) ?? .null])
        }
        let figures: [(String, String, String?, String)] = [
            ("primary", "hs", nil, "estimated"), ("repeat", "news", "primary", "reported"),
            ("loop-a", "news", nil, "reported"), ("loop-b", "hs", "loop-a", "reported"),
            ("kept", "v2", nil, "detected"), ("dropped", "v1", nil, "detected"),
        ]
        for (key, source, cites, method) in figures {
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, cites, method, batch_id, created_at, updated_at)
                VALUES (?, 'detected-trafficking-victims', 45, 'persons', 'AUT', '2019', '2019', ?, ?, ?, 1, 't', 't')
                """, [.text(key), .text(source), cites.map(DatabaseValue.text) ?? .null, .text(method)])
        }
        try db.execute("UPDATE figures SET cites = 'loop-b' WHERE key = 'loop-a'")
        try db.execute("INSERT INTO series_vintages (id, series, source, released, sha256, figures, batch_id) VALUES (1, 'unodc-glotip', 'v1', '2024-11-30', 'a', 2, 1), (2, 'unodc-glotip', 'v2', '2025-04-14', 'b', 1, 2)")
        try db.execute("INSERT INTO series_figures (figure, series, first_vintage, last_vintage) VALUES ('kept', 'unodc-glotip', 1, 2), ('dropped', 'unodc-glotip', 1, 1)")
        // 'kept' was 41, then 41 again with a note (no change of number), now 45.
        try db.execute("""
            INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES
            ('kept', 2, '2026-01-01', '{"value":41,"censored":false,"batch_id":1}'),
            ('kept', 2, '2026-01-02', '{"value":45,"censored":false,"notes":"x","batch_id":2}')
            """)
        return db
    }

    @Test("rows and existing columns are kept; loops lose their primary columns and source_usage credit; citations gain the release and revision columns")
    func migrateFrom18() throws {
        try withTemporaryDirectory { dir in
            let db = try database(at: dir.appendingPathComponent("v18.sqlite").path)
            defer { db.close() }
            let oldColumns = try db.rows("SELECT name FROM pragma_table_info('figure_citations') ORDER BY cid").compactMap { $0.string("name") }
            let oldRows = try db.rows("SELECT * FROM figure_citations ORDER BY figure")
            let oldLineage = try db.rows("SELECT * FROM figure_lineage ORDER BY figure")
            #expect(try db.rows("SELECT primary_source FROM figure_lineage WHERE figure = 'loop-b'").first?.string("primary_source") != nil)
            #expect(try db.integer("SELECT repeated_by_figures FROM source_usage WHERE source = 'hs'") == 2)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 19 })

            // figure_citations: same rows, same leading columns, four new ones last (and m0023's source_label, m0025's corrections, m0032's previous bounds,
            // m0034's period_basis, m0046's previous_unit, m0056's previous_source).
            let columns = try db.rows("SELECT name FROM pragma_table_info('figure_citations') ORDER BY cid").compactMap { $0.string("name") }
            #expect(Array(columns.prefix(oldColumns.count)) == oldColumns)
            #expect(Array(columns.dropFirst(oldColumns.count)) == ["latest_release", "in_latest_release", "revisions", "previous_value", "source_label", "corrections",
                                                                  "previous_censored", "previous_low", "previous_high", "previous_ci_level", "period_basis",
                                                                  "previous_unit", "previous_source", "price_year"])
            let newRows = try db.rows("SELECT * FROM figure_citations ORDER BY figure")
            #expect(newRows.count == oldRows.count)
            for (old, new) in zip(oldRows, newRows) {
                for column in oldColumns where column != "citation" {
                    #expect(old[column] == new[column], "\(old.string("figure") ?? "") \(column)")
                }
            }
            let cite = { (figure: String, column: String) in try db.scalar("SELECT \(column) FROM figure_citations WHERE figure = ?", [figure]) }
            #expect(try cite("primary", "citation") == .text("Silverman and Bernard (2014). T. P."))
            // Since m0037 the brief's entry: news, v1 and v2 share the label P 2014, so each year
            // takes its letter, as tipdb report sources and source_label give it.
            #expect(try cite("repeat", "citation") == .text("P (2014a). T."))
            #expect(try cite("kept", "in_latest_release") == .integer(1))
            #expect(try cite("dropped", "in_latest_release") == .integer(0))
            #expect(try cite("dropped", "latest_release") == .text("2025-04-14"))
            #expect(try cite("primary", "in_latest_release") == .null)
            #expect(try cite("primary", "latest_release") == .null)
            #expect(try cite("kept", "revisions") == .integer(1))
            #expect(try cite("kept", "previous_value") == .real(41))
            #expect(try cite("primary", "revisions") == .integer(0))
            #expect(try cite("primary", "previous_value") == .null)

            // figure_lineage: same rows and statuses; loops have no primary figure or source.
            let lineage = try db.rows("SELECT * FROM figure_lineage ORDER BY figure")
            #expect(lineage.map { $0.string("status") } == oldLineage.map { $0.string("status") })
            #expect(lineage.map { $0.string("chain") } == oldLineage.map { $0.string("chain") })
            for row in lineage where row.string("status") == "loop" {
                for column in ["primary_figure", "primary_source", "primary_value", "primary_period_start", "primary_period_end"] {
                    #expect(row[column] == .null, "\(row.string("figure") ?? "") \(column)")
                }
            }
            #expect(try db.scalar("SELECT primary_source FROM figure_lineage WHERE figure = 'repeat'") == .text("hs"))
            // source_usage: the real repeat still counts; the loop through 'loop-b' no longer does.
            #expect(try db.integer("SELECT repeated_by_figures FROM source_usage WHERE source = 'hs'") == 1)
            #expect(try db.integer("SELECT repeated_by_sources FROM source_usage WHERE source = 'hs'") == 1)
            #expect(try db.integer("SELECT repeated_by_figures FROM source_usage WHERE source = 'news'") == 0)

            // figure_vintages: same answers under the clarified comment.
            #expect(try db.scalar("SELECT first_released FROM figure_vintages WHERE figure = 'kept'") == .text("2024-11-30"))
            #expect(try db.integer("SELECT count(*) FROM figures") == 6)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        }
    }
}
