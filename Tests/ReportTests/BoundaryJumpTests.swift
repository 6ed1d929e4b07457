import Testing

@testable import Report

/// A series jump whose two figures `--from` or `--to` divides is still cautioned about, the
/// figure the filter leaves out named as outside the brief: `--from 2021` no longer turns
/// 48,000 in 2021, after 1,000 in 2020, into a series that starts at 48,000 without a word.
@Suite("brief: a series jump across --from or --to is cautioned about, naming the figure outside the brief")
struct BoundaryJumpTests {
    private static let advice = ". A jump that large is most often a unit slip (thousands written as units, a fraction as a "
        + "percent): check both against their sources before citing either (tipdb check warns of it as series-jump)."

    private func scratch(_ figures: [(String, Double, (String, String))]) throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Office", published: "2022")
        for (key, value, period) in figures { try scratch.figure(key, value: value, place: "NPL", period: period, source: "a") }
        return scratch
    }

    private func jumps(_ brief: Brief) -> [ComparabilityWarning] {
        brief.comparability.warnings.filter { $0.kind == "jumps" }
    }

    @Test("--from 2021 between 1,000 for 2020 and 48,000 for 2021: the caution names 2020 as outside the years of the brief")
    func from() throws {
        let scratch = try scratch([("y2019", 900, ("2019", "2019")), ("y2020", 1_000, ("2020", "2020")), ("y2021", 48_000, ("2021", "2021"))])
        let all = jumps(try scratch.brief())
        #expect(all.map(\.figures) == [["y2021", "y2020"]])
        let cut = jumps(try scratch.brief(BriefFilters(from: 2021)))
        #expect(cut.map(\.text) == [
            "Forced labour in Nepal: 48,000 (2021, Office 2022 [1]) is 48 times 1,000 (2020, Office 2022 [1]), the figure before "
                + "it in time in the same series (measure, place, subgroup and unit), which is outside the years this brief covers "
                + "(from 2021) and not in its tables" + Self.advice,
        ])
        #expect(cut.map(\.figures) == [["y2021", "y2020"]])
        // Within the brief the caution reads as before.
        #expect(all.first?.text.contains("(measure, place, subgroup and unit). A jump") == true)
    }

    @Test("--to 2020: the later figure, 48,000 for 2021, is named as outside")
    func to() throws {
        let scratch = try scratch([("y2020", 1_000, ("2020", "2020")), ("y2021", 48_000, ("2021", "2021"))])
        let cut = jumps(try scratch.brief(BriefFilters(to: 2020)))
        #expect(cut.map(\.text) == [
            "Forced labour in Nepal: 48,000 (2021, Office 2022 [1]) is 48 times 1,000 (2020, Office 2022 [1]), the figure before "
                + "it in time in the same series (measure, place, subgroup and unit); the later figure is outside the years this "
                + "brief covers (to 2020) and not in its tables" + Self.advice,
        ])
    }

    @Test("--from 2021-03 between months: the nearest earlier month is compared, and the bound said as a period")
    func month() throws {
        let scratch = try scratch([
            ("jan", 40_000, ("2021-01", "2021-01")), ("feb", 1_000, ("2021-02", "2021-02")), ("apr", 48_000, ("2021-04", "2021-04")),
        ])
        let cut = jumps(try scratch.brief(BriefFilters(from: PeriodBound("2021-03"))))
        #expect(cut.map(\.figures) == [["apr", "feb"]])
        #expect(cut.first?.text.contains("which is outside the periods this brief covers (from March 2021) and not in its tables. A jump") == true)
    }

    @Test("no caution where the neighbour outside is no jump, or where no figure is outside")
    func none() throws {
        let scratch = try scratch([("y2020", 9_000, ("2020", "2020")), ("y2021", 48_000, ("2021", "2021"))])
        #expect(jumps(try scratch.brief(BriefFilters(from: 2021))).isEmpty)
        #expect(jumps(try scratch.brief(BriefFilters(from: 2015))).isEmpty)
    }
}
