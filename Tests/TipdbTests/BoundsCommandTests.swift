import Foundation
import Testing

/// Bounds as a user meets them: a lower bound alone, an upper bound alone and a confidence
/// interval, in every format of the brief, its charts and `report lineage`.
@Suite("CLI: one-sided bounds and ranges in briefs, charts and lineage")
struct BoundsCommandTests {
    static let sources = """
        key,kind,title,authors,publisher,date
        hs-2019,report,Modern slavery in the UK: an estimate,Smith; Jones,Home Office,2019-07
        paper-2021,article,A re-estimate,Doe,,2021

        """
    static let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source,quote,method
        gbr-fl-hs,forced-labour,13000,10000,17000,95,persons,GBR,2019,hs-2019,between 10000 and 17000 people,estimated
        gbr-fl-paper,forced-labour,1004999,,1500000,,persons,GBR,2018-2019,paper-2021,,estimated
        gbr-ms,modern-slavery,40000,30000,,,persons,GBR,2019,paper-2021,,estimated

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("the Range column, CSV and JSON range: at least, up to, and the confidence level of an interval")
    func tables() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let markdown = try brief(["--format", "md"], in: dir)
            #expect(markdown.contains("| 13,000 | 10,000 to 17,000 (95% interval) | United Kingdom"), "\(markdown)")
            #expect(markdown.contains("| 1,004,999 | up to 1.5 million | United Kingdom"), "\(markdown)")
            #expect(markdown.contains("| 40,000 | at least 30,000 | United Kingdom"), "\(markdown)")

            let csv = try brief(["--format", "csv"], in: dir)
            #expect(csv.contains(",up to 1.5 million,"), "\(csv)")
            #expect(csv.contains(",at least 30,000,") || csv.contains(",\"at least 30,000\","), "\(csv)")

            let json = try JSONSerialization.jsonObject(with: Data(brief(["--format", "json"], in: dir).utf8)) as? [String: Any]
            let groups = (json?["figureGroups"] as? [[String: Any]]) ?? []
            let ranges = Dictionary(uniqueKeysWithValues: groups.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }.compactMap {
                figure -> (String, String)? in
                guard let key = figure["key"] as? String, let range = figure["range"] as? String else { return nil }
                return (key, range)
            })
            #expect(ranges == ["gbr-fl-hs": "10,000 to 17,000 (95% interval)", "gbr-fl-paper": "up to 1.5 million",
                               "gbr-ms": "at least 30,000"])
            let charts = (json?["charts"] as? [[String: Any]]) ?? []
            let points = charts.flatMap { ($0["points"] as? [[String: Any]]) ?? [] }
            #expect(points.contains { $0["key"] as? String == "gbr-fl-paper" && $0["range"] as? String == "up to 1.5 million" }, "\(points)")
        }
    }

    @Test("a chart point's title gives its range, one-sided or not")
    func chartTitles() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            _ = try brief(["--format", "md", "-o", "b.md"], in: dir)
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-forced-labour.svg"), encoding: .utf8)
            #expect(svg.contains("<title>1,004,999 (up to 1.5 million), 2018-2019, Doe 2021 [1]</title>"), "\(svg)")
            #expect(svg.contains("<title>13,000 (10,000 to 17,000 (95% interval)), 2019, Smith and Jones 2019 [2]</title>"), "\(svg)")
        }
    }

    @Test("report lineage prints a figure's range with its value")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            for (key, range) in [("gbr-fl-hs", "10,000 to 17,000 (95% interval)"), ("gbr-fl-paper", "up to 1.5 million"),
                                 ("gbr-ms", "at least 30,000")] {
                let result = try Tipdb.run(["report", "lineage", key], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout.contains("\n  range: \(range)\n"), "\(result.stdout)")
            }
        }
    }
}
