import Storage
import Testing

@testable import Report

/// The brief's cautions that pair figures of one period compare periods by the days they cover,
/// as `tipdb check` does (`PeriodDays`): a subgroup for `2018-01`/`2018-12` is set beside its total
/// for `2018`, and the caution says that the two spellings cover the same days. Reading order
/// sorts dates as written, so such periods are not neighbours: `2018/2019` comes between them.
@Suite("brief: subgroup, sum, part-measure, copy and competing-subgroup cautions by the days a period covers")
struct BriefPeriodDaysTests {
    private static let measure = "detected-trafficking-victims"

    /// One source's figures for Nepal: `(key, value, period, sex)`.
    private func scratch(_ figures: [(String, Double, (String, String), String)]) throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Office central", published: "2021")
        for (key, value, period, sex) in figures {
            try scratch.figure(key, measure: Self.measure, value: value, place: "NPL", period: period, source: "a", method: "detected", sex: sex)
        }
        return scratch
    }

    private func rows(_ check: String, _ scratch: ScratchDatabase) throws -> [String] {
        try Audit(db: scratch.db).run().first { $0.check == check }?.rows ?? []
    }

    @Test("a female 2018-01 to 2018-12 above a total for 2018, with 2018-2019 between them in reading order: named as check names it")
    func subgroupAboveTotal() throws {
        let scratch = try scratch([
            ("total-2018", 500, ("2018", "2018"), "total"),
            ("total-2018-2019", 900, ("2018", "2019"), "total"),
            ("female-2018", 600, ("2018-01", "2018-12"), "female"),
        ])
        let warnings = try scratch.brief().comparability.warnings.filter { $0.kind == "subgroups" }
        #expect(warnings.map(\.text) == [
            "Detected victims of trafficking in Nepal, January-December 2018, Office central 2021 [1]: the subgroup female (600) is "
                + "larger than the total it is part of (500). The periods January-December 2018 and 2018 cover the same days. Both are "
                + "kept as published, but a part cannot be larger than its whole: one of the two counts something else or is wrong. "
                + "Say so when citing either.",
        ])
        #expect(warnings.map(\.figures) == [["female-2018", "total-2018"]])
        #expect(try rows("subgroup-above-total", scratch) == [
            "female-2018 (600) > total-2018 (500) (periods 2018-01/2018-12 and 2018 cover the same days)",
        ])
    }

    @Test("female 2018-01 to 2018-12 and male 2018-01-01 to 2018-12-31 adding up to more than a total for 2018: one sum, as check's")
    func partsAboveTotal() throws {
        let scratch = try scratch([
            ("total", 1000, ("2018", "2018"), "total"),
            ("male", 700, ("2018-01-01", "2018-12-31"), "male"),
            ("female", 600, ("2018-01", "2018-12"), "female"),
        ])
        let warnings = try scratch.brief().comparability.warnings.filter { $0.kind == "subgroups" }
        #expect(warnings.map(\.text) == [
            "Detected victims of trafficking in Nepal, 2018, Office central 2021 [1]: the subgroups female (600) and male (700) add "
                + "up to 1,300, more than the total they are part of (1,000). The periods January-December 2018, 2018-01-01 to "
                + "2018-12-31 and 2018 cover the same days. All are kept as published, but subgroups that cannot overlap cannot "
                + "add up to more than their whole: one of them counts something else or is wrong. Say so when citing any of them.",
        ])
        #expect(warnings.map(\.figures) == [["female", "male", "total"]])
        #expect(try rows("parts-above-total", scratch) == [
            "female (600) + male (700) = 1300 > total (1000) (periods 2018-01/2018-12 and 2018-01-01/2018-12-31 and 2018 cover the same days)",
        ])
    }

    @Test("pairs come in reading order of the subgroup, whichever period's spelling joined their group; another year is not compared")
    func readingOrder() throws {
        let scratch = try scratch([
            ("total-2018", 500, ("2018", "2018"), "total"),
            ("total-2018-2019", 900, ("2018", "2019"), "total"),
            ("female-2018-2019", 950, ("2018", "2019"), "female"),
            ("female-2018", 600, ("2018-01", "2018-12"), "female"),
            ("male-2018", 550, ("2018-01-01", "2018-12-31"), "male"),
            ("female-2019", 700, ("2019", "2019"), "female"),
        ])
        let warnings = try scratch.brief().comparability.warnings.filter { $0.kind == "subgroups" }
        // female 600 and male 550 are each above 500: no sum (`SubgroupSums` leaves them to the pairs).
        #expect(warnings.map(\.figures) == [
            ["female-2018-2019", "total-2018-2019"], ["female-2018", "total-2018"], ["male-2018", "total-2018"],
        ])
        #expect(warnings.first?.text.contains("cover the same days") == false)
        #expect(try rows("subgroup-above-total", scratch).map { $0.components(separatedBy: " ").first ?? "" }.sorted()
            == ["female-2018", "female-2018-2019", "male-2018"])
    }

    @Test("two sources giving one subgroup 3 for 2019 and 40 for 2019-01-01 to 2019-12-31 compete, and the caution says the periods are one")
    func competingSubgroups() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Institute A", published: "2019")
        try scratch.source("b", publisher: "Institute B", published: "2020")
        try scratch.figure("a-girls", measure: Self.measure, value: 3, place: "GBR", period: ("2019", "2019"), source: "a",
                           method: "detected", sex: "female", ageGroup: "children")
        try scratch.figure("a-2019-2020", measure: Self.measure, value: 9, place: "GBR", period: ("2019", "2020"), source: "a",
                           method: "detected", sex: "female", ageGroup: "children")
        try scratch.figure("b-girls", measure: Self.measure, value: 40, place: "GBR", period: ("2019-01-01", "2019-12-31"), source: "b",
                           method: "detected", sex: "female", ageGroup: "children")
        try scratch.figure("b-boys", measure: Self.measure, value: 40, place: "GBR", period: ("2019-01", "2019-12"), source: "b",
                           method: "detected", sex: "male", ageGroup: "children")
        let warnings = try scratch.brief().comparability.warnings.filter { $0.kind == "disagreement" }
        #expect(warnings.map(\.text) == [
            "Detected victims of trafficking in the United Kingdom, 2019, female, children: Institute A 2019 [1] gives 3 and "
                + "Institute B 2020 [2] gives 40; they differ beyond rounding. The periods 2019 and 2019-01-01 to 2019-12-31 cover "
                + "the same days. Say that the sources disagree when citing either.",
        ])
        #expect(warnings.map(\.figures) == [["a-girls", "b-girls"]])
    }

    @Test("a part measure for 2019-01 to 2019-12 above its whole for 2019, and a copy's 2019-01 to 2019-12 against its producer's 2019")
    func partMeasureAndCopy() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("x", publisher: "Institute X", published: "2021")
        try scratch.figure("bgd-fl", value: 1000, place: "BGD", period: ("2019", "2019"), source: "x")
        try scratch.figure("bgd-state", measure: "state-imposed-forced-labour", value: 5000, place: "BGD", period: ("2019-01", "2019-12"),
                           source: "x")
        let parts = try scratch.brief().comparability.warnings.filter { $0.text.contains("the measure it is part of") }
        #expect(parts.map(\.figures) == [["bgd-state", "bgd-fl"]])
        #expect(parts.first?.text.contains("the measure it is part of. The periods January-December 2019 and 2019 cover the same days. Both") == true,
                "\(parts.map(\.text))")
        #expect(try rows("measure-above-whole", scratch) == ["bgd-state (5000) > bgd-fl (1000) (periods 2019-01/2019-12 and 2019 cover the same days)"])

        try scratch.source("unodc-own", kind: "dataset", publisher: "UNODC", published: "2025-04-14")
        try scratch.source("owid-copy", kind: "dataset", publisher: "United Nations Office on Drugs and Crime", published: "2025",
                           notes: "Republished by Our World in Data as detected.csv.")
        try scratch.figure("own-fc", measure: Self.measure, value: 40, place: "PHL", period: ("2019", "2019"), source: "unodc-own",
                           method: "detected", sex: "female", ageGroup: "children")
        try scratch.figure("copy-fc", measure: Self.measure, value: 412, place: "PHL", period: ("2019-01", "2019-12"), source: "owid-copy",
                           method: "detected", sex: "female", ageGroup: "children")
        let copies = try scratch.brief().comparability.warnings.filter { $0.kind == "copies" }
        #expect(copies.map(\.figures) == [["copy-fc", "own-fc"]])
        #expect(copies.first?.text.contains("and the copy gives 412 (periods January-December 2019 and 2019 cover the same days).") == true,
                "\(copies.map(\.text))")
        #expect(try rows("copy-differs", scratch).count == 1)
    }
}
