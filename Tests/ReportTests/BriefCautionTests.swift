import Storage
import Testing

@testable import Report

/// Cautions a policy-brief author needs and the figures alone do not show: estimates that
/// compete for the key figure, subgroups larger than their totals, counts over periods of
/// different length, and sources that are vintages of one series.
@Suite("brief cautions")
struct BriefCautionTests {
    private func markdown(_ brief: Brief) throws -> String {
        try BriefRenderer.render(brief, as: .md, chartStem: nil).text
    }

    private func warnings(_ brief: Brief, _ kind: String) -> [ComparabilityWarning] {
        brief.comparability.warnings.filter { $0.kind == kind }
    }

    // MARK: Competing estimates

    /// ILO's 27.6 million for 2021 and a think tank's figure for the same measure, place and year.
    private func competing(_ value: Double, published: String = "2023") throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2022-09")
        try scratch.source("think", publisher: "Think Tank", published: published)
        try scratch.figure("ilo-fl-2021", value: 27_600_000, source: "ilo")
        try scratch.figure("think-fl-2021", value: value, source: "think")
        return scratch
    }

    @Test("two primary estimates for one measure, place and period that differ beyond rounding: the caution names both, the key figure's and the rule")
    func competingEstimates() throws {
        let brief = try competing(25_000_000).brief()
        #expect(brief.keyFigures.map(\.figure.key) == ["think-fl-2021"])
        let warning = try #require(warnings(brief, "estimates").first)
        #expect(warnings(brief, "estimates").count == 1)
        #expect(warning.text == "Forced labour in the world, 2021: ILO 2022 [2] gives 27.6 million and Think Tank 2023 [1] gives "
            + "25 million; they differ beyond rounding. The key figure, 25 million from Think Tank 2023, is chosen by rule: of primary "
            + "estimates for the same period, the most recently published source is taken, which is no judgement that its "
            + "estimate is the better one. Say that the sources disagree when citing either.")
        #expect(warning.figures == ["ilo-fl-2021", "think-fl-2021"])
        #expect(warning.citations == [2, 1])
        #expect(try markdown(brief).contains("- **Caution (estimates).** Forced labour in the world, 2021: ILO 2022 [2] gives 27.6 million"))
    }

    @Test("figures that agree up to rounding (28 million for 27.6 million) are no competing estimates", arguments: [28_000_000.0, 27_600_000])
    func roundingIsNoDisagreement(value: Double) throws {
        #expect(warnings(try competing(value).brief(), "estimates").isEmpty)
    }

    /// 30 million is 27.6 million rounded at its own last digit, but 8.7 % off: a rounding to one
    /// digit counts only within 5 % (`RepeatChange.isRounding`, review of session 30).
    @Test("30 million against 27.6 million competes: one significant digit, more than 5 % off")
    func oneDigitFarOffCompetes() throws {
        #expect(warnings(try competing(30_000_000).brief(), "estimates").count == 1)
    }

    @Test("sources with the same publication date: the rule is the key that sorts first, and says how far the dates agree",
          arguments: [("2022-09", "published in the same month (September 2022)"), ("2022", "published in the same year (2022)"),
                      ("2022-09-14", "published on the same date (2022-09-14)")])
    func sameDate(date: String, words: String) throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: date)
        try scratch.source("think", publisher: "Think Tank", published: date)
        try scratch.figure("ilo-fl-2021", value: 27_600_000, source: "ilo")
        try scratch.figure("think-fl-2021", value: 25_000_000, source: "think")
        let brief = try scratch.brief()
        #expect(brief.keyFigures.map(\.figure.key) == ["ilo-fl-2021"])
        let warning = try #require(warnings(brief, "estimates").first)
        #expect(warning.text.contains("The key figure, 27.6 million from ILO 2022, is chosen by rule: of primary estimates for the same "
            + "period, \(words), the one whose key sorts first (ilo-fl-2021) is taken, which is no judgement"), "\(warning.text)")
    }

    @Test("dates that cannot be ordered (2019-05 against 2019, or none): the caution says which came out last is not known, and the key figure is latest_estimates'")
    func unorderedDates() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a-nodate", publisher: "Org A", published: nil)
        try scratch.source("b-2019", publisher: "Org B", published: "2019")
        try scratch.source("c-2019-05", publisher: "Org C", published: "2019-05")
        try scratch.source("d-2019", publisher: "Org D", published: "2019")
        try scratch.source("e-2018", publisher: "Org E", published: "2018-12-31")
        for (key, value, source) in [("fa", 1000.0, "a-nodate"), ("fb", 2000, "b-2019"), ("fc", 3000, "c-2019-05"), ("fd", 4000, "d-2019"),
                                     ("fe", 5000, "e-2018")] {
            try scratch.figure(key, value: value, place: "NOR", period: ("2018", "2018"), source: source)
        }
        try scratch.figure("ga", measure: "forced-marriage", value: 1000, place: "NOR", period: ("2018", "2018"), source: "a-nodate")
        try scratch.figure("gb", measure: "forced-marriage", value: 2000, place: "NOR", period: ("2018", "2018"), source: "b-2019")
        let brief = try scratch.brief()
        let view = try scratch.db.rows("SELECT figure FROM latest_estimates ORDER BY figure").compactMap { $0.string("figure") }
        #expect(brief.keyFigures.map(\.figure.key).sorted() == view)
        #expect(view == ["fc", "gb"])
        let texts = warnings(brief, "estimates").map(\.text)
        #expect(texts.contains { $0.contains("The key figure, 3,000 from Org C 2019, is chosen by rule: of primary estimates for the same period, "
            + "the one whose publication date sorts last as written is taken (May 2019), but which source was published last is not "
            + "known: Org B 2019 and Org D 2019 give only 2019 and Org A n.d. gives no date, which is no judgement") }, "\(texts)")
        #expect(texts.contains { $0.contains("The key figure, 2,000 from Org B 2019, is chosen by rule: of primary estimates for the same period, "
            + "the one whose publication date sorts last as written is taken (2019), but which source was published last is not "
            + "known: Org A n.d. gives no date, which is no judgement") }, "\(texts)")
        #expect(!texts.contains { $0.contains("most recently published") }, "\(texts)")
    }

    @Test("none of the sources dated: the key that sorts first, said so")
    func noneDated() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: nil)
        try scratch.source("think", publisher: "Think Tank", published: nil)
        try scratch.figure("ilo-fl-2021", value: 27_600_000, source: "ilo")
        try scratch.figure("think-fl-2021", value: 25_000_000, source: "think")
        let warning = try #require(warnings(try scratch.brief(), "estimates").first)
        #expect(warning.text.contains("of primary estimates for the same period, none of them dated, the one whose key sorts first "
            + "(ilo-fl-2021) is taken"), "\(warning.text)")
    }

    @Test("competing estimates for an earlier period: the caution says the key figure is for another period")
    func earlierPeriod() throws {
        let scratch = try competing(25_000_000)
        try scratch.figure("ilo-fl-2022", value: 28_000_000, period: ("2022", "2022"), source: "ilo")
        let brief = try scratch.brief()
        #expect(brief.keyFigures.map(\.figure.key) == ["ilo-fl-2022"])
        let warning = try #require(warnings(brief, "estimates").first)
        #expect(warning.text.hasSuffix("they differ beyond rounding. The key figure is for another period (2022), but the figures "
            + "tables show both. Say that the sources disagree when citing either."))
    }

    @Test("repeats, subgroups, other units, other periods and one source's two figures do not compete")
    func notCompeting() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2022-09")
        try scratch.source("think", publisher: "Think Tank", published: "2023")
        try scratch.figure("ilo-fl-2021", value: 27_600_000, source: "ilo")
        try scratch.figure("ilo-fl-2021-b", value: 20_000_000, source: "ilo")
        try scratch.figure("think-repeat", value: 25_000_000, source: "think", cites: "ilo-fl-2021", method: "reported")
        try scratch.figure("think-women", value: 25_000_000, source: "think", sex: "female")
        try scratch.figure("think-rate", value: 3.4, unit: "per-1000", source: "think")
        try scratch.figure("think-2020", value: 25_000_000, period: ("2020", "2020"), source: "think")
        #expect(warnings(try scratch.brief(), "estimates").isEmpty)
    }

    // MARK: Subgroups larger than their totals

    @Test("a subgroup larger than its total: one caution per pair, against the smallest total, as tipdb check has it")
    func subgroupAboveTotal() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ocrteh", publisher: "Office central", published: "2021")
        for (key, value, sex) in [("t-100", 100.0, "total"), ("t-80", 80.0, "total"), ("s-150", 150.0, "female"), ("s-50", 50.0, "male")] {
            try scratch.figure(key, measure: "detected-trafficking-victims", value: value, place: "FRA", period: ("2016", "2016"),
                               source: "ocrteh", method: "detected", sex: sex)
        }
        let brief = try scratch.brief()
        let found = warnings(brief, "subgroups")
        #expect(found.map(\.text) == [
            "Detected victims of trafficking in France, 2016, Office central 2021 [1]: the subgroup female (150) is larger than "
                + "the total it is part of (80). Both are kept as published, but a part cannot be larger than its whole: one "
                + "of the two counts something else or is wrong. Say so when citing either.",
        ])
        #expect(found.map(\.figures) == [["s-150", "t-80"]])
        #expect(found.map(\.citations) == [[1]])
        #expect(try markdown(brief).contains("- **Caution (subgroups).** Detected victims of trafficking in France, 2016, "))
        // tipdb check names the same pair, by the same rule.
        let check = try Audit(db: scratch.db).run().first { $0.check == "subgroup-above-total" }
        #expect(check?.rows == ["s-150 (150) > t-80 (80)"])
        // Out of scope, no caution.
        try scratch.figure("deu", measure: "detected-trafficking-victims", value: 10, place: "DEU", source: "ocrteh", method: "detected")
        #expect(warnings(try scratch.brief(BriefFilters(places: ["DEU"])), "subgroups").isEmpty)
    }

    @Test("only counts and money add up: a share, another source, another unit or period, a breakdown are no total; a censored total is its bound")
    func subgroupRule() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a", published: "2021")
        try scratch.source("b", published: "2021")
        func figure(_ key: String, _ value: Double?, sex: String = "total", form: String? = nil, unit: String = "persons",
                    period: String = "2020", source: String = "a", censored: Bool = false) throws {
            try scratch.figure(key, measure: "detected-trafficking-victims", value: value, unit: unit, place: "ITA",
                               period: (period, period), source: source, method: "detected", sex: sex, form: form,
                               low: censored ? 1 : nil, high: censored ? 4 : nil, censored: censored)
        }
        try figure("share-total", 30, unit: "percent")
        try figure("share-women", 60, sex: "female", unit: "percent")
        try figure("other-source-total", 10, source: "b")
        try figure("other-period-total", 10, period: "2019")
        try figure("women", 40, sex: "female")
        try figure("nationals", 20)
        try scratch.db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('nationals', 'citizenship', 'Nationals')")
        #expect(warnings(try scratch.brief(), "subgroups").isEmpty)
        try figure("small-total", nil, period: "2018", censored: true)
        try figure("labour-2018", 7, form: "forced-labour", period: "2018")
        let found = warnings(try scratch.brief(), "subgroups")
        #expect(found.map(\.figures) == [["labour-2018", "small-total"]])
        #expect(found.first?.text.contains("the subgroup forced labour (7) is larger than the total it is part of (<5)") == true)
        let check = try Audit(db: scratch.db).run().first { $0.check == "subgroup-above-total" }
        #expect(check?.rows == ["labour-2018 (7) > small-total (<5)"])
    }

    @Test("a subgroup of a subgroup is judged against it too, and the caution names that total: girls above all children")
    func nestedSubgroup() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a", published: "2021")
        for (key, value, sex, age) in [("all", 10.0, "total", "total"), ("children", 6, "total", "children"), ("girls", 7, "female", "children")] {
            try scratch.figure(key, measure: "detected-trafficking-victims", value: value, place: "ITA", period: ("2020", "2020"),
                               source: "a", method: "detected", sex: sex, ageGroup: age)
        }
        let found = warnings(try scratch.brief(), "subgroups")
        #expect(found.map(\.figures) == [["girls", "children"]])
        #expect(found.first?.text.contains("the subgroup female, children (7) is larger than the total it is part of (children, 6)") == true)
        let check = try Audit(db: scratch.db).run().first { $0.check == "subgroup-above-total" }
        #expect(check?.rows == ["girls (7) > children (6)"])
    }

    @Test("a broken-down subgroup (women who are nationals) is judged against its subgroup without the breakdown, in the brief as in check")
    func brokenDownSubgroup() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a", published: "2021")
        for (key, value, sex) in [("all", 100.0, "total"), ("women", 35, "female"), ("women-nationals", 95, "female")] {
            try scratch.figure(key, measure: "detected-trafficking-victims", value: value, place: "FRA", period: ("2020", "2020"),
                               source: "a", method: "detected", sex: sex)
        }
        try scratch.db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('women-nationals', 'citizenship', 'Nationals')")
        let found = warnings(try scratch.brief(), "subgroups")
        #expect(found.map(\.figures) == [["women-nationals", "women"]])
        let check = try Audit(db: scratch.db).run().first { $0.check == "subgroup-above-total" }
        #expect(check?.rows == ["women-nationals (95) > women (35)"])
    }

    // MARK: Counts over periods of different length

    private func periodScratch() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ocrteh", publisher: "Office central", published: "2021")
        return scratch
    }

    private func detected(_ scratch: ScratchDatabase, _ key: String, _ period: (String, String), value: Double = 100,
                          unit: String = "persons", measure: String = "detected-trafficking-victims") throws {
        try scratch.figure(key, measure: measure, value: value, unit: unit, place: "FRA", period: period, source: "ocrteh",
                           method: "detected")
    }

    @Test("a month's count beside a year's, for one measure and place: named with the periods of each length")
    func monthAndYear() throws {
        let scratch = try periodScratch()
        try detected(scratch, "fra-december", ("2020-12", "2020-12"), value: 40)
        try detected(scratch, "fra-2020", ("2020", "2020"), value: 500)
        try detected(scratch, "fra-2019", ("2019", "2019"), value: 450)
        let brief = try scratch.brief()
        let found = warnings(brief, "periods")
        #expect(found.map(\.text) == [
            "Detected victims of trafficking in France: periods of one month (December 2020) and one year (2019 and 2020) are mixed; "
                + "a month's count is not comparable with a year's.",
        ])
        #expect(found.first?.figures.sorted() == ["fra-2019", "fra-2020", "fra-december"])
        #expect(try markdown(brief).contains("- **Caution (periods).** Detected victims of trafficking in France: periods of one month"))
    }

    @Test("a day, a month, a year and three years: every length is named, shortest first")
    func manyLengths() throws {
        let scratch = try periodScratch()
        try detected(scratch, "day", ("2020-12-31", "2020-12-31"))
        try detected(scratch, "month", ("2020-12", "2020-12"))
        try detected(scratch, "year", ("2020", "2020"))
        try detected(scratch, "span", ("2018", "2020"))
        try detected(scratch, "convicted-year", ("2020", "2020"), measure: "persons-convicted")
        try detected(scratch, "convicted-span", ("2018", "2020"), measure: "persons-convicted")
        #expect(warnings(try scratch.brief(), "periods").map(\.text) == [
            "Detected victims of trafficking in France: periods of one day (2020-12-31), one month (December 2020), one year (2020) "
                + "and three years (2018-2020) are mixed; a count over one of these lengths is not comparable with a count over another.",
            "Persons convicted of trafficking in France: periods of one year (2020) and three years (2018-2020) are mixed; "
                + "a year's count is not comparable with three years'.",
        ])
    }

    @Test("periods of the same length (two months, a July-to-June year and a calendar year) are no mix; nor are prevalence estimates, shares or rates")
    func sameLengths() throws {
        let scratch = try periodScratch()
        try detected(scratch, "february", ("2020-02", "2020-02"))
        try detected(scratch, "march", ("2020-03", "2020-03"))
        try detected(scratch, "fiscal", ("2019-07", "2020-06"), measure: "persons-prosecuted")
        try detected(scratch, "calendar", ("2020", "2020"), measure: "persons-prosecuted")
        try detected(scratch, "share-month", ("2021-01", "2021-01"), value: 40, unit: "percent")
        try detected(scratch, "share-year", ("2021", "2021"), value: 45, unit: "percent")
        try scratch.figure("prevalence-decade", value: 12_300_000, period: ("1995", "2004"), source: "ocrteh")
        try scratch.figure("prevalence-year", value: 27_600_000, period: ("2021", "2021"), source: "ocrteh")
        #expect(warnings(try scratch.brief(), "periods").isEmpty)
    }

    /// The key figure is the yearly amount: a key figure over months would say all this in its
    /// own caution (`period`), and the periods caution would be left out. Amounts for whole years,
    /// one or eight, are yearly amounts as the brief writes them, and no mix (session 33).
    @Test("money over a year and over 18 months: the brief writes every amount as a year's, so the caution asks to check the source; whole years alone are no mix")
    func money() throws {
        let scratch = try periodScratch()
        try scratch.figure("profits-2014", measure: "forced-labour-profits", value: 150e9, unit: "USD", period: ("2014", "2014"), source: "ocrteh")
        try scratch.figure("profits-span", measure: "forced-labour-profits", value: 900e9, unit: "USD", period: ("2006", "2013"), source: "ocrteh")
        try scratch.figure("per-victim", measure: "forced-labour-profits", value: 10_000, unit: "USD-per-person", period: ("2021", "2021"), source: "ocrteh")
        #expect(warnings(try scratch.brief(), "periods").isEmpty)
        try scratch.figure("profits-months", measure: "forced-labour-profits", value: 90e9, unit: "USD", period: ("2004-07", "2005-12"), source: "ocrteh")
        #expect(warnings(try scratch.brief(), "periods").map(\.text) == [
            "Illegal profits from forced labour in the world: periods of one year (2014), 18 months (July 2004 to December 2005) and eight years "
                + "(2006-2013) are mixed; the brief writes every amount as a year's, as the measure defines them, so check that each source "
                + "gave a yearly amount, not a total for its period, before comparing them.",
        ])
    }

    @Test("a period's length is counted in the coarsest unit that measures it exactly", arguments: [
        ("2020", "2020", "one year"), ("2018", "2020", "three years"), ("2019-07", "2020-06", "one year"),
        ("2020-12", "2020-12", "one month"), ("2020-01", "2020-06", "six months"), ("2019-11", "2021-04", "18 months"),
        ("2020-02-01", "2020-02-29", "one month"), ("2019-01-01", "2019-12-31", "one year"), ("2020-12-31", "2020-12-31", "one day"),
        ("2019-03-10", "2019-03-16", "seven days"), ("2019-01-01", "2019-06-29", "180 days"), ("2019-12-31", "2020-01-01", "two days"),
    ])
    func lengths(start: String, end: String, text: String) {
        #expect(PeriodLength(start: start, end: end).text == text)
    }

    // MARK: Vintages of one series are one source

    /// Detected victims in the Philippines from two GLOTIP exports: 2019 only in the first, 2020 in the second.
    private func twoVintages() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("export-1", publisher: "United Nations Office on Drugs and Crime", published: "2024-11-30")
        try scratch.source("export-2", publisher: "United Nations Office on Drugs and Crime", published: "2025-04-14")
        try scratch.figure("phl-2019", measure: "detected-trafficking-victims", value: 1_700, place: "PHL",
                           period: ("2019", "2019"), source: "export-1", method: "detected")
        try scratch.figure("phl-2020", measure: "detected-trafficking-victims", value: 1_610, place: "PHL",
                           period: ("2020", "2020"), source: "export-2", method: "detected")
        try scratch.db.execute(
            """
            INSERT INTO series_vintages (id, series, source, released, sha256, batch_id)
            VALUES (1, 'unodc-glotip', 'export-1', '2024-11-30', 'a', ?), (2, 'unodc-glotip', 'export-2', '2025-04-14', 'b', ?)
            """, [scratch.batch, scratch.batch])
        try scratch.db.execute(
            """
            INSERT INTO series_figures (figure, series, first_vintage, last_vintage)
            VALUES ('phl-2019', 'unodc-glotip', 1, 1), ('phl-2020', 'unodc-glotip', 1, 2)
            """)
        return scratch
    }

    @Test("figures from two vintages of one series rest on one source: the gap is named, with both releases")
    func vintagesAreOneSource() throws {
        let brief = try twoVintages().brief()
        #expect(brief.gaps.singleSourceMeasures.map(\.source) == ["export-2"])
        #expect(brief.gaps.singleSourceMeasures.map(\.figureCount) == [2])
        #expect(brief.gaps.sentences.contains(
            "Detected victims of trafficking: all 2 figures with a traceable origin go back to one series, unodc-glotip, through "
                + "its releases UNODC 2024 [2] and UNODC 2025 [1]: vintages of one export are not independent sources, so no "
                + "independent source confirms them."))
    }

    @Test("a source outside the series confirms them: no gap; one release alone is one source, as before")
    func otherSource() throws {
        let scratch = try twoVintages()
        try scratch.source("nrm", publisher: "Inter-Agency Council Against Trafficking", published: "2021")
        try scratch.figure("phl-2020-nrm", measure: "detected-trafficking-victims", value: 1_500, place: "PHL",
                           period: ("2020", "2020"), source: "nrm", method: "detected")
        #expect(try scratch.brief().gaps.singleSourceMeasures.isEmpty)
        let one = try twoVintages().brief(BriefFilters(from: 2020))
        #expect(one.gaps.sentences.contains(
            "Detected victims of trafficking: the one figure with a traceable origin goes back to one source, UNODC 2025 [1]; "
                + "no independent source confirms it."))
    }
}
