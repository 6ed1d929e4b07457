import Report
import Storage
import Testing

/// A brief is read by policy teams who never run tipdb: its words say what the figures are, in
/// their terms, and claim nothing the brief does not hold (review W6, W7, W21, W8).
@Suite("the brief speaks to a policy reader")
struct BriefWordsTests {
    private func base() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2022")
        try scratch.source("unodc", publisher: "United Nations Office on Drugs and Crime", published: "2021")
        return scratch
    }

    private func markdown(_ scratch: ScratchDatabase, _ filters: BriefFilters = BriefFilters()) throws -> String {
        try BriefRenderer.render(try scratch.brief(filters), as: .md, chartStem: nil).text
    }

    @Test("without --measure or --concept the title names the concepts the figures belong to, not all of them")
    func titleFromConceptsPresent() throws {
        let scratch = try base()
        try scratch.figure("isl", measure: "detected-trafficking-victims", value: 3, place: "ISL", period: ("2018", "2018"),
                           source: "unodc", method: "detected")
        #expect(try scratch.brief(BriefFilters(places: ["Iceland"])).title == "Trafficking in persons in Iceland: the published figures")
        try scratch.figure("fl", value: 27_600_000, source: "ilo")
        try scratch.figure("fm", measure: "forced-marriage", value: 22_000_000, source: "ilo")
        // In the order of the concepts, whichever measure comes first.
        #expect(try scratch.brief().title == "Trafficking in persons, forced labour and forced marriage: the published figures")
        #expect(try scratch.brief(BriefFilters(places: ["WLD"])).title
            == "Trafficking in persons, forced labour and forced marriage in the world: the published figures")
        #expect(try scratch.brief(BriefFilters(places: ["Iceland"])).title == "Trafficking in persons in Iceland: the published figures")
        // Asked for, a concept is the title whatever the figures.
        #expect(try scratch.brief(BriefFilters(concepts: ["forced-labour"])).title == "Forced labour: the published figures")
    }

    @Test("the scope line says \"with its sub-measures\" only of a measure whose sub-measures have figures, as one list")
    func scopeLine() throws {
        let scratch = try base()
        try scratch.figure("fl", value: 27_600_000, source: "ilo")
        try scratch.figure("state", measure: "state-imposed-forced-labour", value: 3_900_000, source: "ilo")
        try scratch.figure("dtv", measure: "detected-trafficking-victims", value: 50_000, period: ("2018", "2018"),
                           source: "unodc", method: "detected")
        let brief = try scratch.brief(BriefFilters(measures: ["forced-labour", "detected-trafficking-victims"]))
        #expect(brief.scope.description
            == "Forced labour (with its sub-measures) and detected victims of trafficking; all places; all reference years")
        let asked = try scratch.brief(BriefFilters(measures: ["forced-labour", "state-imposed-forced-labour"]))
        #expect(asked.scope.description.hasPrefix("Forced labour (with its sub-measures, state-imposed forced labour among them); "))
        let text = try markdown(scratch)
        #expect(text.contains("Contents: 3 figures for 3 measures and 1 place, from 2 sources; no studies.\n"), "\(text.prefix(400))")
        let html = try BriefRenderer.render(try scratch.brief(), as: .html, chartStem: nil).text
        #expect(html.contains("from 2 sources; no studies.</p>"))
    }

    @Test("key figures are called figures, and those passed over are said by what is wrong, not by a command")
    func keyFigureCaption() throws {
        let scratch = try base()
        try scratch.figure("dtv", measure: "detected-trafficking-victims", value: 50_000, period: ("2018", "2018"),
                           source: "unodc", method: "detected")
        let text = try markdown(scratch)
        #expect(text.contains("## Key figures\n\nThe most recent primary figure for each measure and place: "))
        #expect(text.contains("passing over a figure that cannot be right as stored (a negative count, "))
        #expect(!text.contains("tipdb check"))
        #expect(!text.contains("primary estimate for each"))
    }

    @Test("the concepts caution says modern slavery is an umbrella term no law defines, without 'defined by ... not defined'")
    func conceptWords() throws {
        let scratch = try base()
        try scratch.figure("ms", measure: "modern-slavery", value: 49_600_000, source: "ilo")
        try scratch.figure("tip", measure: "trafficking-victims", value: 2_450_000, source: "ilo")
        let warning = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "concepts" })
        #expect(warning.text.contains(
            "modern slavery, an umbrella term that no law defines, which the global estimates take as forced labour plus "
                + "forced marriage (Modern slavery)"), "\(warning.text)")
        #expect(warning.text.contains(
            "trafficking in persons, defined in the Palermo Protocol of 2000 by an act, a means and a purpose of exploitation "
                + "(Victims of trafficking in persons (estimated))"), "\(warning.text)")
        #expect(!warning.text.contains("defined by an umbrella"))
    }

    @Test("the units caution names only the kinds of quantity present", arguments: [
        (["persons", "percent"], "(persons and percent): a count and a share are different quantities; compare figures only within one unit."),
        (["persons", "per-1000", "percent-change"],
         "(persons, per 1,000 population and percent change): a count, a rate and a change are different quantities; compare"),
        (["per-1000", "per-100000"], "(per 1,000 population and per 100,000 population): compare figures only within one unit."),
    ])
    func unitKinds(units: [String], expected: String) throws {
        let scratch = try base()
        for (index, unit) in units.enumerated() {
            try scratch.figure("f\(index)", value: Double(index + 1), unit: unit, period: ("\(2010 + index)", "\(2010 + index)"), source: "ilo")
        }
        let warning = try #require(try scratch.brief().comparability.warnings.first { $0.kind == "units" })
        #expect(warning.text.contains(expected), "\(warning.text)")
    }

    @Test("data gaps leave out places with no permanent population, unless asked for by name")
    func uninhabited() throws {
        let scratch = try base()
        try scratch.figure("fra", value: 1_000, place: "FRA", source: "ilo")
        let uninhabited = ["Antarctica", "Bouvet Island", "British Indian Ocean Territory", "French Southern Territories",
                           "Heard Island and McDonald Islands", "South Georgia and the South Sandwich Islands",
                           "United States Minor Outlying Islands"]
        let countries = try scratch.db.integer("SELECT count(*) FROM places WHERE kind = 'country'")
        let gaps = try scratch.brief().gaps
        #expect(gaps.placesWithoutFigures.total == Int(countries) - 7)
        #expect(gaps.placesWithoutFigures.count == Int(countries) - 8)
        #expect(gaps.sentences[0].hasPrefix("\(countries - 8) of the \(countries - 7) inhabited countries in scope have no figure"))
        #expect(!gaps.placesWithoutFigures.names.contains { uninhabited.contains($0) }, "\(gaps.placesWithoutFigures.names)")
        #expect(gaps.placesWithoutFigures.names.prefix(8) == [
            // In dictionary order, as the tables sort them: Åland after Afghanistan.
            "Afghanistan", "Åland Islands", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
        ])
        // Asked for by name, a place is in scope whatever its population.
        let antarctica = try scratch.brief(BriefFilters(places: ["Antarctica", "France"])).gaps
        #expect(antarctica.placesWithoutFigures.names == ["Antarctica"])
        #expect(antarctica.sentences[0] == "1 of the 2 countries in scope has no figure of its own for the measures in scope: Antarctica.")
    }

    @Test("a brief of one country with figures says no country gap; a brief with no gap says what was looked for")
    func oneCountryAndNoGap() throws {
        let scratch = try base()
        let measure = "detected-trafficking-victims"
        try scratch.figure("fra-a", measure: measure, value: 1_160, place: "FRA", period: ("2018", "2018"), source: "unodc", method: "detected")
        try scratch.figure("fra-b", measure: measure, value: 1_160, place: "FRA", period: ("2018", "2018"), source: "ilo", method: "detected")
        let gaps = try scratch.brief(BriefFilters(places: ["FRA"])).gaps.sentences
        #expect(gaps == [
            "No gap found among those this section looks for: countries without figures, reference years without figures, "
                + "measures that rest on one source, places with estimates but no study, measures and places without a key figure, "
                + "and figures withdrawn with tipdb retract.",
        ])
    }

    @Test("a figure reported without a source says what it measures, where, when and for whom")
    func unsourcedSubject() throws {
        let scratch = try base()
        try scratch.figure("share", measure: "trafficking-victims", value: 17, unit: "percent", period: ("1995", "2004"),
                           source: "unodc", method: "reported", form: "forced-labour")
        let entry = try #require(try scratch.brief().lineage.first)
        #expect(entry.text.hasPrefix(
            "Victims of trafficking in persons (estimated) in the world, 1995-2004, forced labour: 17% (UNODC 2021 [1]) is reported "
                + "without a source"), "\(entry.text)")
    }
}
