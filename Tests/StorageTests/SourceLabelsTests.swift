import Migrations
import Storage
import Testing

/// `source_labels` (m0023): the label briefs cite each source by, kept in the database by the
/// brief's own rule, so that SQL can ask for "ILO 2005" (review W12).
@Suite("source_labels: the brief's labels, kept as sources are written")
struct SourceLabelsTests {
    private static func addBatch(to db: Database) throws {
        try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 's.csv', '', 0, 'csv', 'sources', 't', 'v')")
    }

    /// `key: short_label / label`, by key.
    private static func labels(_ db: Database) throws -> [String] {
        try db.rows("SELECT source, short_label, label FROM source_labels ORDER BY source").map {
            "\($0.string("source") ?? ""): \($0.string("short_label") ?? "") / \($0.string("label") ?? "")"
        }
    }

    private static let unodc = "United Nations Office on Drugs and Crime"

    @Test("m0023 labels the sources a database of schema 22 already holds, with the letters a reference list gives them")
    func migrationLabelsStoredSources() throws {
        let db = try Database.inMemory()
        try Migrator(migrations: Migration.bundled.filter { $0.version <= 22 }).migrate(db)
        try Self.addBatch(to: db)
        let sources: [(String, String, String, String, String)] = [
            ("ilo-2005", "report", "International Labour Office", "International Labour Office", "2005"),
            ("fedotov", "statement", "Fedotov, Yury", Self.unodc, "2012-04-03"),
            ("glotip-2024", "report", Self.unodc, Self.unodc, "2024-12"),
            ("smuggling-2024", "report", Self.unodc, Self.unodc, "2024-06"),
            ("francis", "blog-post", "Francis, Kate", "The Asia Foundation", "2013-02-06"),
        ]
        for (key, kind, authors, publisher, published) in sources {
            try db.execute(
                "INSERT INTO sources (key, kind, title, authors, publisher, published, batch_id, created_at, updated_at) VALUES (?, ?, 'T ' || ?1, ?, ?, ?, 1, 't', 't')",
                [key, kind, authors, publisher, published])
        }
        #expect(try Migrator(migrations: Migration.bundled.filter { $0.version <= 23 }).migrate(db).map(\.version) == [23])
        #expect(try Self.labels(db) == [
            "fedotov: UNODC 2012 / UNODC 2012",
            "francis: Francis 2013 / Francis 2013",
            "glotip-2024: UNODC 2024 / UNODC 2024a",
            "ilo-2005: ILO 2005 / ILO 2005",
            "smuggling-2024: UNODC 2024 / UNODC 2024b",
        ])
        // The rule is the brief's: the same labels as SourceLabel gives the whole list.
        let all = Dictionary(uniqueKeysWithValues: try db.sources().map { ($0.key, $0) })
        let unique = SourceLabel.unique(all)
        #expect(try db.rows("SELECT source, label FROM source_labels").allSatisfy { unique[$0.string("source") ?? ""] == $0.string("label") })
    }

    @Test("a second source of a label letters both; a changed year leaves the first its label alone again")
    func upsertKeepsNeighboursLettered() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        try Self.addBatch(to: db)
        let glotip = Source(key: "glotip-2024", title: "Global Report on Trafficking in Persons 2024", authors: Self.unodc, published: "2024-12")
        var smuggling = Source(key: "smuggling-2024", title: "Global Study on Smuggling of Migrants", authors: Self.unodc, published: "2024-06")
        #expect(try db.upsert(glotip, batch: 1, at: "t") == .inserted)
        #expect(try Self.labels(db) == ["glotip-2024: UNODC 2024 / UNODC 2024"])
        #expect(try db.upsert(smuggling, batch: 1, at: "t") == .inserted)
        // By year, then title (Global Report before Global Study), not by the full date (session 52).
        #expect(try Self.labels(db) == ["glotip-2024: UNODC 2024 / UNODC 2024a", "smuggling-2024: UNODC 2024 / UNODC 2024b"])
        smuggling.published = "2023-06"
        #expect(try db.upsert(smuggling, batch: 1, at: "t") == .updated)
        #expect(try Self.labels(db) == ["glotip-2024: UNODC 2024 / UNODC 2024", "smuggling-2024: UNODC 2023 / UNODC 2023"])
    }

    @Test("a connection that wrote a source before m0023 labels the sources it writes after migrating (the table is asked for again)")
    func connectionLabelsAfterMigrating() throws {
        let db = try Database.inMemory()
        try Migrator(migrations: Migration.bundled.filter { $0.version <= 22 }).migrate(db)
        try Self.addBatch(to: db)
        let ilo = Source(key: "ilo-2005", title: "A Global Alliance against Forced Labour", authors: "International Labour Office", published: "2005")
        #expect(try db.upsert(ilo, batch: 1, at: "t") == .inserted)
        #expect(try db.unlabelledSources() == [], "no source_labels table yet: nothing to ask")
        try Migrator().migrate(db)
        let francis = Source(key: "francis", title: "Shaking up", authors: "Francis, Kate", published: "2013-02-06")
        #expect(try db.upsert(francis, batch: 1, at: "t") == .inserted)
        #expect(try Self.labels(db) == ["francis: Francis 2013 / Francis 2013", "ilo-2005: ILO 2005 / ILO 2005"])
        try db.execute("DELETE FROM source_labels WHERE source = 'francis'")
        #expect(try db.unlabelledSources() == ["francis"])
        #expect(try db.labelUnlabelledSources() == ["francis: Francis 2013"])
        #expect(try db.labelUnlabelledSources() == [])
    }

    @Test("a source changed with SQL leaves stale labels, its own and its neighbours' letters; labelUnlabelledSources mends them all")
    func staleLabelsAfterSQLEdit() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        try Self.addBatch(to: db)
        let glotip = Source(key: "glotip-2024", title: "Global Report on Trafficking in Persons 2024", authors: Self.unodc, published: "2024-12")
        let smuggling = Source(key: "smuggling-2023", title: "Global Study on Smuggling of Migrants", authors: Self.unodc, published: "2023-06")
        #expect(try db.upsert(glotip, batch: 1, at: "t") == .inserted)
        #expect(try db.upsert(smuggling, batch: 1, at: "t") == .inserted)
        #expect(try db.staleSourceLabels() == [])
        // As the sqlite3 shell writes it: the neighbour's letter changes too.
        try db.execute("UPDATE sources SET published = '2024-06' WHERE key = 'smuggling-2023'")
        #expect(try db.unlabelledSources() == [])
        #expect(try db.staleSourceLabels() == [
            "glotip-2024: UNODC 2024, which its values now make UNODC 2024a",
            "smuggling-2023: UNODC 2023, which its values now make UNODC 2024b",
        ])
        #expect(try db.labelUnlabelledSources() == ["glotip-2024: UNODC 2024a", "smuggling-2023: UNODC 2024b"])
        #expect(try db.staleSourceLabels() == [])
        #expect(try db.labelUnlabelledSources() == [])
    }
}
