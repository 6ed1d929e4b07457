import Report
import Storage
import Testing

/// Key figures promise "the most recent primary figure ... in the measure's usual unit": they
/// are what the `latest_estimates` view gives, and a measure and place without one is named
/// under Data gaps instead of being filled with a repeat, a subgroup, a rate or a change.
@Suite("key figures are latest_estimates")
struct KeyFigureTests {
    private func markdown(_ scratch: ScratchDatabase, _ filters: BriefFilters = BriefFilters()) throws -> String {
        try BriefRenderer.render(try scratch.brief(filters), as: .md, chartStem: nil).text
    }

    /// The key-figures section of a Markdown brief, from its heading to the next.
    private func keySection(_ text: String) throws -> String {
        let start = try #require(text.range(of: "## Key figures\n\n"))
        let end = try #require(text.range(of: "## Comparability", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    private static let caption = "The most recent primary figure for each measure and place: a figure that repeats no other "
        + "and was not merely reported, for everyone (no subgroup or breakdown), in the measure's usual unit (a change over "
        + "years is not a level), passing over a figure that cannot be right as stored (a negative count, bounds "
        + "that leave out the value, a date that does not exist, a unit that contradicts the measure, a count of detected "
        + "cases stored as an estimate, a repeat of a figure published after it) when there is another. "
        + "Measures and places with figures but no such figure are named under Data gaps.\n\n"

    @Test("a figure reported without cites (an unsourced repeat) is not a key figure")
    func unsourcedRepeat() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("blog", kind: "blog-post", authors: "Doe, Jane", publisher: nil, published: "2023")
        try scratch.figure("uk-10000", measure: "modern-slavery", value: 10_000, place: "GBR", period: ("2023", "2023"),
                           source: "blog", method: "reported")
        let text = try markdown(scratch, BriefFilters(places: ["GBR"]))
        #expect(try keySection(text) == Self.caption
            + "No figure in scope is a primary figure for everyone in its measure's usual unit: see Data gaps and the figures tables.\n\n")
        #expect(text.contains("""
            - 1 measure and place has figures but no primary figure for everyone in the measure's usual unit, so no key \
            figure: Modern slavery in the United Kingdom (see the figures tables).\n
            """))
        let html = try BriefRenderer.render(try scratch.brief(BriefFilters(places: ["GBR"])), as: .html, chartStem: nil).text
        #expect(html.contains("""
            <p>No figure in scope is a primary figure for everyone in its measure&#39;s usual unit: see Data gaps and the figures tables.</p>
            </section>
            """))
    }

    @Test("a change over years (USD-change, percent-change) is not a level, and neither is a rate or a subgroup")
    func changesAreNotLevels() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2024")
        try scratch.figure("profits-2014", measure: "forced-labour-profits", value: 150e9, unit: "USD",
                           period: ("2014", "2014"), source: "ilo")
        try scratch.figure("profits-up", measure: "forced-labour-profits", value: 64e9, unit: "USD-change",
                           period: ("2014", "2021"), source: "ilo")
        try scratch.figure("profits-up-percent", measure: "forced-labour-profits", value: 37, unit: "percent-change",
                           period: ("2014", "2021"), source: "ilo")
        try scratch.figure("victims-up", measure: "detected-trafficking-victims", value: 25, unit: "percent-change",
                           period: ("2019", "2022"), source: "ilo", method: "detected")
        try scratch.figure("rate", value: 5.3, unit: "per-1000", place: "FRA", source: "ilo")
        try scratch.figure("women", value: 11_400_000, place: "FRA", source: "ilo", sex: "female")

        // A brief for a period says that the period asked for comes first (session 55).
        #expect(try keySection(try markdown(scratch, BriefFilters(from: 2016, to: 2016))) == Self.caption.dropLast(2)
            + " In a brief for a period, a figure for exactly that period comes first, then one within it, and only then one "
            + "that runs past it, which a caution names.\n\n"
            + "No figure in scope is a primary figure for everyone in its measure's usual unit: see Data gaps and the figures tables.\n\n")
        let all = try markdown(scratch)
        let keys = try keySection(all)
        #expect(keys.hasPrefix(Self.caption + """
            | Measure | Place | Figure | Range | Reference period | Source |
            | --- | --- | --- | --- | --- | --- |
            | Illegal profits from forced labour | World | US\\$150 billion a year |  | 2014 | ILO 2024 [1] |\n\n
            """), "\(keys)")
        // 2014 is 12 years before the brief's 2026: the later change is named, and why it is no key figure.
        #expect(keys.contains("- **Caution (age).** Illegal profits from forced labour, World: the key figure, US\\$150 billion a year (ILO 2024 [1]), describes 2014, a period that ended 12 years before this brief; a later figure of this measure and place is in the tables below, but it is in another unit, so not a key figure: "), "\(keys)")
        #expect(all.contains("""
            - 2 measures and places have figures but no primary figure for everyone in the measure's usual unit, so no key \
            figure: Forced labour in France and Detected victims of trafficking in the world (see the figures tables).\n
            """))
    }

    @Test("the brief picks what latest_estimates picks: breakdowns, superseded releases and ties included")
    func sameAsView() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("old", publisher: "International Labour Office", published: "2020")
        try scratch.source("new", publisher: "International Labour Office", published: "2022-05")
        try scratch.source("export-1", publisher: "UNODC", published: "2024-11-30")
        try scratch.source("export-2", publisher: "UNODC", published: "2025-04-14")
        // Same period in two sources: the later publication wins, whatever the values.
        try scratch.figure("wld-old", value: 30_000_000, source: "old")
        try scratch.figure("wld-new", value: 20_000_000, source: "new")
        // A span ending in 2021 loses to 2021 alone; a censored count is still an estimate.
        try scratch.figure("fra-span", value: 900, place: "FRA", period: ("2019", "2021"), source: "old")
        try scratch.figure("fra-small", value: nil, place: "FRA", source: "old", low: 1, high: 4, censored: true)
        // GLOTIP-like: the newest figure is for one citizenship only; the next newest left the series.
        try scratch.figure("phl-nationals", measure: "detected-trafficking-victims", value: 1_200, place: "PHL",
                           period: ("2022", "2022"), source: "export-2", method: "detected")
        try scratch.figure("phl-gone", measure: "detected-trafficking-victims", value: 1_700, place: "PHL",
                           period: ("2021", "2021"), source: "export-1", method: "detected")
        try scratch.figure("phl-kept", measure: "detected-trafficking-victims", value: 1_610, place: "PHL",
                           period: ("2020", "2020"), source: "export-2", method: "detected")
        try scratch.db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('phl-nationals', 'citizenship', 'Nationals')")
        try scratch.db.execute(
            """
            INSERT INTO series_vintages (id, series, source, released, sha256, batch_id)
            VALUES (1, 'unodc-glotip', 'export-1', '2024-11-30', 'a', ?), (2, 'unodc-glotip', 'export-2', '2025-04-14', 'b', ?)
            """, [scratch.batch, scratch.batch])
        try scratch.db.execute(
            """
            INSERT INTO series_figures (figure, series, first_vintage, last_vintage)
            VALUES ('phl-gone', 'unodc-glotip', 1, 1), ('phl-kept', 'unodc-glotip', 1, 2), ('phl-nationals', 'unodc-glotip', 2, 2)
            """)

        let brief = try scratch.brief()
        let view = try scratch.db.rows("SELECT figure FROM latest_estimates ORDER BY figure").compactMap { $0.string("figure") }
        #expect(brief.keyFigures.map(\.figure.key).sorted() == view)
        #expect(brief.keyFigures.map(\.figure.key) == ["wld-new", "fra-small", "phl-kept"])
        #expect(brief.keyFigures.map(\.figure.text) == ["20 million", "<5", "1,610"])
        // The figure the latest release dropped is no key figure; since session 54 a chart may draw it, marked as only
        // in an earlier release (TrendEditionsTests), since a trend lost the years only an earlier edition published.
        // The figure the latest release dropped is still listed, and says so; the others do not.
        let entries = Dictionary(brief.figureGroups.flatMap(\.figures).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(entries["phl-gone"]?.release == "not in the latest release (2025-04-14)")
        #expect(entries["phl-kept"]?.release == nil && entries["phl-nationals"]?.release == nil && entries["wld-old"]?.release == nil)
        let markdown = try BriefRenderer.render(brief, as: .md, chartStem: nil).text
        #expect(markdown.contains("| detected; not in the latest release (2025-04-14) |"))
        let csv = try BriefRenderer.render(brief, as: .csv, chartStem: nil).text
        let rows = csv.components(separatedBy: "\r\n")  // RFC 4180 line ends
        #expect(rows.first?.hasSuffix(",notes,release,reference,period_basis,later_edition,breakdown,share_of") == true)
        #expect(rows.contains { $0.hasPrefix("phl-gone,") && $0.contains(",not in the latest release (2025-04-14),") })
    }

    @Test("a chart names the censored figures of its series that it cannot draw, under the chart, where it is read")
    func censoredNotDrawn() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s", publisher: "United Nations Office on Drugs and Crime", published: "2024")
        let measure = "detected-trafficking-victims"
        try scratch.figure("gha-2019", measure: measure, value: 300, place: "GHA", period: ("2019", "2019"), source: "s", method: "detected")
        try scratch.figure("gha-2020", measure: measure, value: 250, place: "GHA", period: ("2020", "2020"), source: "s", method: "detected")
        try scratch.figure("gha-2021", measure: measure, value: nil, place: "GHA", period: ("2021", "2021"), source: "s",
                           method: "detected", low: 1, high: 4, censored: true)
        let brief = try scratch.brief()
        let chart = try #require(brief.charts.first)
        #expect(chart.points.map(\.key) == ["gha-2019", "gha-2020"])
        #expect(chart.sourceLine.hasSuffix(
            "Reference periods, not publication years. Not shown, published only as a bound: <5 (2021, UNODC 2024 [1]). Drawn by tipdb."),
            "\(chart.sourceLine)")
        #expect(chart.svg.contains("Not shown, published only as a bound"))
        // The key figure is the censored one: the latest.
        #expect(brief.keyFigures.map(\.figure.key) == ["gha-2021"])
    }

    @Test("periods at different precisions compare by their days (2020-2021 ends after 2021-03), then whole years before months before days (2020 before 2020-12), then the later start")
    func periodsByDays() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s", publisher: "International Labour Office", published: "2022")
        // As text '2021-03' > '2021', but the span ends in December.
        try scratch.figure("fra-span", value: 1_000, place: "FRA", period: ("2020", "2021"), source: "s")
        try scratch.figure("fra-march", value: 500, place: "FRA", period: ("2021-03", "2021-03"), source: "s")
        try scratch.figure("deu-june-30", value: 7, place: "DEU", period: ("2021-06-30", "2021-06-30"), source: "s")
        try scratch.figure("deu-year", value: 8, place: "DEU", period: ("2021", "2021"), source: "s")
        // Both end on 28 February 2021: the month is written in coarser units, so it speaks for the
        // time (a count for the month holds the day's; for a level on a day, both say the same).
        try scratch.figure("ita-february", value: 9, place: "ITA", period: ("2021-02", "2021-02"), source: "s")
        try scratch.figure("ita-day", value: 10, place: "ITA", period: ("2021-02-28", "2021-02-28"), source: "s")
        // 2020 is a leap year: February ends on the 29th, after the 28th.
        try scratch.figure("esp-28", value: 11, place: "ESP", period: ("2020-02-28", "2020-02-28"), source: "s")
        try scratch.figure("esp-february", value: 12, place: "ESP", period: ("2020-01", "2020-02"), source: "s")
        // All end on 31 December 2020: the year's count, not December's (a fifteenth of it) nor the
        // last day's, and not the three years' either, which start earlier.
        try scratch.figure("nga-year", value: 12_000, place: "NGA", period: ("2020", "2020"), source: "s")
        try scratch.figure("nga-december", value: 800, place: "NGA", period: ("2020-12", "2020-12"), source: "s")
        try scratch.figure("nga-last-day", value: 30, place: "NGA", period: ("2020-12-31", "2020-12-31"), source: "s")
        try scratch.figure("nga-three-years", value: 30_000, place: "NGA", period: ("2018", "2020"), source: "s")

        let brief = try scratch.brief()
        let view = try scratch.db.rows("SELECT figure FROM latest_estimates ORDER BY figure").compactMap { $0.string("figure") }
        #expect(view == ["deu-year", "esp-february", "fra-span", "ita-february", "nga-year"])
        #expect(brief.keyFigures.map(\.figure.key).sorted() == view)
        // figure_citations writes spans of months or days with a slash, years with a hyphen.
        let periods = try scratch.db.rows("SELECT figure, reference_period FROM figure_citations WHERE figure IN ('fra-span', 'esp-february', 'ita-day') ORDER BY figure")
            .map { "\($0.string("figure") ?? ""): \($0.string("reference_period") ?? "")" }
        #expect(periods == ["esp-february: 2020-01/2020-02", "fra-span: 2020-2021", "ita-day: 2021-02-28"])
    }
}
