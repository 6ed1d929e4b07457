import Foundation
import Testing

@testable import Report

/// Under a month or a day filter (`--period 2019-06`, `--from 2019-06 --to 2021-03`) the brief
/// counts by the days asked for everywhere, not by the years they fall in: the data gaps, the
/// studies without figures, a key figure's age caution and the JSON scope.
@Suite("brief: data gaps, studies, age caution and JSON scope by the months and days of the filter")
struct BriefMonthFilterTests {
    private func scratch(_ figures: [(String, (String, String))]) throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Office", published: "2022")
        for (key, period) in figures { try scratch.figure(key, period: period, source: "a") }
        return scratch
    }

    @Test("--from 2019-06 --to 2021-03: the gaps count the months from June 2019 to March 2021, not the years 2019-2021")
    func monthGaps() throws {
        let scratch = try scratch([("jul", ("2019-07", "2019-07")), ("feb", ("2021-02", "2021-02")), ("early", ("2019-01", "2019-03"))])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2019-06"), to: PeriodBound("2021-03")))
        let sentences = brief.gaps.sentences.filter { $0.contains("reference") }
        #expect(sentences == [
            "Any measure in scope: no figure for 20 reference months (June 2019, August 2019 to January 2021, March 2021).",
            "Forced labour: no figure for 20 reference months (June 2019, August 2019 to January 2021, March 2021).",
        ])
        #expect(brief.gaps.yearsWithoutFigures.map(\.unit) == ["month", "month"])
        #expect(brief.gaps.yearsWithoutFigures.map(\.count) == [20, 20])
    }

    @Test("a figure for 2019 covers every month of a month filter: no gap")
    func yearFigureCoversMonths() throws {
        let scratch = try scratch([("y", ("2019", "2019"))])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2019-03"), to: PeriodBound("2019-09")))
        #expect(brief.gaps.yearsWithoutFigures.isEmpty)
    }

    @Test("--period 2019-06-01/2019-06-10 with a figure for 3 to 5 June: seven reference days without a figure")
    func dayGaps() throws {
        let scratch = try scratch([("d", ("2019-06-03", "2019-06-05"))])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2019-06-01"), to: PeriodBound("2019-06-10")))
        #expect(brief.gaps.sentences.filter { $0.contains("reference") } == [
            "Any measure in scope: no figure for 7 reference days (2019-06-01 to 2019-06-02, 2019-06-06 to 2019-06-10).",
            "Forced labour: no figure for 7 reference days (2019-06-01 to 2019-06-02, 2019-06-06 to 2019-06-10).",
        ])
    }

    @Test("days across a leap day and a month's end: --period 2020-02-27/2020-03-02 with a figure for 2020-02-29")
    func leapDay() throws {
        let scratch = try scratch([("leap", ("2020-02-29", "2020-02-29"))])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2020-02-27"), to: PeriodBound("2020-03-02")))
        #expect(brief.gaps.yearsWithoutFigures.map(\.years) == [
            "2020-02-27 to 2020-02-28, 2020-03-01 to 2020-03-02", "2020-02-27 to 2020-02-28, 2020-03-01 to 2020-03-02",
        ])
        #expect(brief.gaps.yearsWithoutFigures.map(\.count) == [4, 4])
        #expect(brief.gaps.yearsWithoutFigures.map(\.unit) == ["day", "day"])
    }

    @Test("years still count in years: --from 2018 --to 2020 with a figure for 2019")
    func yearGapsUnchanged() throws {
        let scratch = try scratch([("y", ("2019", "2019"))])
        let brief = try scratch.brief(BriefFilters(from: 2018, to: 2020))
        #expect(brief.gaps.sentences.filter { $0.contains("reference") } == [
            "Any measure in scope: no figure for 2 reference years (2018, 2020).",
            "Forced labour: no figure for 2 reference years (2018, 2020).",
        ])
        #expect(brief.gaps.yearsWithoutFigures.map(\.unit) == ["year", "year"])
    }

    @Test("a change over 2019-03/2020-03 covers its two ends, March 2019 and March 2020, counted in months, and 2019 and 2020 in years")
    func changeEnds() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Office", published: "2022")
        try scratch.figure("up", value: 12, unit: "percent-change", period: ("2019-03", "2020-03"), source: "a")
        let months = try scratch.brief(BriefFilters(from: PeriodBound("2019-01"), to: PeriodBound("2020-12")))
        #expect(months.gaps.sentences.filter { $0.contains("reference") } == [
            "Any measure in scope: no figure for 22 reference months (January-February 2019, April 2019 to February 2020, April-December 2020).",
            "Forced labour: no figure for 22 reference months (January-February 2019, April 2019 to February 2020, April-December 2020).",
        ])
        let days = try scratch.brief(BriefFilters(from: PeriodBound("2019-03-30"), to: PeriodBound("2019-04-02")))
        #expect(days.gaps.yearsWithoutFigures.map(\.years) == ["2019-04-01 to 2019-04-02", "2019-04-01 to 2019-04-02"])
        #expect(try scratch.brief(BriefFilters(from: 2019, to: 2020)).gaps.yearsWithoutFigures.isEmpty)
    }

    @Test("--period 2019-06: a study without figures for 2019-01 to 2019-03 is left out, one for 2019-05 to 2019-08 listed")
    func studiesByDays() throws {
        let scratch = try scratch([("jun", ("2019-06", "2019-06"))])
        try scratch.study("spring", source: "a", method: "survey", period: ("2019-01", "2019-03"), places: ["WLD"])
        try scratch.study("summer", source: "a", method: "survey", period: ("2019-05", "2019-08"), places: ["WLD"])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2019-06"), to: PeriodBound("2019-06"), period: "2019-06"))
        #expect(brief.studies.map(\.key) == ["summer"])
    }

    @Test("--to 2010-06: the age caution names a figure for 2010-09 as later and outside the periods of the brief")
    func ageCautionByDays() throws {
        let scratch = try scratch([("q1", ("2010-01", "2010-03")), ("q3", ("2010-09", "2010-09"))])
        let brief = try scratch.brief(BriefFilters(to: PeriodBound("2010-06")))
        let ages = brief.comparability.warnings.filter { $0.kind == "age" }
        #expect(ages.map(\.text) == [
            "Forced labour, World: the key figure, 1 million (Office 2022 [1]), describes January-March 2010, a period that "
                + "ended 16 years before this brief; a later figure of this measure and place is in the database, outside the "
                + "periods this brief covers (to June 2010): 1 million for September 2010 (Office 2022 [1]). Say the period wherever "
                + "the figure is quoted: it does not describe the situation now.",
        ])
        #expect(ages.map(\.figures) == [["q1", "q3"]])
    }

    @Test("the JSON scope gives from and to as the filter gave them, beside fromYear and toYear")
    func jsonBounds() throws {
        let scratch = try scratch([("jun", ("2019-06", "2019-06"))])
        let brief = try scratch.brief(BriefFilters(from: PeriodBound("2019-06"), to: PeriodBound("2019-06"), period: "2019-06"))
        let json = try BriefRenderer.render(brief, as: .json, chartStem: nil).text
        #expect(json.contains("""
                "fromYear": 2019,
                "toYear": 2019,
                "from": "2019-06",
                "to": "2019-06",
            """), "\(json)")
        let open = try BriefRenderer.render(try scratch.brief(), as: .json, chartStem: nil).text
        #expect(open.contains("""
                "fromYear": null,
                "toYear": null,
                "from": null,
                "to": null,
            """), "\(open)")
    }
}
