import Foundation
import Testing

/// The brief and check say what the data say where they used to be silent (session 18 review
/// R1, R3, R8, R14, R19, R20), as a user meets it: CSV files loaded with the built binary, then
/// `tipdb check` and `tipdb report brief` in Markdown, HTML and JSON.
@Suite("brief honesty: revisions, locators, bounds, parts, dates, changes (built binary)")
struct BriefHonestyCommandTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        src-a,report,Report A,,Institute A,2019,https://a.example.org,,2026-11-29,,
        src-b,report,Report B,,Institute B,2022-05,https://b.example.org,,2026-11-29,,
        src-c,report,Report C,,Institute C,2023,https://c.example.org,,2026-11-29,,

        """
    static let figures = """
        key,measure,value,unit,place,period,source,locator,method
        a-ms-2018,modern-slavery,"20,000",persons,NPL,2018,src-b,p. 4,estimated
        b-ms-2018,modern-slavery,"11,700",persons,NPL,2018,src-a,table 2,estimated
        b-ms-2016,modern-slavery,"9,000",persons,NPL,2016,src-a,p. 5,estimated
        a-dv-2021,detected-trafficking-victims,<5,persons,GBR,2021,src-a,p. 6,detected
        b-dv-2021,detected-trafficking-victims,7,persons,GBR,2021,src-b,p. 30,detected
        b-dv-2020,detected-trafficking-victims,4,persons,GBR,2020,src-b,p. 31,detected
        c-dv-2020,detected-trafficking-victims,<5,persons,GBR,2020,src-c,p. 2,detected
        c-fl,forced-labour,"1,000",persons,NPL,2020,src-c,p. 1,estimated
        c-state,state-imposed-forced-labour,"5,000",persons,NPL,2020,src-c,p. 2,estimated
        c-dv-change,detected-trafficking-victims,25,percent-change,FRA,2016-2019,src-c,p. 3,detected
        c-dv-2016,detected-trafficking-victims,100,persons,FRA,2016,src-c,p. 3,detected
        a-fm-2021,forced-marriage,"3,000",persons,NPL,2021,src-a,p. 9,estimated

        """
    /// A later load revises a-ms-2018 from 20,000 to 21,000.
    static let revision = """
        key,measure,value,unit,place,period,source,locator,method
        a-ms-2018,modern-slavery,"21,000",persons,NPL,2018,src-b,p. 4,estimated

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for (name, text) in [("sources.csv", Self.sources), ("figures.csv", Self.figures), ("figures-v2.csv", Self.revision)] {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let first = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Tipdb.run(["ingest", "--quiet", "figures-v2.csv"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
    }

    private func brief(_ format: String, in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", format], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    @Test("a revised key figure reads '21,000 (revised from 20,000)' with its locator, in Markdown, HTML, the estimates caution and the chart point")
    func revisedAndLocated() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try brief("md", in: dir)
            #expect(md.contains("| Modern slavery | Nepal | 21,000 (revised from 20,000) |  | 2018 | Institute B 2022 [1, p. 4] |\n"), "\(md)")
            #expect(md.contains("Institute A 2019 [3] gives 11,700 and Institute B 2022 [1] gives 21,000 (revised from 20,000); they differ beyond rounding."), "\(md)")
            #expect(md.contains("| 11,700 |  | Nepal | 2018 | all | estimated | Institute A 2019 [3, table 2] | b-ms-2018 |\n"), "\(md)")
            let html = try brief("html", in: dir)
            #expect(html.contains("<strong>21,000</strong> (revised from 20,000)</td><td></td><td>2018</td><td><a id=\"cite-1\" href=\"#ref-1\">Institute B 2022 [1, p. 4]</a></td>"), "\(html)")
            let json = try JSONSerialization.jsonObject(with: Data(try brief("json", in: dir).utf8)) as? [String: Any]
            let charts = json?["charts"] as? [[String: Any]] ?? []
            let points = charts.flatMap { $0["points"] as? [[String: Any]] ?? [] }
            let point = try #require(points.first { $0["key"] as? String == "a-ms-2018" })
            #expect(point["revised"] as? String == "revised from 20,000")
            let chart = try #require(charts.first { $0["measure"] as? String == "modern-slavery" })
            let svg = chart["svg"] as? String ?? ""
            #expect(svg.contains("<title>21,000 (revised from 20,000), 2018, Institute B 2022 [1]</title>"), "\(svg)")
            #expect(points.filter { $0["revised"] != nil }.count == 1)
        }
    }

    @Test("<5 against 7 is a disagreement named as published; <5 against 4 is not")
    func censoredDisagreement() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try brief("md", in: dir)
            #expect(md.contains("- **Caution (disagreement).** Detected victims of trafficking in the United Kingdom, 2021: Institute A 2019 [3] gives \\<5 and Institute B 2022 [1] gives 7; they differ beyond rounding."), "\(md)")
            #expect(!md.contains("United Kingdom, 2020:"), "\(md)")
        }
    }

    @Test("check warns of a part measure above its whole and of a period after publication; the brief cautions about both")
    func partsAndDates() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: measure-above-whole: a measure is larger than the broader measure it is part of (measures.parent) \
                for the same source, study, place, period, unit and subgroup (kept as published; say so when citing): a part cannot be \
                larger than its whole, so one of the two counts something else or is wrong (1)
                  c-state (5000) > c-fl (1000)
                warning: period-after-publication: figures whose reference period starts after their source was published: \
                a 2019 report cannot count victims detected in 2021, so the period or the source is wrong (or the figure is a \
                projection, which tipdb cannot mark); correct it or say so when citing (2)
                  a-dv-2021: period starts 2021, source src-a published 2019
                  a-fm-2021: period starts 2021, source src-a published 2019

                """), "\(check.stdout)")
            let md = try brief("md", in: dir)
            #expect(md.contains("- **Caution (subgroups).** Forced labour in Nepal, 2020, Institute C 2023 [2]: State-imposed forced labour (5,000) is larger than Forced labour (1,000), the measure it is part of. Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else or is wrong. Say so when citing either.\n"), "\(md)")
            #expect(md.contains("- **Caution (periods).** Forced marriage in Nepal: the key figure 3,000 (2021) is cited to Institute A 2019 [3], published 2019, before the period it counts began. Either the period or the source is wrong, or the figure is a projection; check it against the source before citing it (tipdb check lists such figures as period-after-publication).\n"), "\(md)")
        }
    }

    @Test("a change from 2016 to 2019 covers 2016 and 2019, not the years between")
    func changeYears() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "FRA"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("- Detected victims of trafficking: no figure for 2 reference years (2017-2018).\n"), "\(out.stdout)")
        }
    }
}
