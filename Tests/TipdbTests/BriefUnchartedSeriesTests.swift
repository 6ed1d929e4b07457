import Foundation
import Testing

/// A chart draws a measure in its usual unit only. A measure whose only series is in another unit
/// (Thailand's detected victims per 100,000 population, 2019-2021, beside one count of persons)
/// has no chart, and the Charts section once said "No measure has primary figures for everyone at
/// two or more reference periods in one place", which the tables below it contradicted (review of
/// session 46). It now names the series and why it is not drawn, in every format alike.
@Suite("Charts name a series left undrawn for its unit (built binary)")
struct BriefUnchartedSeriesTests {
    private static let sources = "key,kind,title,publisher,date\nsrc-a,report,Trafficking in Thailand,DSDW,2022\nsrc-b,report,Crime in India,NCRB,2022\n"

    private func load(_ figures: String, in dir: URL) throws {
        try BriefBoundSeriesTests.load(sources: Self.sources, figures: figures, in: dir)
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The Charts section of a Markdown brief, from its heading to the next.
    private func charts(_ markdown: String) -> String {
        guard let start = markdown.range(of: "## Charts"), let end = markdown.range(of: "## How these numbers travel") else {
            Issue.record("no Charts section: \(markdown)")
            return ""
        }
        return String(markdown[start.lowerBound..<end.lowerBound])
    }

    private static let thailand = """
        tha-2021,detected-trafficking-victims,231,persons,THA,2021,src-a,detected,p. 12
        tha-rate-2019,detected-trafficking-victims,2.1,per-100000,THA,2019,src-a,detected,p. 11
        tha-rate-2020,detected-trafficking-victims,1.8,per-100000,THA,2020,src-a,detected,p. 11
        tha-rate-2021,detected-trafficking-victims,0.32,per-100000,THA,2021,src-a,detected,p. 12

        """

    private static let sentence = "The series of detected victims of trafficking per 100,000 population in Thailand, 2019-2021, "
        + "is not charted: a chart draws a measure only in its usual unit, persons; see the table."

    @Test("Thailand's rates for 2019-2021 beside one count: no chart, and the section names the rate series and why")
    func thailand() throws {
        try withTemporaryDirectory { dir in
            try load(Self.thailand, in: dir)
            let markdown = try brief(["--place", "THA"], in: dir)
            #expect(charts(markdown) == """
                ## Charts

                No measure has primary figures for everyone at two or more reference periods in one place in its usual unit. \
                \(Self.sentence)


                """, "\(markdown)")
            let html = try brief(["--place", "THA", "--format", "html"], in: dir)
            #expect(html.contains("<p>No measure has primary figures for everyone at two or more reference periods in one place in "
                + "its usual unit. \(Self.sentence)</p>\n</section>"), "\(html)")
            let json = try brief(["--place", "THA", "--format", "json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let uncharted = try #require(object["unchartedSeries"] as? [[String: Any]])
            #expect(uncharted.count == 1)
            let series = try #require(uncharted.first)
            #expect(series["measure"] as? String == "detected-trafficking-victims")
            #expect(series["unit"] as? String == "per-100000")
            #expect(series["unitLabel"] as? String == "per 100,000 population")
            #expect(series["usualUnit"] as? String == "persons")
            #expect(series["text"] as? String == Self.sentence)
            let places = try #require(series["places"] as? [[String: Any]])
            #expect(places.map { $0["place"] as? String } == ["THA"])
            #expect(places.map { $0["period"] as? String } == ["2019-2021"])
            #expect(places.map { $0["figureCount"] as? Int } == [3])
        }
    }

    @Test("beside another measure's chart, two places' rate series are named after it; a place with one rate is not")
    func besideAChart() throws {
        try withTemporaryDirectory { dir in
            try load("""
                wld-fl-2016,forced-labour,24.9 million,persons,WLD,2016,src-a,estimated,p. 1
                wld-fl-2021,forced-labour,27.6 million,persons,WLD,2021,src-a,estimated,p. 1
                tha-rate-2019,detected-trafficking-victims,2.1,per-100000,THA,2019,src-a,detected,p. 11
                tha-rate-2020,detected-trafficking-victims,1.8,per-100000,THA,2020,src-a,detected,p. 11
                ind-rate-2018,detected-trafficking-victims,0.2,per-100000,IND,2018,src-b,detected,p. 4
                ind-rate-2021,detected-trafficking-victims,0.5,per-100000,IND,2021,src-b,detected,p. 4
                npl-rate-2021,detected-trafficking-victims,0.9,per-100000,NPL,2021,src-b,detected,p. 5

                """, in: dir)
            let section = charts(try brief([], in: dir))
            #expect(section.hasPrefix("## Charts\n\n### Forced labour, World, 2016-2021\n\n"), "\(section)")
            #expect(section.hasSuffix("""
                The series of detected victims of trafficking per 100,000 population in India (2018-2021) and Thailand \
                (2019-2020) are not charted: a chart draws a measure only in its usual unit, persons; see the table.


                """), "\(section)")
            #expect(!section.contains("No measure has primary figures"), "\(section)")
        }
    }

    @Test("a rate series of a measure that has a chart is not listed: the chart's description names the places")
    func measureWithAChart() throws {
        try withTemporaryDirectory { dir in
            try load(Self.thailand + """
                tha-2020,detected-trafficking-victims,250,persons,THA,2020,src-a,detected,p. 12

                """, in: dir)
            let section = charts(try brief(["--place", "THA"], in: dir))
            #expect(section.hasPrefix("## Charts\n\n### Detected victims of trafficking, Thailand, 2020-2021\n\n"), "\(section)")
            #expect(!section.contains("is not charted") && !section.contains("No measure has"), "\(section)")
            let json = try brief(["--place", "THA", "--format", "json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect((object["unchartedSeries"] as? [Any])?.isEmpty == true, "\(json.prefix(400))")
        }
    }
}
