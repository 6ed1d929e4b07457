import Foundation
import Migrations
import Storage
import Testing

/// m0043 labels the sources again after OrganisationName began to match names however they are
/// typed: a database labelled by an older tipdb ("Counter Trafficking Data Collaborative 2024",
/// the name whole for want of its hyphen) gets CTDC from `tipdb migrate`, and figure_citations
/// writes the entry as the brief does.
@Suite("m0043: sources labelled again, names matched however typed, on a database of schema 41")
struct OrganisationNameMigrationTests {
    @Test("a name without its hyphen, after The, with a full stop, in US spelling is labelled by its abbreviation; the entry follows; a second run changes nothing")
    func relabel() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 41, in: dir, name: "v41.sqlite")
            defer { db.close() }
            try db.execute("""
                INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES
                ('ctdc-2024', 'dataset', 'Global dataset', 'Counter Trafficking Data Collaborative', '2024', 1, 't', 't'),
                ('ctdc-2023', 'dataset', 'Synthetic dataset', 'The Counter-Trafficking Data Collaborative.', '2023', 1, 't', 't'),
                ('ilo-2017', 'report', 'Global estimates', 'International Labor Organization', '2017', 1, 't', 't'),
                ('dos-2023', 'report', 'Trafficking in Persons Report', 'U.S. Department of State', '2023', 1, 't', 't')
                """)
            try db.relabelAllSources()
            // As m0041's rule had stored them.
            for (key, label) in [("ctdc-2024", "Counter Trafficking Data Collaborative 2024"),
                                 ("ctdc-2023", "The Counter-Trafficking Data Collaborative. 2023"),
                                 ("ilo-2017", "International Labor Organization 2017")] {
                try db.execute("UPDATE source_labels SET short_label = ?1, label = ?1 WHERE source = ?2", [label, key])
            }
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                VALUES ('f', 'detected-trafficking-victims', 1, 'persons', 'WLD', '2023', '2023', 'ctdc-2024', 'detected', 1, 't', 't'),
                       ('g', 'forced-labour', 1, 'persons', 'WLD', '2016', '2016', 'ilo-2017', 'estimated', 1, 't', 't')
                """)

            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 > 41 })

            let labels = try db.rows("SELECT source, label FROM source_labels ORDER BY source").map { "\($0.string("source") ?? ""): \($0.string("label") ?? "")" }
            #expect(labels == ["ctdc-2023: CTDC 2023", "ctdc-2024: CTDC 2024", "dos-2023: U.S. Department of State 2023", "ilo-2017: ILO 2017", "s: P 2014"])
            let cited = try db.rows("SELECT figure, source_label, citation FROM figure_citations ORDER BY figure").map {
                "\($0.string("figure") ?? ""): \($0.string("source_label") ?? "") | \($0.string("citation") ?? "")"
            }
            #expect(cited == [
                "f: CTDC 2024 | Counter Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset].",
                "g: ILO 2017 | International Labor Organization [ILO] (2017). Global estimates.",
            ])
            // Re-runnable: the migration's SQL and its follow-up again change nothing.
            let sql = try #require(Migration.bundled.first { $0.version == 43 }).sql
            try db.execute(sql)
            #expect(try db.relabelAllSources() == [])
            #expect(try db.rows("SELECT count(*) AS n FROM figure_citations WHERE citation LIKE '%[CTDC]%'").first?.int("n") == 1)
        }
    }
}
