import Report
import Storage
import Testing

@Suite("comparability warnings and data gaps")
struct ComparabilityAndGapTests {
    private func base() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo-a", publisher: "International Labour Office", published: "2012")
        try scratch.source("ilo-b", publisher: "International Labour Office", published: "2017")
        try scratch.source("unodc", publisher: "United Nations Office on Drugs and Crime", published: "2021")
        return scratch
    }

    @Test("one series from one source: nothing to warn about")
    func noMix() throws {
        let scratch = try base()
        // A recent period: one that ended more than 10 years before the brief gets an age caution.
        try scratch.figure("a", value: 20_900_000, period: ("2012", "2021"), source: "ilo-a")
        let brief = try scratch.brief()
        #expect(brief.comparability.warnings.isEmpty)
        #expect(brief.comparability.definitions.map(\.measure) == ["forced-labour"])
    }

    @Test("prevalence estimates next to detected counts")
    func countsMix() throws {
        let scratch = try base()
        try scratch.figure("a", source: "ilo-a")
        try scratch.figure("d", measure: "detected-trafficking-victims", value: 50_000, period: ("2018", "2018"), source: "unodc", method: "detected")
        let warning = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "counts" })
        #expect(warning.text.contains("prevalence estimates, which estimate everyone in the situation at a point in time (Forced labour)"))
        #expect(warning.text.contains("counts of detected victims, which count only the people who came to the attention of authorities or organisations (Detected victims of trafficking)"))
        #expect(warning.text.contains("must not be compared with them as if they counted the same people"))
    }

    @Test("different concepts: trafficking and forced labour")
    func conceptsMix() throws {
        let scratch = try base()
        try scratch.figure("a", source: "ilo-a")
        try scratch.figure("t", measure: "trafficking-victims", source: "ilo-a")
        let warnings = try scratch.brief().comparability.warnings
        let warning = try #require(warnings.first { $0.kind == "concepts" })
        #expect(warning.text.hasPrefix("The figures belong to 2 different concepts: forced labour, defined in ILO Convention No. 29 of 1930 as work"))
        #expect(warning.text.contains("A figure for a narrower concept is not a lower estimate of a broader one"))
        #expect(!warnings.contains { $0.kind == "counts" })
    }

    /// One fixed paragraph spoke of trafficking in a brief on child labour and forced labour and
    /// told donors not to add forced labour and forced marriage, which make modern slavery (review
    /// of session 55): each relation is said only for the concepts in scope.
    @Test("different concepts: only the relations of the concepts in scope, the one sum the estimates make, child labour apart")
    func conceptRelations() throws {
        let scratch = try base()
        try scratch.figure("fl", value: 27_600_000, period: ("2021", "2021"), source: "ilo-b")
        try scratch.figure("cl", measure: "child-labour", value: 160_000_000, period: ("2020", "2020"), source: "ilo-b")
        let child = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "concepts" })
        #expect(child.text.contains("Child labour is not forced labour of children"), "\(child.text)")
        #expect(child.text.contains("neither a part nor a share of child labour's"), "\(child.text)")
        #expect(!child.text.contains("trafficking") && !child.text.contains("forced marriage"), "\(child.text)")

        try scratch.figure("fm", measure: "forced-marriage", value: 22_000_000, period: ("2021", "2021"), source: "ilo-b")
        let all = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "concepts" })
        #expect(all.text.contains("figures of the two from one estimate and period add up to its modern slavery figure"), "\(all.text)")
        #expect(all.text.hasSuffix("figures for different concepts must not, but for that sum, be added up or compared as if they counted the same people."), "\(all.text)")
        #expect(!all.text.contains("victims of trafficking"), "\(all.text)")
    }

    @Test("successive estimates from different studies are not a trend")
    func methodsChanged() throws {
        let scratch = try base()
        try scratch.study("s2012", source: "ilo-a", method: nil, period: ("2002", "2011"), places: ["WLD"])
        try scratch.study("s2017", source: "ilo-b", method: "mixed", period: ("2016", "2016"), places: ["WLD"])
        try scratch.figure("a", value: 20_900_000, period: ("2002", "2011"), source: "ilo-a", study: "s2012")
        try scratch.figure("b", value: 24_900_000, period: ("2016", "2016"), source: "ilo-b", study: "s2017")
        let warning = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "methods" })
        #expect(warning.text.hasPrefix("Forced labour, World: the 2 figures 20.9 million (2002-2011, ILO 2012 [2]) and 24.9 million (2016, ILO 2017 [1])"))
        #expect(warning.text.contains("come from 2 different studies or sources (stated methods: mixed methods)"))
        #expect(warning.text.hasSuffix("so the differences between them are not a trend."))
        #expect(warning.figures == ["a", "b"])
    }

    @Test("one measure in several units")
    func unitsMix() throws {
        let scratch = try base()
        try scratch.figure("a", source: "ilo-a")
        try scratch.figure("r", value: 3, unit: "per-1000", source: "ilo-a")
        let warning = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "units" })
        #expect(warning.text.hasPrefix("Forced labour is given in 2 different units (persons and per 1,000 population)"))
    }

    @Test("a region's countries without figures are counted and listed with \"and N more\"")
    func placeGaps() throws {
        let scratch = try base()
        try scratch.figure("asia", value: 15_100_000, place: "ILO-ASIA-PACIFIC", source: "ilo-b")
        try scratch.figure("thailand", value: 100_000, place: "THA", source: "ilo-b")
        let brief = try scratch.brief(BriefFilters(places: ["Asia and the Pacific"]))
        let countries = try scratch.db.integer("SELECT count(*) FROM place_members WHERE region = 'ILO-ASIA-PACIFIC'")
        #expect(brief.scope.description.contains("Asia and the Pacific and its \(countries) countries"))
        // Heard Island and McDonald Islands and the US Minor Outlying Islands have no permanent population.
        let inhabited = try scratch.db.integer("""
            SELECT count(*) FROM place_members WHERE region = 'ILO-ASIA-PACIFIC'
            AND country NOT IN ('ATA', 'BVT', 'IOT', 'ATF', 'HMD', 'SGS', 'UMI')
            """)
        #expect(inhabited == countries - 2)
        let gaps = brief.gaps.placesWithoutFigures
        #expect(gaps.total == Int(inhabited))
        #expect(gaps.count == Int(inhabited) - 1)
        #expect(gaps.names.count == 12)
        #expect(gaps.more == gaps.count - 12)
        #expect(gaps.text.hasSuffix(" and \(gaps.more) more"))
        #expect(!gaps.names.contains("Thailand"))
        #expect(brief.gaps.sentences[0].hasPrefix("\(gaps.count) of the \(inhabited) inhabited countries in scope have no figure"))
    }

    @Test("years without figures, single sources, places without studies")
    func otherGaps() throws {
        let scratch = try base()
        try scratch.figure("a", value: 1, period: ("2010", "2011"), source: "ilo-a")
        try scratch.figure("b", value: 2, period: ("2015", "2015"), source: "ilo-a")
        let brief = try scratch.brief()
        #expect(brief.gaps.yearsWithoutFigures.map(\.years) == ["2012-2014", "2012-2014"])
        #expect(brief.gaps.singleSourceMeasures.map(\.measure) == ["forced-labour"])
        #expect(brief.gaps.placesWithoutStudies.names == ["World"])
        #expect(brief.gaps.sentences.contains("Forced labour: no figure for 3 reference years (2012-2014)."))
        let window = try scratch.brief(BriefFilters(from: 2009, to: 2016))
        #expect(window.gaps.yearsWithoutFigures.first?.years == "2009, 2012-2014, 2016")
    }

    @Test("filters: sub-measures, unknown names, empty scope")
    func filters() throws {
        let scratch = try base()
        try scratch.figure("sub", measure: "state-imposed-forced-labour", source: "ilo-a")
        try scratch.figure("other", measure: "forced-marriage", source: "ilo-a")
        let brief = try scratch.brief(BriefFilters(measures: ["forced-labour"]))
        #expect(brief.figureGroups.map(\.measure) == ["state-imposed-forced-labour"])
        #expect(brief.scope.description.hasPrefix("Forced labour (with its sub-measures); all places; all reference years"))
        #expect(throws: ReportError.unknownMeasure("forced-labor", suggestions: ["forced-labour"])) {
            try scratch.brief(BriefFilters(measures: ["forced-labor"]))
        }
        #expect(throws: ReportError.unknownPlace("Wrold", suggestions: ["World"])) { try scratch.brief(BriefFilters(places: ["Wrold"])) }
        let empty = BriefFilters(measures: ["forced-labour"], places: ["FRA"], from: 2030)
        #expect(throws: ReportError.emptyScope(filters: "--measure forced-labour --place FRA --from 2030")) { try scratch.brief(empty) }
        #expect(ReportError.emptyScope(filters: empty.commandLine).errorDescription
            == "no figures match --measure forced-labour --place FRA --from 2030; widen the filters or ingest figures first (tipdb status shows what the database holds)")
        #expect(ReportError.emptyScope(filters: "").errorDescription == "the database holds no figures yet; load some with tipdb ingest")
    }
}
