import Foundation
import Migrations
import Storage
import Testing

/// m0041 labels the sources again after OrganisationName stopped making initials of every long
/// organisation name: a database labelled by an older tipdb ("CDC 2024" for the
/// Counter-Trafficking Data Collaborative) gets the new label from `tipdb migrate`, and
/// figure_citations writes the entry as the brief does.
@Suite("m0041: sources labelled again, no made-up initials, on a database of schema 40")
struct EstablishedAbbreviationMigrationTests {
    @Test("CDC 2024 becomes CTDC 2024, UDS 2023 the department's whole name; the entry follows")
    func relabel() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 40, in: dir, name: "v40.sqlite")
            defer { db.close() }
            try db.execute("""
                INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES
                ('ctdc-2024', 'dataset', 'Global dataset', 'Counter-Trafficking Data Collaborative', '2024', 1, 't', 't'),
                ('dos-2023', 'report', 'Trafficking in Persons Report', 'U.S. Department of State', '2023', 1, 't', 't')
                """)
            try db.relabelAllSources()
            // As an older tipdb had stored them.
            try db.execute("UPDATE source_labels SET short_label = 'CDC 2024', label = 'CDC 2024' WHERE source = 'ctdc-2024'")
            try db.execute("UPDATE source_labels SET short_label = 'UDS 2023', label = 'UDS 2023' WHERE source = 'dos-2023'")
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES ('f', 'detected-trafficking-victims', 1, 'persons', 'WLD', '2023', '2023', 'ctdc-2024', 'detected', 1, 't', 't')
                """)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 40 })

            let labels = try db.rows("SELECT source, label FROM source_labels ORDER BY source").map { "\($0.string("source") ?? ""): \($0.string("label") ?? "")" }
            #expect(labels == ["ctdc-2024: CTDC 2024", "dos-2023: U.S. Department of State 2023", "s: P 2014"])
            let cited = try db.rows("SELECT source_label, citation FROM figure_citations WHERE figure = 'f'").first
            #expect(cited?.string("source_label") == "CTDC 2024")
            #expect(cited?.string("citation") == "Counter-Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset].")
        }
    }
}
