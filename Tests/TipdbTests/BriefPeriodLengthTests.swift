import Foundation
import Testing

/// Counts and money over periods other than a year, and charts read alone (review S30 #4, #6,
/// #10, #11, #12): a month's count drawn beside years' counts with no caution on the chart, a key
/// figure that was one month's count with nothing in its row saying so, money for a month or six
/// years printed "a year", other places of a chart unnamed, a minimum labelled as a point value,
/// and a count of victims called "detected cases".
@Suite("brief: periods other than a year, and what a chart says alone (built binary)")
struct BriefPeriodLengthTests {
    private static let sources = """
        key,kind,title,authors,publisher,date,url,accessed
        nat,dataset,National statistics,,Statistics Office,2021,https://example.org/n,2026-11-29

        """

    /// Writes `figures` beside `sources`, and loads both into a new database in `dir`.
    private func load(_ figures: String, sources: String = Self.sources, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let ingest = try Tipdb.run(["ingest", "sources.csv", "f.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// The text of the SVG element `tag` (`title`, `desc`) whose id ends with `-tag`.
    private func element(_ tag: String, in svg: String) -> String? {
        guard let start = svg.range(of: "-\(tag)\">"), let end = svg.range(of: "</\(tag)>", range: start.upperBound..<svg.endIndex) else {
            return nil
        }
        return String(svg[start.upperBound..<end.lowerBound])
    }

    private static let monthAfterYears = """
        key,measure,value,unit,place,period,source,method
        a2018,detected-trafficking-victims,1150,persons,DEU,2018,nat,detected
        a2019,detected-trafficking-victims,1200,persons,DEU,2019,nat,detected
        a2020m,detected-trafficking-victims,110,persons,DEU,2020-12,nat,detected

        """
    private static let mixed = "Periods of one month (December 2020) and one year (2018 and 2019) are mixed; a month's count is not comparable with a year's."

    @Test("a chart of a month's count beside years' counts carries the periods caution in its source line, title, description and JSON")
    func chartOfMixedPeriods() throws {
        try withTemporaryDirectory { dir in
            try load(Self.monthAfterYears, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let markdown = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(markdown.contains("\nSource: Statistics Office 2021 [1]. " + Self.mixed + " Reference periods, not publication years. Drawn by tipdb.\n"),
                    "\(markdown)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            #expect(element("title", in: svg) == "Detected victims of trafficking, Germany, 2018-2020: periods of different length, not comparable")
            #expect(element("desc", in: svg)?.hasSuffix(" Periods of one month (December 2020) and one year (2018 and 2019) are mixed; a month&#39;s count is not comparable with a year&#39;s.") == true,
                    "\(svg)")
            let json = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let chart = (object?["charts"] as? [[String: Any]])?.first
            #expect(chart?["caution"] as? String == Self.mixed)
        }
    }

    @Test("a key figure that is one month's count says so under the key figures, naming the latest count over one year and the periods caution's lengths, which is then left out")
    func keyFigureOfOneMonth() throws {
        try withTemporaryDirectory { dir in
            try load(Self.monthAfterYears, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                | Detected victims of trafficking | Germany | 110 |  | December 2020 | Statistics Office 2021 [1] |

                - **Caution (period).** Detected victims of trafficking, Germany: the key figure, 110 (Statistics Office 2021 [1]), \
                is a count over one month (December 2020), not over a year: it is the latest figure, but the counts of this measure and \
                place in the tables are for periods of one month (December 2020) and one year (2018 and 2019), and a month's count is not \
                comparable with a year's. The latest count over one year is 1,200 for 2019 (Statistics Office 2021 [1]).

                ## Comparability
                """), "\(brief.stdout)")
            // One caution, not two that say the same: the periods caution of Germany's counts is left out.
            #expect(!brief.stdout.contains("Caution (periods)"), "\(brief.stdout)")
        }
    }

    /// Money measures are a year's amount by definition, so "a year" stays (ILO 2005's US$32 billion a
    /// year describes 1995-2004); the caution asks to check that a month's amount is a year's. Six
    /// whole years' amount is a yearly amount over them, as written: no caution (session 33).
    @Test("money for one month, six years or one year is written \"a year\" as the measure defines it; only the month's is cautioned")
    func moneyOverOtherPeriods() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method
                q,forced-labour-profits,5 million,USD,PHL,2020-06,nat,estimated
                cum,trafficking-profits,40 million,USD,THA,2015-2020,nat,estimated
                fy,forced-labour-profits,7 million,USD,VNM,2019-07/2020-06,nat,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Illegal profits from forced labour | Philippines | US\\$5 million a year |  | June 2020 | Statistics Office 2021 [1] |\n"),
                    "\(brief.stdout)")
            #expect(brief.stdout.contains("| Illegal profits from trafficked forced labour | Thailand | US\\$40 million a year |  | 2015-2020 | Statistics Office 2021 [1] |\n"))
            #expect(brief.stdout.contains("| Illegal profits from forced labour | Viet Nam | US\\$7 million a year |  | July 2019 to June 2020 | Statistics Office 2021 [1] |\n"))
            // The month's key figure's own caution says what the periods caution said of its place, which is left out.
            #expect(!brief.stdout.contains("Thailand: the key figure"), "six whole years: \(brief.stdout)")
            #expect(!brief.stdout.contains("Caution (periods)"), "\(brief.stdout)")
            #expect(brief.stdout.contains("""
                - **Caution (period).** Illegal profits from forced labour, the Philippines: the key figure, US\\$5 million a year (Statistics Office 2021 [1]), \
                is for one month (June 2020), not whole years, while the measure is a year's amount, as the brief writes it: \
                check that its source gave a yearly amount, not a total for the period. No primary amount for whole years of this measure and place is in the brief.

                """), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Viet Nam: the key figure, US\\$7 million a year (Statistics Office 2021 [1]), is an amount"),
                    "a financial year is one year: \(brief.stdout)")
            // Lineage and search write the number by the same rule.
            let lineage = try Tipdb.run(["report", "lineage", "q"], in: dir)
            #expect(lineage.stdout.contains("  US$5 million a year: Illegal profits from forced labour, the Philippines, reference period June 2020\n"), "\(lineage.stdout)")
            let search = try Tipdb.run(["search", "Thailand"], in: dir)
            #expect(search.stdout.contains("THA (Thailand), 2015-2020: US$40 million a year — Statistics Office 2021\n"), "\(search.stdout)")
        }
    }

    @Test("a chart names the other places it leaves to the table")
    func otherPlacesNamed() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method
                a1,detected-trafficking-victims,100,persons,FRA,2019,nat,detected
                a2,detected-trafficking-victims,120,persons,FRA,2020,nat,detected
                b1,detected-trafficking-victims,900,persons,DEU,2019,nat,detected
                b2,detected-trafficking-victims,700,persons,DEU,2020,nat,detected
                b3,detected-trafficking-victims,650,persons,DEU,2021,nat,detected

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            #expect(element("desc", in: svg) == "Detected victims of trafficking in Germany, 3 primary figures in persons for everyone (no subgroup), "
                + "by reference period; multi-year periods are drawn as spans and ranges as error bars. "
                + "1 other place in scope has figures for this measure, not drawn here: France; see the table. "
                + "Figures drawn: 2019, 900, Statistics Office 2021 [1]; 2020, 700, Statistics Office 2021 [1]; 2021, 650, Statistics Office 2021 [1].",
                "\(svg)")
        }
    }

    @Test("a chart names a place whose figures are all in another unit (a rate), marked so: it counted the places of its own unit only")
    func otherPlaceInAnotherUnit() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method
                a1,detected-trafficking-victims,100,persons,FRA,2019,nat,detected
                b1,detected-trafficking-victims,900,persons,DEU,2019,nat,detected
                b2,detected-trafficking-victims,700,persons,DEU,2020,nat,detected
                c1,detected-trafficking-victims,1.5,per-100000,ITA,2020,nat,detected

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            #expect(element("desc", in: svg) == "Detected victims of trafficking in Germany, 2 primary figures in persons for everyone (no subgroup), "
                + "by reference period; multi-year periods are drawn as spans and ranges as error bars. "
                + "2 other places in scope have figures for this measure, not drawn here: France and Italy (in another unit only); "
                + "see the table. Figures drawn: 2019, 900, Statistics Office 2021 [1]; 2020, 700, Statistics Office 2021 [1].", "\(svg)")
        }
    }

    @Test("a minimum estimate is labelled \"≥\" on the chart, not only in its hover title")
    func minimumLabelled() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                m1,forced-labour,12.3 million,12.3 million,,,persons,WLD,1995-2004,nat,estimated
                m2,forced-labour,20.9 million,,,,persons,WLD,2002-2011,nat,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-forced-labour.svg"), encoding: .utf8)
            #expect(svg.contains("fill=\"#000000\">≥ 12.3 million</text>"), "\(svg)")
            #expect(svg.contains("fill=\"#000000\">20.9 million</text>"))
        }
    }

    @Test("the lineage of a repeated count of detected victims calls it a count of detected victims, not of cases")
    func countWordOfPersons() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method,cites
                n2020,detected-trafficking-victims,41,persons,NOR,2020,nat,detected,
                b2020,detected-trafficking-victims,41,persons,NOR,2020,blog,reported,n2020

                """, sources: Self.sources + "blog,post-weblog,Blog,,Blogger,2022,https://example.org/b,2026-11-29\n", in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02"], in: dir)
            #expect(brief.stdout.contains("- 41 (Blogger 2022 [2]) repeats Statistics Office 2021 [1]: a count of detected victims for 2020.\n"),
                    "\(brief.stdout)")
        }
    }

    /// Nepal's fiscal years run from Shrawan 1 (16 or 17 July) to the end of Asar: 365 or 366 days,
    /// not whole calendar months. Read as "a count over 365 days", the key figure was "not
    /// comparable" with the calendar year's, which the caution then named as the latest count over
    /// one year; a 366-day year was another length again, and an amount of money over 365 days
    /// "not whole years" (review of session 39).
    @Test("a fiscal year of 365 or 366 days is one year: no period caution beside a calendar year, money over it a year's amount, check's series compare it")
    func fiscalYearOfDays() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method
                npl-fy2079,detected-trafficking-victims,3000,persons,NPL,2022-07-17/2023-07-16,nat,detected
                npl-fy2078,detected-trafficking-victims,280,persons,NPL,2021-07-16/2022-07-16,nat,detected
                npl-cal2021,detected-trafficking-victims,260,persons,NPL,2021,nat,detected
                npl-profits,trafficking-profits,2.5 million,USD,NPL,2022-07-17/2023-07-16,nat,estimated

                """, sources: Self.sources.replacingOccurrences(of: ",2021,", with: ",2024,"), in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "| Detected victims of trafficking | Nepal | 3,000 |  | 2022-07-17 to 2023-07-16 | Statistics Office 2024 [1] |\n"),
                "\(brief.stdout)")
            for words in ["Caution (period)", "Caution (periods)", "365 days", "366 days", "not whole years", "not comparable"] {
                #expect(!brief.stdout.contains(words), "\(words): \(brief.stdout)")
            }
            // The fiscal year's 3,000 after 280 for the year before is a jump within one series of years.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("npl-fy2079 (3000) is 10.7 times npl-fy2078 (280), the figure before it in its series"), "\(check.stdout)")
        }
    }

    /// Bangladesh Police's counts for January to March 2023 were drawn under year labels at mid-2022
    /// and mid-2023, a quarter of the way from "2022": they read as late 2022 (review of session 39).
    @Test("a chart of monthly figures labels its time axis by month, under the points, not by year")
    func monthlyAxis() throws {
        try withTemporaryDirectory { dir in
            try load("""
                key,measure,value,unit,place,period,source,method
                bd-2023-01,detected-trafficking-victims,120,persons,BGD,2023-01,nat,detected
                bd-2023-02,detected-trafficking-victims,95,persons,BGD,2023-02,nat,detected
                bd-2023-03,detected-trafficking-victims,143,persons,BGD,2023-03,nat,detected

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2024-12-02", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("b-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            let axis = try #require(svg.components(separatedBy: "<g class=\"x-axis\"").last?.components(separatedBy: "</g>").first)
            let labels = axis.components(separatedBy: "\">").dropFirst().compactMap { $0.components(separatedBy: "</text>").count > 1 ? $0.components(separatedBy: "</text>")[0] : nil }
            #expect(labels == ["January 2023", "February 2023", "March 2023", "Reference period (month)"], "\(axis)")
            // Each month's label stands under its point: the tick's x is the marker's.
            let points = svg.components(separatedBy: "<g class=\"points\">").last ?? ""
            for x in axis.components(separatedBy: "<text x=\"").dropFirst().dropLast().map({ $0.components(separatedBy: "\"")[0] }) {
                #expect(points.contains("x=\"\(x)\""), "\(x): \(points)")
            }
        }
    }
}
