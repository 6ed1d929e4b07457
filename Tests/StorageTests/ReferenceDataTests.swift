import Foundation
import Storage
import Testing

@Suite("Reference data: places and measures")
struct ReferenceDataTests {
    static func migrated() throws -> Database {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        return db
    }

    @Test("every ISO 3166-1 country is present exactly once, with all three codes; Kosovo as XKX")
    func countries() throws {
        let db = try Self.migrated()
        // 249 ISO 3166-1 countries, plus Kosovo under its user-assigned code (no M49 code).
        #expect(try db.integer("SELECT count(*) FROM places WHERE kind = 'country'") == 250)
        #expect(try db.integer("SELECT count(DISTINCT alpha2) FROM places WHERE kind = 'country'") == 250)
        #expect(try db.integer("SELECT count(DISTINCT m49) FROM places WHERE kind = 'country'") == 249)
        #expect(try db.integer("SELECT count(*) FROM places WHERE kind = 'country' AND code <> alpha3") == 0)
        let phl = try #require(try db.rows("SELECT * FROM places WHERE code = 'PHL'").first)
        #expect(phl.string("alpha2") == "PH")
        #expect(phl.string("m49") == "608")
        #expect(phl.string("name") == "Philippines")
        let kosovo = try #require(try db.rows("SELECT * FROM places WHERE code = 'XKX'").first)
        #expect(kosovo.string("alpha2") == "XK" && kosovo.string("m49") == nil)
        #expect(try db.integer("SELECT count(*) FROM place_aliases WHERE alias = 'kosovo under unscr 1244' AND place = 'XKX'") == 1)
    }

    @Test("the Philippines are in South-eastern Asia, Asia, Asia and the Pacific, UNODC's East Asia and the Pacific, and the world")
    func membership() throws {
        let db = try Self.migrated()
        let regions = try db.rows(
            "SELECT p.name FROM place_members m JOIN places p ON p.code = m.region WHERE m.country = 'PHL' ORDER BY p.name"
        ).compactMap { $0.string("name") }
        #expect(regions == ["Asia", "Asia and the Pacific", "East Asia and the Pacific", "South-eastern Asia", "World"])
        #expect(try db.integer("SELECT count(*) FROM place_members WHERE region = 'WLD'") == 250)
        let kosovo = try db.rows(
            "SELECT p.name FROM place_members m JOIN places p ON p.code = m.region WHERE m.country = 'XKX' ORDER BY p.name"
        ).compactMap { $0.string("name") }
        #expect(kosovo == ["Central and South-Eastern Europe", "Europe", "Europe and Central Asia", "Southern Europe", "World"])
    }

    @Test("every country but Antarctica is in exactly one M49 region and one ILO region")
    func oneRegionEach() throws {
        let db = try Self.migrated()
        for kind in ["m49-region", "ilo-region"] {
            let odd = try db.rows("""
                SELECT c.code FROM places c
                WHERE c.kind = 'country' AND c.code <> 'ATA'
                  AND (SELECT count(*) FROM place_members m JOIN places r ON r.code = m.region
                       WHERE m.country = c.code AND r.kind = ?) <> 1
                """, [kind])
            #expect(odd.isEmpty, "\(kind): \(odd.compactMap { $0.string("code") })")
        }
    }

    @Test("the measure hierarchy has no cycles and links forced labour into modern slavery")
    func measureHierarchy() throws {
        let db = try Self.migrated()
        let parents = Dictionary(uniqueKeysWithValues: try db.rows("SELECT code, parent FROM measures").map {
            ($0.string("code") ?? "", $0.string("parent"))
        })
        for code in parents.keys {
            var seen: Set<String> = [code]
            var current = parents[code] ?? nil
            while let next = current {
                #expect(!seen.contains(next), "cycle through \(code)")
                if seen.contains(next) { break }
                seen.insert(next)
                current = parents[next] ?? nil
            }
        }
        #expect(parents["forced-labour"] == "modern-slavery")
        #expect(parents["forced-marriage"] == "modern-slavery")
        // Forced labour in the private economy includes forced commercial sexual exploitation (m0037).
        for sub in ["forced-labour-private-economy", "state-imposed-forced-labour"] {
            #expect(parents[sub] == "forced-labour")
        }
        for sub in ["forced-labour-private", "forced-commercial-sexual-exploitation"] {
            #expect(parents[sub] == "forced-labour-private-economy")
        }
        let required = ["modern-slavery", "forced-labour", "forced-labour-private", "forced-commercial-sexual-exploitation",
                        "state-imposed-forced-labour", "forced-marriage", "trafficking-victims",
                        "detected-trafficking-victims", "persons-prosecuted", "persons-convicted",
                        "persons-formal-contact", "trafficking-offences", "forced-labour-profits", "trafficking-profits"]
        #expect(Set(required).isSubset(of: Set(parents.keys)))
    }

    @Test("aliases never shadow another place's name, but Micronesia's, which makes it ambiguous (refused, naming both codes)")
    func aliases() throws {
        let db = try Self.migrated()
        #expect(try db.rows(
            "SELECT a.alias FROM place_aliases a JOIN places p ON lower(p.name) = lower(a.alias) AND p.code <> a.place")
            .compactMap { $0.string("alias") } == ["Micronesia"])
        #expect(try db.scalar("SELECT place FROM place_aliases WHERE alias = 'vietnam'") == .text("VNM"))
    }
}
