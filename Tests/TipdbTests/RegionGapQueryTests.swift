import Foundation
import Testing

/// `Fixtures/queries/countries-in-region-without-figures.sql` takes a region by its code or by a
/// name tipdb knows it by, as its sister `figures-for-measure-and-place.sql` takes a place.
///
/// Why: it compared the parameter with the code only, so `--param "region=Southern Asia"` listed
/// "(0 rows)", exit 0, which a data-gaps question reads as "every country has a figure", where 8 of
/// the 9 had none (a regional analyst's review, session 51).
@Suite("the example data-gaps query takes a region's code or name (built binary)")
struct RegionGapQueryTests {
    private static let query = repositoryRoot.appendingPathComponent("Fixtures/queries/countries-in-region-without-figures.sql").path

    private func rows(_ region: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", "-f", Self.query, "--param", "region=\(region)"], in: dir)
        #expect(result.status == 0, "\(region): \(result.stderr)")
        return result.stdout
    }

    @Test("Southern Asia, southern asia and M49-034 list the same 8 countries without figures; Asia-Pacific as ILO-ASIA-PACIFIC")
    func names() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date,url\nsrc-a,report,Report A,Institute A,2021,https://a.example.org\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,measure,value,unit,place,period,source,method,locator\nind-2020,detected-trafficking-victims,2900,persons,IND,2020,src-a,detected,p. 3\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let byCode = try rows("M49-034", in: dir)
            #expect(byCode.contains("(8 rows)"), "\(byCode)")
            #expect(byCode.contains("Iran"), "\(byCode)")
            #expect(!byCode.contains("India"), "\(byCode)")
            for name in ["Southern Asia", "southern asia", "m49-034"] {
                #expect(try rows(name, in: dir) == byCode, "\(name)")
            }
            let ilo = try rows("ILO-ASIA-PACIFIC", in: dir)
            #expect(ilo.contains("(56 rows)"), "\(ilo)")
            for name in ["Asia and the Pacific", "Asia-Pacific"] {
                #expect(try rows(name, in: dir) == ilo, "\(name)")
            }
        }
    }
}
