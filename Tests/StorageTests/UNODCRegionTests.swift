import Foundation
import Migrations
import Storage
import Testing

/// m0021: UNODC's GLOTIP regions and the European Union, by every name and alias, with their
/// members; the names that meant other places before still mean them.
@Suite("m0021: UNODC's regions and the EU as places")
struct UNODCRegionTests {
    @Test("each region's name, code and aliases name it, in any case", arguments: [
        ("Western and Southern Europe", "UNODC-WESTERN-SOUTHERN-EUROPE"), ("Western & Southern Europe", "UNODC-WESTERN-SOUTHERN-EUROPE"),
        ("Central and South-Eastern Europe", "UNODC-CENTRAL-SOUTH-EASTERN-EUROPE"),
        ("Central and South Eastern Europe", "UNODC-CENTRAL-SOUTH-EASTERN-EUROPE"),
        ("Central & South-Eastern Europe", "UNODC-CENTRAL-SOUTH-EASTERN-EUROPE"),
        ("Central and Southeastern Europe", "UNODC-CENTRAL-SOUTH-EASTERN-EUROPE"),
        ("Eastern Europe and Central Asia", "UNODC-EASTERN-EUROPE-CENTRAL-ASIA"),
        ("Eastern Europe & Central Asia", "UNODC-EASTERN-EUROPE-CENTRAL-ASIA"),
        ("North Africa and the Middle East", "UNODC-NORTH-AFRICA-MIDDLE-EAST"),
        ("North Africa and Middle East", "UNODC-NORTH-AFRICA-MIDDLE-EAST"),
        ("North Africa & the Middle East", "UNODC-NORTH-AFRICA-MIDDLE-EAST"),
        ("Sub-Saharan Africa (UNODC region)", "UNODC-SUB-SAHARAN-AFRICA"), ("Sub-Saharan Africa (UNODC)", "UNODC-SUB-SAHARAN-AFRICA"),
        ("South Asia", "UNODC-SOUTH-ASIA"), ("south asia", "UNODC-SOUTH-ASIA"), ("South Asia (UNODC)", "UNODC-SOUTH-ASIA"),
        ("East Asia and the Pacific", "UNODC-EAST-ASIA-PACIFIC"), ("East Asia and Pacific", "UNODC-EAST-ASIA-PACIFIC"),
        ("North America (UNODC region)", "UNODC-NORTH-AMERICA"), ("North America (UNODC)", "UNODC-NORTH-AMERICA"),
        ("Central America and the Caribbean", "UNODC-CENTRAL-AMERICA-CARIBBEAN"),
        ("Central America and Caribbean", "UNODC-CENTRAL-AMERICA-CARIBBEAN"),
        ("Central America & the Caribbean", "UNODC-CENTRAL-AMERICA-CARIBBEAN"),
        ("South America (UNODC region)", "UNODC-SOUTH-AMERICA"), ("South America (UNODC)", "UNODC-SOUTH-AMERICA"),
        ("unodc-south-asia", "UNODC-SOUTH-ASIA"),
        ("European Union", "EU27"), ("EU", "EU27"), ("eu", "EU27"), ("EU-27", "EU27"), ("EU27", "EU27"),
        ("EU27_2020", "EU27"), ("European Union (27)", "EU27"),
    ])
    func resolves(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("a name that meant a place before m0021 still means it; plain North America names nothing", arguments: [
        ("Sub-Saharan Africa", "M49-202"), ("South America", "M49-005"), ("Southern Asia", "M49-034"),
        ("Europe and Central Asia", "ILO-EUROPE-CENTRAL-ASIA"), ("Asia and the Pacific", "ILO-ASIA-PACIFIC"),
        ("Northern America", "M49-021"), ("Eastern Europe", "M49-151"),
    ])
    func existingNamesKeepTheirMeaning(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("no new name is shared by two places: Micronesia stays the only ambiguous name")
    func noNewAmbiguity() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.ambiguousNames == ["micronesia"])
        #expect(gazetteer.code(for: "North America") == nil)
    }

    @Test("members: each region lists its countries, South Asia without Iran, the EU its 27 without the United Kingdom")
    func members() throws {
        let db = try ReferenceDataTests.migrated()
        func members(_ region: String) throws -> [String] {
            try db.rows("SELECT country FROM place_members WHERE region = ? ORDER BY country", [region]).compactMap { $0.string("country") }
        }
        #expect(try members("UNODC-SOUTH-ASIA") == ["AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"])
        #expect(try members("UNODC-NORTH-AMERICA") == ["CAN", "MEX", "USA"])
        let eu = try members("EU27")
        #expect(eu.count == 27 && eu.contains("DEU") && eu.contains("HRV") && !eu.contains("GBR"))
        #expect(try members("UNODC-SUB-SAHARAN-AFRICA").count == 48)
        #expect(try !members("UNODC-SUB-SAHARAN-AFRICA").contains("SDN") && members("UNODC-NORTH-AFRICA-MIDDLE-EAST").contains("SDN"))
        // Ten UNODC regions, no country in two of them, every member a country.
        #expect(try db.integer("SELECT count(*) FROM places WHERE kind = 'unodc-region'") == 10)
        #expect(try db.integer("""
            SELECT count(*) FROM (SELECT country FROM place_members WHERE region LIKE 'UNODC-%' GROUP BY country HAVING count(*) > 1)
            """) == 0)
        #expect(try db.integer("""
            SELECT count(*) FROM place_members m JOIN places p ON p.code = m.country
            WHERE (m.region LIKE 'UNODC-%' OR m.region = 'EU27') AND p.kind != 'country'
            """) == 0)
    }

    @Test("m0021 applies to a database at schema 20 with figures of its places: rows kept, foreign keys and integrity intact, nothing for check to report")
    func migratesSchema20() throws {
        try withTemporaryDirectory { dir in
            let db = try DatabaseFile.open(dir.appendingPathComponent("v20.sqlite").path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 20 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
            try db.execute("INSERT INTO sources (key, kind, title, publisher, batch_id, created_at, updated_at) VALUES ('s', 'report', 'S', 'P', 1, 't', 't')")
            try db.execute("INSERT INTO studies (key, title, batch_id, created_at, updated_at) VALUES ('st', 'A study', 1, 't', 't')")
            try db.execute("INSERT INTO study_places (study, place) VALUES ('st', 'IND'), ('st', 'M49-034')")
            for (key, place) in [("india", "IND"), ("asia", "M49-034"), ("kosovo", "XKX"), ("ilo", "ILO-ARAB-STATES")] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, batch_id, created_at, updated_at)
                    VALUES (?, 'detected-trafficking-victims', 5, 'persons', ?, '2016', '2016', 's', 1, 't', 't')
                    """, [key, place])
            }
            let places = try db.rows("SELECT * FROM places ORDER BY code").map(Place.init(row:))
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 21 })
            #expect(try db.rows("SELECT key, place FROM figures ORDER BY key").map { "\($0.string("key") ?? ""):\($0.string("place") ?? "")" }
                == ["asia:M49-034", "ilo:ILO-ARAB-STATES", "india:IND", "kosovo:XKX"])
            #expect(try db.integer("SELECT count(*) FROM study_places") == 2)
            let after = try db.rows("SELECT * FROM places ORDER BY code").map(Place.init(row:))
            #expect(after.filter { place in places.contains { $0.code == place.code } } == places)
            #expect(after.count == places.count + 12) // m0021's eleven, and m0045's EU28
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
            // The schema and foreign-key checks of tipdb check find nothing (the synthetic rows may earn other warnings).
            #expect(try Audit(db: db).run().filter { $0.check == "schema" || $0.check.contains("foreign") }.isEmpty)
            // The wider CHECK still refuses a kind it does not name.
            #expect(throws: StorageError.self) { try db.execute("INSERT INTO places (code, kind, name) VALUES ('X', 'city', 'X')") }
        }
    }

    @Test("the unknown-place messages: a UK nation, a region-like typo, a name that is near nothing", arguments: [
        ("England", "unknown place \"England\"; England is listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a country: give GBR, and England in the figure's breakdown column (subdivision: England), so that no brief takes it for the whole country"),
        ("northern ireland", "unknown place \"northern ireland\"; Northern Ireland is listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a country: give GBR, and Northern Ireland in the figure's breakdown column (subdivision: Northern Ireland), so that no brief takes it for the whole country"),
        ("England and Wales", "unknown place \"England and Wales\"; England and Wales are listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a country: give GBR, and England and Wales in the figure's breakdown column (subdivision: England and Wales), so that no brief takes it for the whole country"),
        ("Atlantis", "unknown place \"Atlantis\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
    ])
    func messages(text: String, message: String) throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.code(for: text) == nil)
        #expect(gazetteer.refusal(for: text) == message)
    }

    @Test("a text that reads as a region is offered regions before countries; one that does not keeps the plain ranking")
    func regionsFirst() {
        let gazetteer = Gazetteer(
            places: [
                Self.place("ZAF", "country", "South Africa"), Self.place("M49-034", "m49-subregion", "Southern Asia"),
                Self.place("SSD", "country", "South Sudan"), Self.place("M49-018", "m49-intermediate-region", "Southern Africa"),
            ],
            aliases: [])
        // Both three edits away; by name alone the country came first.
        #expect(gazetteer.suggestions(for: "South Asia") == ["Southern Asia", "South Africa"])
        // A compass word alone is no region: South Sudan is a country.
        #expect(gazetteer.suggestions(for: "South Sudann") == ["South Sudan"])
    }

    private static func place(_ code: String, _ kind: String, _ name: String) -> Place {
        var place = Place(row: Row(columns: [], values: []))
        place.code = code
        place.kind = kind
        place.name = name
        return place
    }
}
