import Foundation
import Testing

/// What a brief's data gaps say of figures whose source states no period (`period_basis`
/// publication), and how the gap a moved repeat is filed under names a changed number.
///
/// Why: a measure whose every figure left its period unstated got no word about years at all,
/// which read as if its years were covered; a gap beside such a figure did not say why the figure
/// filled none of its years; and the gap of a repeat that turned 24,000 into 240,000 named only
/// the measure and period it changed (review of session 43).
@Suite("data gaps: figures whose source states no period, and a moved repeat's number (built binary)")
struct UnstatedPeriodGapTests {
    private static func write(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// Two forced-labour figures for Nepal filed under their sources' publication years (2014,
    /// 2019), neither source stating the period; and the Statistics Office's 300 victims for 2018.
    private static func database(in dir: URL, figures: String? = nil) throws {
        try write("sources.csv", """
            key,kind,title,authors,publisher,date,url,accessed
            ilo-2014,report,Forced labour in Nepal,,International Labour Organization,2014-06,https://example.org/i,2026-12-01
            news-2019,news,Forced labour persists,,Daily News,2019-03-02,https://example.org/n,2026-12-01
            blog-2020,blog-post,Trafficking on the rise,"Smith, Jane",Rights Blog,2020-05,https://example.org/b,2026-12-01
            office-2019,report,Victims identified,,Statistics Office,2019,https://example.org/o,2026-12-01

            """, in: dir)
        try write("figures.csv", figures ?? """
            key,measure,value,unit,place,period,period_basis,source,cites
            fl-2014,forced-labour,20000,persons,NPL,2014,publication,ilo-2014,
            fl-2019,forced-labour,30000,persons,NPL,2019,publication,news-2019,
            tv-2018,trafficking-victims,300,persons,NPL,2018,,office-2019,

            """, in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private static func brief(_ arguments: [String], in dir: URL) throws -> String {
        let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        return brief.stdout
    }

    /// The Markdown data gaps' items.
    private static func gaps(_ arguments: [String], in dir: URL) throws -> [String] {
        let text = try brief(arguments, in: dir)
        guard let start = text.range(of: "## Data gaps\n") else { return [] }
        return text[start.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("## ") }
            .filter { $0.hasPrefix("- ") }.map(String.init)
    }

    private static func json(_ arguments: [String], in dir: URL) throws -> [String: Any] {
        let text = try brief(["--format", "json"] + arguments, in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return try #require(object?["gaps"] as? [String: Any])
    }

    @Test("a measure whose every figure states no period is said to cover no year, in md, html and json")
    func everyFigureUnstated() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let sentence = "Forced labour: the source of each of its 2 figures states no period, so no reference year can be said to be covered."
            let arguments = ["--measure", "forced-labour", "--place", "NPL"]
            let lines = try Self.gaps(arguments, in: dir)
            #expect(lines.first == "- " + sentence, "\(lines)")
            let html = try Self.brief(["--format", "html"] + arguments, in: dir)
            #expect(html.contains("<li>" + sentence + "</li>"), "\(html)")
            let gaps = try Self.json(arguments, in: dir)
            #expect((gaps["sentences"] as? [String])?.first == sentence, "\(gaps)")
            let measures = try #require(gaps["unstatedPeriodMeasures"] as? [[String: Any]])
            #expect(measures.count == 1)
            #expect(measures.first?["measure"] as? String == "forced-labour")
            #expect(measures.first?["measureLabel"] as? String == "Forced labour")
            #expect(measures.first?["figureCount"] as? Int == 2)
            #expect((gaps["yearsWithoutFigures"] as? [Any])?.isEmpty == true, "\(gaps)")
        }
    }

    @Test("one such figure, under a month filter open at its end, covers no reference month")
    func oneFigureUnstatedInMonths() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let lines = try Self.gaps(["--measure", "forced-labour", "--place", "NPL", "--from", "2019-01"], in: dir)
            #expect(lines.first == "- Forced labour: the source of its one figure states no period, so no reference month can be said to be covered.",
                    "\(lines)")
        }
    }

    @Test("under a period filter the years are listed as a gap, and the figure whose source states no period is said to cover none")
    func unstatedUnderPeriodFilter() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let arguments = ["--measure", "forced-labour", "--place", "NPL", "--period", "2018-2019"]
            let lines = try Self.gaps(arguments, in: dir)
            let clause = " The one figure whose source states no period covers none of them: the period it describes is not known."
            #expect(lines.prefix(2) == [
                "- Any measure in scope: no figure for 2 reference years (2018-2019)." + clause,
                "- Forced labour: no figure for 2 reference years (2018-2019)." + clause,
            ], "\(lines)")
            let gaps = try Self.json(arguments, in: dir)
            let years = try #require(gaps["yearsWithoutFigures"] as? [[String: Any]])
            #expect(years.map { $0["unstatedPeriodFigures"] as? Int } == [1, 1], "\(years)")
            #expect(gaps["unstatedPeriodMeasures"] == nil, "\(gaps)")
        }
    }

    @Test("where some figures state their period, the gap's years are listed and the others are said to cover none of them")
    func someFiguresUnstated() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir, figures: """
                key,measure,value,unit,place,period,period_basis,source,cites
                fl-2010,forced-labour,20000,persons,NPL,2010,,ilo-2014,
                fl-2013,forced-labour,21000,persons,NPL,2013,,ilo-2014,
                fl-2014,forced-labour,22000,persons,NPL,2014,publication,ilo-2014,
                fl-2019,forced-labour,30000,persons,NPL,2019,publication,news-2019,

                """)
            let arguments = ["--measure", "forced-labour", "--place", "NPL"]
            let lines = try Self.gaps(arguments, in: dir)
            let clause = " The 2 figures whose source states no period cover none of them: the periods they describe are not known."
            #expect(lines.prefix(2) == [
                "- Any measure in scope: no figure for 2 reference years (2011-2012)." + clause,
                "- Forced labour: no figure for 2 reference years (2011-2012)." + clause,
            ], "\(lines)")
            #expect(!lines.contains { $0.contains("can be said to be covered") }, "\(lines)")
            let years = try #require(try Self.json(arguments, in: dir)["yearsWithoutFigures"] as? [[String: Any]])
            #expect(years.map { $0["unstatedPeriodFigures"] as? Int } == [2, 2], "\(years)")
        }
    }

    @Test("the gap a moved repeat is filed under names the number a link of its chain changed, as the moved-repeat sentence does")
    func movedRepeatGapNamesNumber() throws {
        try withTemporaryDirectory { dir in
            // Daily News makes ILO's 24,000 in forced labour 240,000; the blog repeats it as it
            // stands, but as victims of trafficking for 2020.
            try Self.database(in: dir, figures: """
                key,measure,value,unit,place,period,period_basis,source,cites
                fl-2013,forced-labour,24000,persons,NPL,2013,,ilo-2014,
                news-fl,forced-labour,240000,persons,NPL,2013,,news-2019,fl-2013
                blog-tv,trafficking-victims,240000,persons,NPL,2020,,blog-2020,news-fl
                tv-2018,trafficking-victims,300,persons,NPL,2018,,office-2019,

                """)
            let lines = try Self.gaps(["--measure", "trafficking-victims", "--place", "NPL"], in: dir)
            let intro: String = "- Any measure in scope: no figure for 2 reference years (2019-2020) other than a repeat that changes "
                + "the measure or place of the figure it goes back to, and so covers no year of its own: "
            let item: String = "240,000, filed under 2020 (Smith 2020 [2]), goes back to 24,000 for 2013 (ILO 2014 [3]) and changes "
            let changes: String = "the number (240,000, not 24,000), the measure (Victims of trafficking in persons (estimated), not Forced "
                + "labour) and the period (2020, not 2013)."
            let expected: String = intro + item + changes
            #expect(lines.first == expected, "\(lines)")
            #expect(lines.contains { $0.contains("repeats Daily News 2019 [4], which changes what it repeats from ILO 2014 [3]: the number (240,000, not 24,000)") },
                    "\(lines)")
        }
    }

    @Test("a moved repeat that keeps its original's number is not said to change it")
    func movedRepeatSameNumber() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir, figures: """
                key,measure,value,unit,place,period,period_basis,source,cites
                fl-2013,forced-labour,24000,persons,NPL,2013,,ilo-2014,
                blog-tv,trafficking-victims,24000,persons,NPL,2020,,blog-2020,fl-2013
                tv-2018,trafficking-victims,300,persons,NPL,2018,,office-2019,

                """)
            let lines = try Self.gaps(["--measure", "trafficking-victims", "--place", "NPL"], in: dir)
            let expected: String = "24,000, filed under 2020 (Smith 2020 [2]), goes back to 24,000 for 2013 (ILO 2014 [3]) and changes the "
                + "measure (Victims of trafficking in persons (estimated), not Forced labour) and the period (2020, not 2013)."
            #expect(lines.first?.hasSuffix(expected) == true, "\(lines)")
        }
    }
}
