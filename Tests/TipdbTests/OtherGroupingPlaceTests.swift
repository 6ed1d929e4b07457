import Foundation
import Testing

/// Place names that point at other groupings: the World Bank's regions and regional bodies are
/// refused saying whose they are, without a "did you mean" of another body's region, and a
/// region's name tagged with its body (`(ILO)`, `(UNODC)`) names that region in a figures file and
/// `--place` alike.
///
/// Why: `East Asia & Pacific` (the World Bank's) was offered UNODC's and the ILO's regions,
/// `ASEAN` was offered M49's Asia (51 countries), and `Asia and the Pacific (ILO)`, which the OWID
/// loader reads, was refused by a figures file (a regional analyst's review, session 51).
@Suite("Places: other groupings refused by name, tagged regions read (built binary)")
struct OtherGroupingPlaceTests {
    @Test("ASEAN and East Asia & Pacific are refused saying whose groupings they are, with no region offered")
    func refused() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let asean = try Tipdb.run(["report", "brief", "--place", "ASEAN"], in: dir)
            #expect(asean.status == 64)
            #expect(asean.stderr.contains(
                "unknown place \"ASEAN\"; it is the Association of Southeast Asian Nations, a grouping of states tipdb does not hold; "
                + "M49's South-eastern Asia (M49-035) also holds Timor-Leste"), "\(asean.stderr)")
            #expect(asean.stderr.contains("(BRN, IDN, KHM, LAO, MMR, MYS, PHL, SGP, THA, VNM)"), "\(asean.stderr)")
            #expect(!asean.stderr.contains("did you mean"), "\(asean.stderr)")
            let bank = try Tipdb.run(["report", "brief", "--place", "East Asia & Pacific"], in: dir)
            #expect(bank.status == 64)
            #expect(bank.stderr.contains(
                "unknown place \"East Asia & Pacific\"; it is the World Bank's name for its own region, which tipdb does not hold"),
                "\(bank.stderr)")
            #expect(!bank.stderr.contains("did you mean"), "\(bank.stderr)")
            // A figures file gets the same words at the cell.
            try Data("key,kind,title,publisher,date\nsrc-a,report,Report A,Institute A,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,measure,value,unit,place,period,source,method,locator\nasean-2020,detected-trafficking-victims,900,persons,ASEAN,2020,src-a,detected,p. 3\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains("place: unknown place \"ASEAN\"; it is the Association of Southeast Asian Nations"), "\(ingest.stderr)")
        }
    }

    @Test("Asia and the Pacific (ILO) and East Asia and the Pacific (UNODC) load and select as the ILO's and UNODC's regions")
    func tagged() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nsrc-a,report,Report A,Institute A,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method,locator
                ilo-ap,detected-trafficking-victims,900,persons,Asia and the Pacific (ILO),2020,src-a,detected,p. 3
                unodc-eap,detected-trafficking-victims,800,persons,East Asia and the Pacific (UNODC),2020,src-a,detected,p. 4

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let places = try Tipdb.run(["sql", "SELECT key, place FROM figures ORDER BY key", "--format", "csv"], in: dir)
            #expect(places.stdout.contains("ilo-ap,ILO-ASIA-PACIFIC"), "\(places.stdout)")
            #expect(places.stdout.contains("unodc-eap,UNODC-EAST-ASIA-PACIFIC"), "\(places.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "Asia and the Pacific (ILO)", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Asia and the Pacific | 900 |"), "\(brief.stdout)")
            // Another body's tag names nothing.
            let wrong = try Tipdb.run(["report", "brief", "--place", "Southern Asia (UNODC)"], in: dir)
            #expect(wrong.status == 64)
            #expect(wrong.stderr.contains("unknown place \"Southern Asia (UNODC)\""), "\(wrong.stderr)")
        }
    }
}
