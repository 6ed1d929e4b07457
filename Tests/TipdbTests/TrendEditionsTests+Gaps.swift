import Foundation
import Testing

/// The years each country of a brief over several lacks (review of session 54).
extension TrendEditionsTests {
    @Test("a brief over several countries names the years each lacks")
    func placeYearsNamed() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoEditions(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "DEU", "--place", "BEL"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("- Detected victims of trafficking, place by place: Belgium has no figure for 5 reference years "
                + "(2013, 2017-2018, 2022-2023). A total or comparison over these places takes in different places from year to year"),
                "\(brief.stdout)")
        }
    }
}
