import Foundation
import Testing

/// A measure and place with a value in one period and only a bound (`<5`) in another is a
/// series too: the brief's chart says so, never leaves it unmentioned; and where the bound comes
/// from another data collection than the value, the methods caution and the chart's caution say
/// so (they once counted only figures with a value, as if the two were one collection).
@Suite("Charts name a series whose later period is published only as a bound (built binary)")
struct BriefBoundSeriesTests {
    private static let sources = "key,kind,title,publisher,date\nsrc-a,report,Trafficking in Austria,BMI,2021\nsrc-b,report,Trafficking in Japan,NPA,2020\n"

    private func load(_ figures: String, in dir: URL) throws {
        try Self.load(sources: Self.sources, figures: figures, in: dir)
    }

    /// A new database in `dir` holding `sources` (a sources CSV) and `figures` (rows under the
    /// header `key,measure,value,unit,place,period,source,method,locator`), loaded in one ingest:
    /// the set-up of the chart suites (`BriefUnchartedSeriesTests` too).
    static func load(sources: String, figures: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(("key,measure,value,unit,place,period,source,method,locator\n" + figures).utf8)
            .write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func charts(in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        guard let start = result.stdout.range(of: "## Charts"), let end = result.stdout.range(of: "## How these numbers travel") else {
            Issue.record("no Charts section: \(result.stdout)")
            return ""
        }
        return String(result.stdout[start.lowerBound..<end.lowerBound])
    }

    @Test("250 in 2019 and <5 in 2020 for Austria, beside Japan's two values: Japan's chart names Austria's series")
    func besideAnotherPlace() throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-det-2020,detected-trafficking-victims,<5,persons,AUT,2020,src-a,detected,p. 3
                aut-det-2019,detected-trafficking-victims,250,persons,AUT,2019,src-a,detected,p. 3
                jpn-det-2019,detected-trafficking-victims,47,persons,JPN,2019,src-b,detected,p. 1
                jpn-det-2018,detected-trafficking-victims,25,persons,JPN,2018,src-b,detected,p. 1

                """, in: dir)
            let charts = try charts(in: dir)
            #expect(charts.contains("### Detected victims of trafficking, Japan, 2018-2019"), "\(charts)")
            #expect(charts.contains(
                "Not shown, published only as a bound: \\<5 (2020, BMI 2021 [1]) in Austria, whose only value is 250 (2019, BMI 2021 [1])."),
                "\(charts)")
        }
    }

    @Test("250 in 2019 and <5 in 2020 alone: a chart of the one value, its bound named in the source line")
    func alone() throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-det-2020,detected-trafficking-victims,<5,persons,AUT,2020,src-a,detected,p. 3
                aut-det-2019,detected-trafficking-victims,250,persons,AUT,2019,src-a,detected,p. 3

                """, in: dir)
            let charts = try charts(in: dir)
            #expect(charts.contains("### Detected victims of trafficking, Austria, 2019"), "\(charts)")
            #expect(charts.contains("Not shown, published only as a bound: \\<5 (2020, BMI 2021 [1])."), "\(charts)")
            #expect(!charts.contains("No measure has primary figures"))
        }
    }

    @Test("one period with a value and a bound for the same period only: still no chart (there is no series)")
    func samePeriodOnly() throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-det-2019,detected-trafficking-victims,250,persons,AUT,2019,src-a,detected,p. 3

                """, in: dir)
            let charts = try charts(in: dir)
            #expect(charts.contains("No measure has primary figures for everyone at two or more reference periods in one place."), "\(charts)")
        }
    }

    @Test("<5 from BMI in 2019, then 7 in 2020: from NPA, a methods caution naming both and the chart's caution; from BMI again, neither",
          arguments: [("src-b", true), ("src-a", false)])
    func boundFromAnotherCollection(later: String, cautioned: Bool) throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-2019,detected-trafficking-victims,<5,persons,AUT,2019,src-a,detected,p. 3
                aut-2020,detected-trafficking-victims,7,persons,AUT,2020,\(later),detected,p. 1

                """, in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let reason = "Each data collection has its own reporting agencies and rules for what it counts, and detections follow detection capacity and law, "
                + "so the differences are not a trend in trafficking."
            let caution = "- **Caution (methods).** Detected victims of trafficking, Austria: the 2 figures \\<5 (2019, BMI 2021 [2]) "
                + "and 7 (2020, NPA 2020 [1]) come from 2 different data collections. " + reason + "\n"
            let chart = "Source: NPA 2020 [1]. The 2 figures come from 2 different data collections. " + reason
                + " Reference periods, not publication years. Not shown, published only as a bound: \\<5 (2019, BMI 2021 [2])."
            #expect(result.stdout.contains(caution) == cautioned, "\(result.stdout)")
            #expect(result.stdout.contains(chart) == cautioned, "\(result.stdout)")
            #expect(result.stdout.contains("different data collections") == cautioned, "\(result.stdout)")
        }
    }
}
