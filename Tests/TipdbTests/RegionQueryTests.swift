import Foundation
import Testing

/// Fixtures/queries/latest-forced-labour-by-region.sql answers for the world and regions only,
/// and does not drop a region whose only estimate is in another unit without a word.
@Suite("example query: latest forced labour by region (built binary)")
struct RegionQueryTests {
    @Test("the example query for forced labour by region lists no country and names a region whose only estimate is a rate")
    func regionQuery() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nilo-2022,report,Global Estimates,ILO,2022\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,low,high,unit,place,period,source,method
                fl-wld,forced-labour,27.6 million,25 million,28 million,persons,WLD,2021,ilo-2022,estimated
                fl-asia,forced-labour,15.1 million,,,persons,ILO-ASIA-PACIFIC,2021,ilo-2022,estimated
                fl-arab-rate,forced-labour,5.3,,,per-1000,ILO-ARAB-STATES,2021,ilo-2022,estimated
                fl-gbr,forced-labour,"5,000",,,persons,GBR,2021,ilo-2022,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let file = repositoryRoot.appendingPathComponent("Fixtures/queries/latest-forced-labour-by-region.sql").path
            let result = try Tipdb.run(["sql", "-f", file, "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                place,place_name,value,low,high,ci_level,censored,unit,period_start,period_end,source,note
                ILO-ASIA-PACIFIC,Asia and the Pacific,15100000.0,,,,0,persons,2021,2021,ilo-2022,
                WLD,World,27600000.0,25000000.0,28000000.0,,0,persons,2021,2021,ilo-2022,
                ILO-ARAB-STATES,Arab States,,,,,,,,,,no estimate in persons; estimated only in per-1000: see figure_citations

                """, "\(result.stdout)")
        }
    }
}
