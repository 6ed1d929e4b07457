import Foundation
import Migrations
import Storage
import Testing

/// m0030 labels the sources again after SourceLabel stopped cutting a publisher's name at its
/// first comma: a database labelled by an older tipdb gets the new label without
/// `tipdb migrate --repair`, and other labels stay as they were.
@Suite("m0030: sources labelled again on a database of schema 29")
struct RelabelMigrationTests {
    @Test("a publisher-led label cut at the comma becomes the whole name; others are kept")
    func relabel() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 29, in: dir, name: "v29.sqlite")
            defer { db.close() }
            try db.execute("""
                INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at)
                VALUES ('molisa-2020', 'report', 'Report on victims', 'Ministry of Labour, Invalids and Social Affairs', '2020', 1, 't', 't')
                """)
            try db.relabelAllSources()
            // As an older tipdb had stored it.
            try db.execute("UPDATE source_labels SET short_label = 'Ministry of Labour 2020', label = 'Ministry of Labour 2020' WHERE source = 'molisa-2020'")
            let before = try db.rows("SELECT label FROM source_labels WHERE source = 's'").first?.string("label")

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 30 })

            #expect(try db.rows("SELECT label FROM source_labels WHERE source = 'molisa-2020'").first?.string("label") == "Ministry of Labour, Invalids and Social Affairs 2020")
            #expect(try db.rows("SELECT label FROM source_labels WHERE source = 's'").first?.string("label") == before)
        }
    }
}
