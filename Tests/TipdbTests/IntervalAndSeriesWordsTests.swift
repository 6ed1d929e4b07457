import Foundation
import Testing

/// The methodologist's review of session 47: an interval published without a point value kept
/// its confidence level nowhere but in the tables; rates from two institutes got no "not a
/// trend" caution; a jump between two producers was called "the same series" and "most often a
/// unit slip" beside the caution that said they were no series; chart error bars looked alike
/// whatever they were; and a chart left a source's five-year count out without a word.
@Suite("Interval levels, rate series, jumps between producers and chart bars (built binary)")
struct IntervalAndSeriesWordsTests {
    /// Three producers, as the review's repro scripts give them.
    static let sources = """
        [
         {"id":"a-2018","type":"report","title":"Survey A","author":[{"literal":"Institute A"}],"issued":{"date-parts":[[2018]]}},
         {"id":"b-2019","type":"report","title":"Survey B","author":[{"literal":"Institute B"}],"issued":{"date-parts":[[2019]]}},
         {"id":"c-2017","type":"report","title":"MSE C","author":[{"literal":"Ministry C"}],"issued":{"date-parts":[[2017]]}}
        ]
        """

    /// A database of `figures` (CSV) and the three sources.
    static func load(_ figures: String, in dir: URL) throws {
        try Data(sources.utf8).write(to: dir.appendingPathComponent("src.json"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "src.json", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// Institute A's 95 % interval without a point value for 2016, Institute B's 30,000 for 2016.
    static let rangeOnly = """
        key,measure,value,low,high,ci_level,unit,place,period,source,locator,method
        a-2016,modern-slavery,,10000,13000,95,persons,FRA,2016,a-2018,p1,estimated
        b-2016,modern-slavery,30000,,,,persons,FRA,2016,b-2019,p1,estimated
        a-2014,modern-slavery,11000,,,,persons,FRA,2014,a-2018,p1,estimated

        """

    @Test("a 95% interval without a value keeps its level in search, the estimates caution, the chart's Not shown line; 30,000 lies outside it")
    func rangeOnlyLevel() throws {
        try withTemporaryDirectory { dir in
            try Self.load(Self.rangeOnly, in: dir)
            let search = try Tipdb.run(["search", "FRA"], in: dir)
            #expect(search.stdout.contains("2016: 10,000 to 13,000 (95% interval) — Institute A 2018\n"), "\(search.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(text.contains("Institute A 2018 [2] gives 10,000 to 13,000 (95% interval) and Institute B 2019 [1] gives 30,000"), "\(text)")
            #expect(text.contains("Not shown, published only as a bound or range: 10,000 to 13,000 (95% interval) (2016, Institute A 2018 [2])."), "\(text)")
            #expect(text.contains(
                "and for 2016 they disagree: 30,000 (Institute B 2019 [1]) lies outside the 95% interval of Institute A 2018 [2], 10,000 to 13,000."),
                "\(text)")
        }
    }

    @Test("rates per 1,000 from two institutes get the methods caution, and the section no longer says nothing is mixed")
    func rateSeriesCaution() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,locator,method
                r1,modern-slavery,3.1,,,,per-1000,MMR,2016,a-2018,p1,estimated
                r4,modern-slavery,4.2,3.1,5.3,95,per-1000,MMR,2018,b-2019,p1,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("Nothing here mixes"), "\(brief.stdout)")
            let caution: String = "- **Caution (methods).** Modern slavery, Myanmar: the 2 figures 3.1 per 1,000 (2016, Institute A 2018 [1]) "
                + "and 4.2 per 1,000 (3.1 to 5.3 per 1,000, 95% interval; 2018, Institute B 2019 [2]) come from 2 different producers. "
                + "They are independent estimates, "
                + "not editions of one series, and they describe different periods, so they cannot confirm or contradict each other. "
                + "Each producer has its own methods and coverage, so the differences between them are not a trend.\n"
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
        }
    }

    @Test("a jump between two producers' independent estimates is not called one series nor most often a unit slip")
    func jumpBetweenProducers() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,locator,method
                gbr-mse,modern-slavery,11313,10000,13000,95,persons,GBR,2013,c-2017,T2,estimated
                gbr-gsi,modern-slavery,136000,,,,persons,GBR,2016,b-2019,p1,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let jump = "- **Caution (jumps).** Modern slavery in the United Kingdom: 136,000 (2016, Institute B 2019 [1]) is 12 times "
                + "11,313 (2013, Ministry C 2017 [2]), the figure before it in time for the same measure, place, subgroup and unit, "
                + "from a different producer. Between figures of different producers a jump that large is more "
                + "often a difference of method and coverage than a unit slip (thousands written as units, a fraction as a percent), "
                + "and it is no trend either way: check both against their sources before citing either (tipdb check warns of it "
                + "as series-jump).\n"
            #expect(brief.stdout.contains(jump), "\(brief.stdout)")
            #expect(!brief.stdout.contains("in the same series"), "\(brief.stdout)")
        }
    }

    @Test("one producer's jump keeps its words: the same series, most often a unit slip")
    func jumpWithinOneProducer() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,unit,place,period,source,locator,method
                x-2013,modern-slavery,1100,persons,GBR,2013,a-2018,p1,estimated
                x-2016,modern-slavery,136000,persons,GBR,2016,a-2018,p2,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.stdout.contains("the figure before it in time in the same series (measure, place, subgroup and unit). "
                + "A jump that large is most often a unit slip"), "\(brief.stdout)")
        }
    }

    @Test("chart bars: a confidence interval solid, a range without a level dashed, two levels labelled, said under the legend and in the caption")
    func chartBars() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,locator,method
                g13,modern-slavery,11313,10000,13000,95,persons,GBR,2013,c-2017,T2,estimated
                g16,modern-slavery,150000,120000,180000,90,persons,GBR,2016,b-2019,p1,estimated
                g18,modern-slavery,160000,100000,200000,,persons,GBR,2018,a-2018,p1,estimated

                """, in: dir)
            let html = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--format", "html"], in: dir)
            #expect(html.status == 0, "\(html.stderr)")
            let words = "Error bars: 95% and 90% intervals (solid, each labelled with its level); a range without a stated level (dashed)."
            // Wrapped to fit the chart with a wider fallback font (`ChartRenderer.keyLineLength`).
            #expect(html.stdout.contains(">Error bars: 95% and 90% intervals (solid, each labelled with its level); a range</text>\n"
                + "<text x=\"112\" y=\"405\">without a stated level (dashed).</text>"), "\(html.stdout)")
            #expect(words.hasPrefix("Error bars:"))
            #expect(html.stdout.contains("by reference period; multi-year periods are drawn as spans; error bars: 95% and 90% intervals "
                + "(solid, each labelled with its level) and a range without a stated level (dashed)."), "\(html.stdout)")
            #expect(html.stdout.contains("font-size=\"9\" fill=\"#333333\">95%</text>"), "\(html.stdout)")
            #expect(html.stdout.contains("font-size=\"9\" fill=\"#333333\">90%</text>"), "\(html.stdout)")
            // One dashed bar: the range without a level, in Institute A's colour.
            #expect(html.stdout.components(separatedBy: "stroke-dasharray=\"4 3\"").count == 2, "\(html.stdout)")
        }
    }

    @Test("one level: the bars are not labelled, and the legend line names the level")
    func chartBarsOneLevel() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,locator,method
                g13,modern-slavery,11313,10000,13000,95,persons,GBR,2013,c-2017,T2,estimated
                g16,modern-slavery,15000,12000,18000,95,persons,GBR,2016,c-2017,T3,estimated

                """, in: dir)
            let file = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "-o", "b.md"], in: dir)
            #expect(file.status == 0, "\(file.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-modern-slavery.svg"), encoding: .utf8)
            #expect(svg.contains(">Error bars: 95% intervals (solid).</text>"), "\(svg)")
            #expect(!svg.contains("stroke-dasharray") && !svg.contains(">95%</text>"), "\(svg)")
        }
    }

    @Test("a source's five-year count ending in the year of its one-year count is named under the chart, not dropped unsaid")
    func passedOverPeriod() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,measure,value,unit,place,period,source,locator,method
                d13,detected-trafficking-victims,1746,persons,GBR,2013,a-2018,p1,detected
                d16,detected-trafficking-victims,3805,persons,GBR,2016,b-2019,p1,detected
                d1216,detected-trafficking-victims,11500,persons,GBR,2012-2016,b-2019,p2,detected

                """, in: dir)
            let file = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "-o", "b.md"], in: dir)
            #expect(file.status == 0, "\(file.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(text.contains(" Not shown, one point is drawn per source and period end: 11,500 (2012-2016, Institute B 2019 [1])."), "\(text)")
        }
    }
}
