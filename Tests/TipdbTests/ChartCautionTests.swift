import Foundation
import Testing

/// A chart whose points come from different studies says, on the chart itself, that they are not
/// a trend: a chart file pasted alone into slides has no Comparability section beside it.
@Suite("Charts of points from different studies carry the not-a-trend caution (built binary)")
struct ChartCautionTests {
    private static let caution = "The 4 figures come from 4 different studies or sources. "
        + "Their methods and coverage changed between editions, so the differences between them are not a trend."

    /// The text drawn in an SVG's `<text>` elements, lines joined by spaces, as a reader sees it.
    private func drawnText(_ svg: String) -> String {
        svg.components(separatedBy: "\n").compactMap { line -> String? in
            guard line.hasPrefix("<text"), let open = line.firstIndex(of: ">"), let close = line.range(of: "</text>") else { return nil }
            return String(line[line.index(after: open)..<close.lowerBound])
        }.joined(separator: " ")
    }

    /// The text of the SVG element `tag` (`title`, `desc`) whose id ends with `-tag`.
    private func element(_ tag: String, in svg: String) -> String? {
        guard let start = svg.range(of: "-\(tag)\">"), let end = svg.range(of: "</\(tag)>", range: start.upperBound..<svg.endIndex) else {
            return nil
        }
        return String(svg[start.upperBound..<end.lowerBound])
    }

    @Test("the Fixtures' forced-labour chart file (ILO 2005, 2012, 2017, 2022) says so in its source line, title and description")
    func fixtureChartFile() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "-o", "brief.md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("brief-chart-forced-labour.svg"), encoding: .utf8)
            let drawn = drawnText(svg)
            #expect(drawn.contains("Sources: ILO 2005 [3]; ILO 2012 [2]; ILO and Walk Free Foundation 2017 [9]; ILO et al. 2022 [1]. " + Self.caution), "\(drawn)")
            #expect(element("title", in: svg) == "Forced labour, World, 1995-2021: figures from 4 different studies or sources, not a trend")
            #expect(element("desc", in: svg)?.hasSuffix(" " + Self.caution) == true, "\(svg)")
            // The Comparability section says the same, in the same words.
            let markdown = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            #expect(markdown.contains("come from 4 different studies or sources. Their methods and coverage changed between editions, so the differences between them are not a trend."))
            // Detected victims from two UNODC reports, editions of one producer's series: their wording, as in Comparability.
            let detected = drawnText(try String(contentsOf: dir.appendingPathComponent("brief-chart-detected-trafficking-victims.svg"), encoding: .utf8))
                .replacingOccurrences(of: "&#39;", with: "'")
            #expect(detected.contains("The 3 figures come from 2 editions of one producer's series. Each edition has its own reporting "
                + "countries, and detections follow detection capacity and law, so the differences are not a trend in trafficking."), "\(detected)")
        }
    }

    @Test("the inline HTML chart and the JSON chart carry it too")
    func inlineAndJSON() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-11-30"], in: dir)
            #expect(html.status == 0, "\(html.stderr)")
            guard let start = html.stdout.range(of: "<figure id=\"chart-forced-labour\">"),
                  let end = html.stdout.range(of: "</figure>", range: start.upperBound..<html.stdout.endIndex) else {
                Issue.record("no forced-labour chart in the HTML brief")
                return
            }
            let figure = String(html.stdout[start.upperBound..<end.lowerBound])
            #expect(element("title", in: figure) == "Forced labour, World, 1995-2021: figures from 4 different studies or sources, not a trend")
            // Inline, the chart has no desc: its caption says what it shows and the caution, and the
            // table after it its figures, each read once (the SVG file's desc says them all).
            #expect(element("desc", in: figure) == nil)
            #expect(figure.contains("<figcaption>") && figure.components(separatedBy: "<figcaption>")[1].contains(Self.caution))
            #expect(drawnText(figure).contains(Self.caution))
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-11-30"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let charts = object?["charts"] as? [[String: Any]] ?? []
            let forcedLabour = charts.first { $0["id"] as? String == "chart-forced-labour" }
            #expect(forcedLabour?["caution"] as? String == Self.caution)
            #expect((forcedLabour?["sourceLine"] as? String)?.contains(Self.caution) == true)
        }
    }

    @Test("a series from one study (and one source) is one comparable series: no caution anywhere on its chart")
    func oneStudy() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nsrc-a,report,Forced labour survey in Nepal,CBS,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,title,source,period,places\nnp-survey,Nepal labour force survey,src-a,2008-2018,NPL\n".utf8)
                .write(to: dir.appendingPathComponent("studies.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,study,method,locator
                np-2008,forced-labour,34000,persons,NPL,2008,src-a,np-survey,estimated,p. 3
                np-2018,forced-labour,41000,persons,NPL,2018,src-a,np-survey,estimated,p. 4

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "studies.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "-o", "brief.md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("brief-chart-forced-labour.svg"), encoding: .utf8)
            #expect(!svg.contains("not a trend"), "\(svg)")
            #expect(drawnText(svg).contains("Source: CBS 2021 [1]. Reference periods, not publication years. Drawn by tipdb."), "\(svg)")
            #expect(element("title", in: svg) == "Forced labour, Nepal, 2008-2018")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-11-30"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let chart = (object?["charts"] as? [[String: Any]])?.first
            #expect(chart?["id"] as? String == "chart-forced-labour")
            #expect(chart?["caution"] is NSNull)
        }
    }
}
