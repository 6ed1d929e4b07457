import Foundation
import Testing

/// What a reviewer of session 43 found in a brief's data gaps and in `tipdb search`: a forced-labour
/// figure re-filed as trafficking counted as trafficking data for its original's year; the sentence
/// on such a repeat named the chain's end, not the figure repeated, and left out a tenfold number
/// change; a figure whose source states no period stretched the years looked at; a dropped Our
/// World in Data figure was said to be in a "release"; a search result gave a revised number alone.
@Suite("data gaps and search as the session-43 review asked (built binary)")
struct BriefGapReviewTests {
    private static func write(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// ILO 2017's 24,000 in forced labour in Nepal for 2016, repeated as it stands by Daily News
    /// 2019, whose figure a blog of 2020 repeats as 240,000 victims of trafficking for 2020; and
    /// the Statistics Office's own 300 victims for 2018.
    private static func database(in dir: URL) throws {
        try write("sources.csv", """
            key,kind,title,authors,publisher,date,url,accessed
            ilo-2017,report,Forced labour in Nepal,,International Labour Organization,2017-06,https://example.org/i,2026-12-01
            news-2019,news,Forced labour persists,,Daily News,2019-03-02,https://example.org/n,2026-12-01
            blog-2020,blog-post,Trafficking on the rise,"Smith, Jane",Rights Blog,2020-05,https://example.org/b,2026-12-01
            office-2019,report,Victims identified,,Statistics Office,2019,https://example.org/o,2026-12-01

            """, in: dir)
        try write("figures.csv", """
            key,measure,value,unit,place,period,source,cites
            fl-2016,forced-labour,24000,persons,NPL,2016,ilo-2017,
            news-fl,forced-labour,24000,persons,NPL,2016,news-2019,fl-2016
            blog-tv,trafficking-victims,240000,persons,NPL,2020,blog-2020,news-fl
            tv-2018,trafficking-victims,300,persons,NPL,2018,office-2019,

            """, in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private static func gaps(_ arguments: [String], in dir: URL) throws -> [String] {
        let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        guard let start = brief.stdout.range(of: "## Data gaps\n") else { return [] }
        return brief.stdout[start.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("## ") }
            .filter { $0.hasPrefix("- ") }.map(String.init)
    }

    @Test("a forced-labour figure re-filed as trafficking covers no trafficking year: 2016 neither counts nor opens the span")
    func movedMeasureCoversNoYear() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let lines = try Self.gaps(["--measure", "trafficking-victims", "--place", "NPL"], in: dir)
            let moved = "other than a repeat that changes the measure or place of the figure it goes back to, and so covers no year of "
                + "its own: 240,000, filed under 2020 (Smith 2020 [2]), goes back to 24,000 for 2016 (ILO 2017 [3]) and changes the "
                + "number (240,000, not 24,000), the measure (Victims of trafficking in persons (estimated), not Forced labour) and the "
                + "period (2020, not 2016)."
            #expect(lines.prefix(2) == [
                "- Any measure in scope: no figure for 2 reference years (2019-2020) " + moved,
                "- Victims of trafficking in persons (estimated): no figure for 2 reference years (2019-2020) " + moved,
            ], "\(lines)")
        }
    }

    @Test("the moved repeat's sentence names the figure it repeats with that figure's source, and the tenfold number change")
    func movedNamesRepeatedFigureAndNumber() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let lines = try Self.gaps(["--measure", "trafficking-victims", "--place", "NPL"], in: dir)
            #expect(lines.contains(
                "- Victims of trafficking in persons (estimated): the one repeat of a figure of another measure, place or period has no "
                + "traceable origin of its own here: 240,000 (Smith 2020 [2]) changes what it repeats from Daily News 2019 [4]: the number "
                + "(240,000, not 24,000), the measure (Victims of trafficking in persons (estimated), not Forced labour) and the period "
                + "(2020, not 2016). ILO 2017 published no such figure."), "\(lines)")
        }
    }

    @Test("a figure whose source states no period does not stretch the years the gaps look at to the year it is filed under")
    func unstatedPeriodWidensNothing() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("unstated.csv", """
                key,measure,value,unit,place,period,period_basis,source
                fl-2010,forced-labour,20000,persons,NPL,2010,,ilo-2017
                fl-unstated,forced-labour,30000,persons,NPL,2019,publication,news-2019

                """, in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "unstated.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let lines = try Self.gaps(["--measure", "forced-labour", "--place", "NPL"], in: dir)
            let clause = " The one figure whose source states no period covers none of them: the period it describes is not known."
            #expect(lines.prefix(2) == [
                "- Any measure in scope: no figure for 5 reference years (2011-2015)." + clause,
                "- Forced labour: no figure for 5 reference years (2011-2015)." + clause,
            ], "\(lines)")
        }
    }

    @Test("a revised figure found by search says what it was revised from, as briefs write it beside the number")
    func searchRevised() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("revised.csv", """
                key,measure,value,unit,place,period,source
                tv-2018,trafficking-victims,310,persons,NPL,2018,office-2019

                """, in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "revised.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let search = try Tipdb.run(["search", "victims", "Nepal", "--kind", "figures"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.contains(
                "figure  tv-2018  trafficking-victims (Victims of trafficking in persons (estimated)), NPL (Nepal), 2018: 310 (revised from 300) "
                + "— Statistics Office 2019\n"), "\(search.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03", "--place", "NPL", "--measure", "trafficking-victims"], in: dir)
            #expect(brief.stdout.contains("| 310 (revised from 300) |"), "\(brief.stdout)")
        }
    }
}
