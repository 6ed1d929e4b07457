import Foundation
import Testing

/// A user-reviewer found latest_estimates choosing a newspaper's estimate filed under a count of
/// detected victims over an authority's count, which briefs pass over (m0044).
@Suite("latest_estimates passes over a figure whose method contradicts what its measure counts, unless it is the only one (built binary)")
struct LatestEstimatesMethodTests {
    @Test("an estimate under detected-trafficking-victims ranks after a detected count, even a count for an earlier year")
    func estimateUnderCount() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                naptip-2023,report,Data Analysis Report 2022,NAPTIP,2023
                news-2024,news,Trafficking on the rise,Daily Times Nigeria,2024-01-10

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                naptip-2022,detected-trafficking-victims,3100,persons,NGA,2022,naptip-2023,detected
                news-2023-est,detected-trafficking-victims,5000,persons,NGA,2023,news-2024,estimated
                news-gha,detected-trafficking-victims,700,persons,GHA,2023,news-2024,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let latest = try Tipdb.run(["sql", "SELECT place, figure, value FROM latest_estimates WHERE measure = 'detected-trafficking-victims' ORDER BY place", "--format", "csv"], in: dir)
            // Ghana has no other figure: its estimate is still the latest there is.
            #expect(latest.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "place,figure,value\nGHA,news-gha,700.0\nNGA,naptip-2022,3100.0\n", "\(latest.stdout)")
        }
    }
}
