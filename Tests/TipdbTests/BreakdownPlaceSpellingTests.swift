import Foundation
import Testing

/// A misspelt place under a dimension of places (`citizenship: Viet Nma`) was kept as text, a
/// breakdown of no place that no brief of Viet Nam, no search and no comparison with
/// `citizenship: Viet Nam` would ever find (session 54). It is refused at its cell, with the places
/// it may mean, as the place column refuses one; categories that are no place are kept as written.
@Suite("a misspelt place in a figures file's breakdown is refused at its cell (built binary)")
struct BreakdownPlaceSpellingTests {
    @Test("citizenship: Viet Nma and country of exploitation: Frnace are refused with did you mean, exit 1, the database unchanged")
    func misspelt() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(BreakdownColumnTests.nrmSource, "src.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "src.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,breakdown
                v1,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,citizenship: Viet Nma
                v2,detected-trafficking-victims,10,persons,GBR,2023,ukho-nrm-2023,nationality: Albnia; sector: fishing
                v3,detected-trafficking-victims,20,persons,GBR,2023,ukho-nrm-2023,country of exploitation: Frnace

                """, "bad.csv", in: dir)
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: db)
            let refused = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("bad.csv:") }.map(String.init)
            let expected = "Expected a place as the place column takes it (an English name, an ISO 3166-1 code, an M49 number), or a category "
                + "that is no place (Nationals, Abroad, Other (Africa), unknown) as its source writes it"
            #expect(errors == [
                "bad.csv:2:69: breakdown: citizenship \"Viet Nma\" names no place tipdb knows; did you mean \"Viet Nam\"? \(expected)",
                "bad.csv:3:67: breakdown: citizenship \"Albnia\" names no place tipdb knows; did you mean \"Albania\"? \(expected)",
                "bad.csv:4:67: breakdown: country-of-exploitation \"Frnace\" names no place tipdb knows; did you mean \"France\"? \(expected)",
            ], "\(refused.stderr)")
            #expect(try Data(contentsOf: db) == before)
        }
    }

    @Test("categories that are no place, and a former state, are kept as written; a place's name or code is stored as its code")
    func kept() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(BreakdownColumnTests.nrmSource, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,breakdown
                k1,detected-trafficking-victims,1,persons,GBR,2023,ukho-nrm-2023,citizenship: Nationals
                k2,detected-trafficking-victims,2,persons,GBR,2023,ukho-nrm-2023,country of repatriation: Abroad
                k3,detected-trafficking-victims,3,persons,GBR,2023,ukho-nrm-2023,citizenship: Other (Africa)
                k4,detected-trafficking-victims,4,persons,GBR,2023,ukho-nrm-2023,citizenship: not recorded
                k5,detected-trafficking-victims,5,persons,GBR,2023,ukho-nrm-2023,citizenship: Serbia and Montenegro
                k6,detected-trafficking-victims,6,persons,GBR,2023,ukho-nrm-2023,citizenship: Other Europe
                k7,detected-trafficking-victims,7,persons,GBR,2023,ukho-nrm-2023,citizenship: viet nam

                """, "ok.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "ok.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, category, place FROM figure_breakdowns ORDER BY figure"], in: dir)
            #expect(stored.stdout.split(separator: "\r\n").map(String.init) == [
                "figure,category,place", "k1,Nationals,", "k2,Abroad,", "k3,Other (Africa),", "k4,not recorded,", "k5,Serbia and Montenegro,",
                "k6,Other Europe,", "k7,VNM,VNM",
            ], "\(stored.stdout)")
        }
    }
}
