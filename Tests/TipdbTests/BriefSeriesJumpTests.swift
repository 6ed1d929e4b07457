import Foundation
import Testing

/// A figure 10 or more times the figure before it in its series, or a tenth of it or less,
/// which `tipdb check` warns of as `series-jump`: the brief's Comparability section cautions about
/// the same pairs (`jumps`), with both figures, their periods and sources, and the ratio.
@Suite("The brief cautions about the series jumps check warns of (built binary)")
struct BriefSeriesJumpTests {
    /// SeriesJumpTests' figures: a 48-fold rise, a share given as a fraction, a 9-fold rise, a
    /// change; and a 2022 figure published only as a bound, which the 2023 figure passes over.
    private func load(in dir: URL) throws {
        try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2022\ny,Survey Y,Institute Y,2022\n", "sources.csv", in: dir)
        try IngestPartWarningTests.write(SeriesJumpTests.header + SeriesJumpTests.rows + """
            fl-2022,forced-labour,<5,persons,NPL,2022,total,total,,y,estimated,p. 1
            fl-2023,forced-labour,200,persons,NPL,2023,total,total,,y,estimated,p. 1

            """, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The (later, earlier) keys of the brief's `jumps` cautions, from its JSON.
    private func briefPairs(_ arguments: [String] = [], in dir: URL) throws -> [[String]] {
        let json = try JSONSerialization.jsonObject(with: Data(try brief(["--format", "json"] + arguments, in: dir).utf8)) as? [String: Any]
        let warnings = (json?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        return warnings.filter { $0["kind"] as? String == "jumps" }.map { $0["figures"] as? [String] ?? [] }
    }

    @Test("check and the brief name the same pairs; the caution names both figures, their periods and sources, and the ratio")
    func samePairs() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            // check's rows under its series-jump warning: "  later (v) is ... earlier (v), ...".
            let rows = check.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: series-jump:") }.dropFirst()
                .prefix { $0.hasPrefix("  ") }
            let checkPairs = rows.map { row in
                let words = row.split(separator: " ").map(String.init)
                return [words[0], words[5]]
            }
            #expect(checkPairs == [["fl-2021", "fl-2020"], ["fl-2023", "fl-2021"], ["share-2021", "share-2020"]], "\(check.stdout)")
            #expect(try briefPairs(in: dir).sorted { $0.lexicographicallyPrecedes($1) } == checkPairs)

            let md = try brief([], in: dir)
            #expect(md.contains("""
                - **Caution (jumps).** Forced labour in Nepal: 48,000 (2021, Institute Y 2022 [2]) is 48 times 1,000 (2020, \
                Institute X 2022 [1]), the figure before it in time for the same measure, place, subgroup and unit, \
                from a different producer. Between figures of different producers a jump that large is more often a difference of \
                method and coverage than a unit slip (thousands written as units, a fraction as a percent), and it is no trend either \
                way: check both against their sources before citing either (tipdb check warns of it as series-jump).

                """), "\(md)")
            #expect(md.contains("- **Caution (jumps).** Forced labour in Nepal, children, percent: 0.3% (2021, Institute X 2022 [1]) is 1/100 of 30% (2020, Institute X 2022 [1]), "), "\(md)")
            #expect(md.contains("- **Caution (jumps).** Forced labour in Nepal: 200 (2023, Institute Y 2022 [2]) is 1/240 of 48,000 (2021, Institute Y 2022 [2]), "), "\(md)")
            let html = try brief(["--format", "html"], in: dir)
            #expect(html.contains("Forced labour in Nepal: 48,000 (2021, Institute Y 2022 <a href=\"#ref-2\" aria-label=\"Reference 2: Institute Y 2022\">[2]</a>) is 48 times"), "\(html)")
        }
    }

    @Test("a place that leaves out a series leaves out its cautions; --from between the two figures of a pair keeps its caution (BoundaryJumpTests)")
    func filters() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            #expect(try briefPairs(["--place", "IND"], in: dir).isEmpty)
            // The pairs within the brief first, then those across --from, the earlier figure named as outside it.
            #expect(try briefPairs(["--from", "2021"], in: dir) == [["fl-2023", "fl-2021"], ["share-2021", "share-2020"], ["fl-2021", "fl-2020"]])
            let md = try brief(["--from", "2021"], in: dir)
            #expect(md.contains("""
                - **Caution (jumps).** Forced labour in Nepal: 48,000 (2021, Institute Y 2022 [2]) is 48 times 1,000 (2020, \
                Institute X 2022 [1]), the figure before it in time for the same measure, place, subgroup and unit, \
                from a different producer, which is outside the years this brief covers (from 2021) and not in its tables. Between \
                figures of different producers a jump that large
                """), "\(md)")
        }
    }

    /// The review's chain (session 38): the Home Office's 10,000 to 13,000 for 2013, a newspaper's
    /// 13,000, a blog's repeat of it filed under 2016, and a tweet's 130,000 repeating the blog.
    /// The tweet was "10 times 13,000 (2013, Smith 2015), the figure before it in time in the same
    /// series", its own chain's; and a primary 136,000 for 2016 "10.5 times 13,000 (Smith 2015)".
    @Test("a chain of repeats is no series: no repeat is compared, a primary estimate only with primaries; check, ingest and the brief agree")
    func repeatChain() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                ho-2014,report,Modern Slavery: an application of Multiple Systems Estimation,"Silverman, Bernard",Home Office,2014-11
                guardian-2015,article-newspaper,Britain has 13000 slaves,"Smith, Jane",The Guardian,2015-01-10
                blog-2016,post-weblog,Slavery in Britain,"Jones, Kate",Some Blog,2016-05-01
                tweet-2017,other,A tweet,"Brown, Al",Twitter,2017-02-01

                """, "js.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source,cites
                ho-2013-gbr,modern-slavery,,10000,13000,persons,GBR,2013,ho-2014,
                guardian-gbr,modern-slavery,13000,,,persons,GBR,2013,guardian-2015,ho-2013-gbr
                blog-gbr,modern-slavery,13000,,,persons,GBR,2016,blog-2016,guardian-gbr
                tweet-gbr,modern-slavery,130000,,,persons,GBR,2016,tweet-2017,blog-gbr

                """, "jf.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "js.csv", "jf.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("series-jump"), "\(loaded.stderr)")
            // The tweet's slip is the repeat's change, which repeat-changed names.
            #expect(loaded.stderr.contains("warning: jf.csv:5:63: repeat-changed: tweet-gbr repeats blog-gbr with value 130000, not 13000: "),
                    "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("series-jump"), "\(check.stdout)")
            let md = try brief([], in: dir)
            #expect(!md.contains("Caution (jumps)"), "\(md)")
            #expect(md.contains("130,000, filed under 2016 (Brown 2017 [4]), goes back to 10,000 to 13,000 for 2013 (Silverman 2014 [1])"), "\(md)")

            // A survey's 1,200 for 2012 and the Walk Free index's 136,000 for 2016: primaries, compared
            // across the repeats and the range published without a value between them.
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                gsi-2018,dataset,Global Slavery Index 2018,,Walk Free Foundation,2018-07
                ngo-2013,report,Hidden in plain sight,"Patel, Ravi",Anti-Slavery NGO,2013-03

                """, "ls.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                ngo-gbr-2012,modern-slavery,1200,persons,GBR,2012,ngo-2013
                gsi-gbr-2016,modern-slavery,136000,persons,GBR,2016,gsi-2018

                """, "lf.csv", in: dir)
            let later = try Tipdb.run(["ingest", "ls.csv", "lf.csv"], in: dir)
            #expect(IngestPartWarningTests.warnings(later.stderr).filter { $0.contains("series-jump") } == [
                "warning: lf.csv:3:29: series-jump: gsi-gbr-2016 (136000) is 113 times ngo-gbr-2012 (1200), the figure before it in its series: \(SeriesJumpTests.message)",
            ], "\(later.stderr)")
            let again = try Tipdb.run(["check"], in: dir)
            #expect(again.stdout.contains("warning: series-jump: \(SeriesJumpTests.message) (1)\n"
                + "  gsi-gbr-2016 (136000) is 113 times ngo-gbr-2012 (1200), the figure before it in its series\n"), "\(again.stdout)")
            #expect(try briefPairs(in: dir) == [["gsi-gbr-2016", "ngo-gbr-2012"]])
            let jumps = try brief([], in: dir).components(separatedBy: "\n").filter { $0.contains("Caution (jumps)") }
            #expect(jumps == [
                "- **Caution (jumps).** Modern slavery in the United Kingdom: 136,000 (2016, Walk Free Foundation 2018 [1]) is 113 "
                    + "times 1,200 (2012, Patel 2013 [2]), the figure before it in time for the same measure, place, subgroup "
                    + "and unit, from a different producer. Between figures of different producers a jump that "
                    + "large is more often a difference of method and coverage than a unit slip (thousands written as units, a "
                    + "fraction as a percent), and it is no trend either way: check both against their sources before citing either "
                    + "(tipdb check warns of it as series-jump).",
            ])
            // Across --from, the repeats filed under 2016 are no neighbours either.
            #expect(try briefPairs(["--from", "2014"], in: dir) == [["gsi-gbr-2016", "ngo-gbr-2012"]])
        }
    }
}
