import Foundation
import Testing

/// A chart keeps a measure's key figure: of one source's figures ending on one day, the year
/// (written `2023-01` to `2023-12` as well as `2023`) is drawn, not its fourth quarter. Why: the
/// shortest period ending then was kept, so the year's 17,004 referrals were dropped from their own
/// chart for October-December's 3,385 (a government statistician's review, session 55; fixed in
/// session 56 without a test of the chart itself).
@Suite("A chart draws the year, not its last quarter, for one source's figures ending on one day (built binary)")
struct ChartYearKeptTests {
    private static let sources = """
        key,kind,title,publisher,date
        ho-2024,dataset,Modern Slavery: National Referral Mechanism statistics 2023,Home Office,2024-03-07

        """

    /// The chart's `points` group and the Markdown brief.
    private func brief(figures: String) throws -> (points: String, markdown: String) {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let header = "key,measure,value,unit,place,period_start,period_end,source,method\n"
            try Data((header + figures).utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "-o", "brief.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let markdown = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            let svg = try String(contentsOf: dir.appendingPathComponent("brief-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            guard let start = svg.range(of: "<g class=\"points\">\n"), let end = svg.range(of: "<g class=\"legend\"") else { return (svg, markdown) }
            return (String(svg[start.upperBound..<end.lowerBound]), markdown)
        }
    }

    @Test("the year written as its twelve months is drawn, not its fourth quarter; the quarters ending on other days are drawn")
    func yearOverQuarter() throws {
        let drawn = try brief(figures: """
            gbr-2022,detected-trafficking-victims,"15,000",persons,GBR,2022-01,2022-12,ho-2024,detected
            gbr-2023,detected-trafficking-victims,"17,004",persons,GBR,2023-01,2023-12,ho-2024,detected
            gbr-2023q1,detected-trafficking-victims,"4,746",persons,GBR,2023-01,2023-03,ho-2024,detected
            gbr-2023q2,detected-trafficking-victims,"4,500",persons,GBR,2023-04,2023-06,ho-2024,detected
            gbr-2023q3,detected-trafficking-victims,"4,373",persons,GBR,2023-07,2023-09,ho-2024,detected
            gbr-2023q4,detected-trafficking-victims,"3,385",persons,GBR,2023-10,2023-12,ho-2024,detected

            """)
        // The quarters that end on other days are points of their own; the fourth, which ends with the year, gives way to it.
        let titles = drawn.points.components(separatedBy: "<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(titles == [
            "15,000, January-December 2022, Home Office 2024 [1]", "4,746, January-March 2023, Home Office 2024 [1]",
            "17,004, January-December 2023, Home Office 2024 [1]", "4,500, April-June 2023, Home Office 2024 [1]",
            "4,373, July-September 2023, Home Office 2024 [1]",
        ], "\(drawn.points)")
        // The year is the key figure, and it is in its own chart.
        #expect(drawn.markdown.contains("17,004"), "\(drawn.markdown)")
    }
}
