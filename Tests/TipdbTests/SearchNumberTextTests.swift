import Foundation
import Testing

/// `tipdb search` wrote a figure's number with SQLite's printf: whole numbers grouped, a fraction
/// not (`1234567890.12 USD`), tiny and huge values in exponent form (`2.5e-07`) and units as codes
/// (`5.3 per-1000`, `-11 percent-change`), where `report lineage` wrote `US$1,234,567,890.12 a year`
/// and `0.35 per 100,000` (review of session 29).
@Suite("tipdb search writes a figure's number as the reports do (built binary)")
struct SearchNumberTextTests {
    /// Figures of every unit's wording, a censored count and a range-only estimate, all found by
    /// one word of their notes.
    private func database(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            key,measure,value,low,high,unit,place,period,source,method,notes
            n1-money,forced-labour-profits,1234567890.12,,,USD,WLD,2021,ilo-2005-global-alliance,estimated,numberprobe
            n2-rate,detected-trafficking-victims,0.35,,,per-100000,WLD,2021,ilo-2005-global-alliance,detected,numberprobe
            n3-per-thousand,modern-slavery,5.3,,,per-1000,WLD,2021,ilo-2005-global-alliance,estimated,numberprobe
            n4-change,detected-trafficking-victims,-11,,,percent-change,WLD,2021,ilo-2005-global-alliance,detected,numberprobe
            n5-tiny,detected-trafficking-victims,0.00000025,,,per-100000,WLD,2021,ilo-2005-global-alliance,detected,numberprobe
            n6-censored,detected-trafficking-victims,<5,,,persons,WLD,2021,ilo-2005-global-alliance,detected,numberprobe
            n7-range,forced-labour,,10000,13000,persons,WLD,2021,ilo-2005-global-alliance,estimated,numberprobe
            n8-whole,forced-labour,2450000,,,persons,WLD,2020,ilo-2005-global-alliance,estimated,numberprobe

            """.utf8).write(to: dir.appendingPathComponent("numbers.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "numbers.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("money, rates, a change, a tiny value, a censored count, a range and a whole number read as in the reports")
    func titles() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "numberprobe"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let titles = result.stdout.split(separator: "\n").filter { $0.hasPrefix("figure  ") }.map { $0.split(separator: ":").last.map(String.init) ?? "" }
            #expect(titles == [
                " US$1,234,567,890.12 a year", " 0.35 per 100,000", " 5.3 per 1,000", " down 11%", " 0.00000025 per 100,000",
                " <5", " 10,000 to 13,000", " 2.45 million",
            ].map { $0 + " — ILO 2005" }, "\(result.stdout)")
            // The JSON title is the same text.
            let json = try Tipdb.run(["search", "numberprobe", "--json"], in: dir)
            #expect(json.stdout.contains(#""title": "forced-labour-profits (Illegal profits from forced labour), WLD (World), 2021: US$1,234,567,890.12 a year — ILO 2005""#), "\(json.stdout)")
        }
    }
}
