import Foundation
import Storage
import TestSupport
import Testing

@testable import Report

/// A figure 10 or more times the figure before it in its series, or a tenth of it: the brief's
/// caution (`ComparabilityCheck.seriesJumps`, over the records it holds) and `tipdb check`'s
/// `series-jump` (SQL over the table) name the same pairs, by one rule (`SeriesJump`).
@Suite("series jumps: the brief and check name the same pairs")
struct SeriesJumpAgreementTests {
    /// Check's pairs, as (later, earlier) keys: "fl-2021 (48000) is 48 times fl-2020 (1000), ...".
    private func checkPairs(_ db: Database) throws -> [[String]] {
        let rows = try Audit(db: db).run().first { $0.check == "series-jump" }?.rows ?? []
        return rows.map { row in
            let words = row.split(separator: " ").map(String.init)
            return words.count > 5 ? [words[0], words[5]] : [row]
        }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The brief's pairs, all of them (no limit), as (later, earlier) keys.
    private func briefPairs(_ db: Database, _ filters: BriefFilters = BriefFilters()) throws -> [[String]] {
        let context = try BriefBuilder(db: db).makeContext(filters)
        let ordered = context.inReadingOrder(context.set.figures)
        let found = ComparabilityCheck.seriesJumps(ordered, catalog: context.catalog, keeping: .max)
        #expect(found.more == 0)
        return found.pairs.map { [$0.later.key, $0.earlier.key] }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test("seeded random series: several figures a period, spans, censored values, zeros, changes, breakdowns and shares")
    func randomSeries() throws {
        for seed in UInt64(1)...6 {
            var random = SeededGenerator(seed: seed)
            let scratch = try ScratchDatabase()
            for source in ["a", "b", "c"] { try scratch.source(source) }
            let periods = [("2015", "2015"), ("2016", "2016"), ("2016", "2018"), ("2017", "2017"), ("2017-01", "2017-06"),
                           ("2018", "2018"), ("2019", "2019"), ("2019-01-01", "2019-12-31"), ("2020", "2020")]
            let values: [Double] = [1, 1.5, 9, 10, 11, 30, 99, 100, 101, 1_000, 0.3, 0.01, 0]
            var number = 0
            for place in ["NPL", "IND"] {
                for (unit, sex) in [("persons", "total"), ("persons", "female"), ("percent", "total"), ("percent-change", "total")] {
                    for period in periods {
                        // Up to four figures a period, some periods none; the same period may repeat a source.
                        for _ in 0..<Int.random(in: 0...4, using: &random) {
                            number += 1
                            let key = "f-\(number)"
                            let censored = Int.random(in: 0..<10, using: &random) == 0
                            try scratch.figure(
                                key, value: censored ? nil : values.randomElement(using: &random), unit: unit, place: place,
                                period: period, source: ["a", "b", "c"].randomElement(using: &random) ?? "a",
                                sex: sex, high: censored ? 4 : nil, censored: censored)
                            if Int.random(in: 0..<12, using: &random) == 0 {
                                try scratch.db.execute(
                                    "INSERT INTO figure_breakdowns (figure, dimension, category) VALUES (?, 'citizenship', 'Nationals')", [key])
                            }
                        }
                    }
                }
            }
            let check = try checkPairs(scratch.db)
            #expect(check.count > 10, "seed \(seed): too few jumps to compare")
            #expect(try briefPairs(scratch.db) == check, "seed \(seed)")
        }
    }

    @Test("the brief names a pair within its filters only: a place left out, or a year before --from, is not compared")
    func filters() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("a")
        try scratch.figure("npl-2019", value: 1_000, place: "NPL", period: ("2019", "2019"), source: "a")
        try scratch.figure("npl-2020", value: 48_000, place: "NPL", period: ("2020", "2020"), source: "a")
        try scratch.figure("ind-2020", value: 5, place: "IND", period: ("2020", "2020"), source: "a")
        try scratch.figure("ind-2021", value: 50, place: "IND", period: ("2021", "2021"), source: "a")
        #expect(try checkPairs(scratch.db) == [["ind-2021", "ind-2020"], ["npl-2020", "npl-2019"]])
        #expect(try briefPairs(scratch.db) == [["ind-2021", "ind-2020"], ["npl-2020", "npl-2019"]])
        #expect(try briefPairs(scratch.db, BriefFilters(places: ["IND"])) == [["ind-2021", "ind-2020"]])
        #expect(try briefPairs(scratch.db, BriefFilters(from: 2020)) == [["ind-2021", "ind-2020"]])
    }

    @Test("one measure and place with more series than the short list holds (3 sexes by 8 age groups): each series compared within itself")
    func manySeries() throws {
        var random = SeededGenerator(seed: 7)
        let scratch = try ScratchDatabase()
        try scratch.source("a")
        let ages = ["0-17", "18+", "0-14", "15-24", "25-49", "50+", "15-64", "65+"]
        let values: [Double] = [1, 5, 10, 50, 100, 1_000]
        var number = 0
        for year in 2015...2020 {
            // Series appear in a different order each year, so a new series can come after the 17th.
            for (sex, age) in ["female", "male", "total"].flatMap({ sex in ages.map { (sex, $0) } }).shuffled(using: &random) {
                number += 1
                try scratch.figure("m-\(number)", value: values.randomElement(using: &random), place: "NPL",
                                   period: ("\(year)", "\(year)"), source: "a", sex: sex, ageGroup: age)
            }
        }
        let check = try checkPairs(scratch.db)
        #expect(check.count > 10)
        #expect(try briefPairs(scratch.db) == check)
    }

    @Test("two periods of many figures: each later figure with the two ends of the earlier period, as a brute-force search finds them, the first 20 kept in order")
    func largePeriods() throws {
        var random = SeededGenerator(seed: 42)
        let scratch = try ScratchDatabase()
        try scratch.source("a")
        let choices: [Double] = [0.5, 1, 5, 10, 50, 100, 1_000]
        var earlier: [(String, Double)] = [], later: [(String, Double)] = []
        for index in 0..<60 {
            let value: Double = choices.randomElement(using: &random) ?? 1
            let key = String(format: "e-%02d", index)
            earlier.append((key, value))
            try scratch.figure(key, value: value, place: "NPL", period: ("2019", "2019"), source: "a")
        }
        for index in 0..<40 {
            let value: Double = choices.randomElement(using: &random) ?? 1
            let key = String(format: "l-%02d", index)
            later.append((key, value))
            try scratch.figure(key, value: value, place: "NPL", period: ("2020", "2020"), source: "a")
        }
        // Each later figure with the smallest earlier one (a rise) and the largest (a fall), the
        // first key among equal values: the two ends, not every pair (review of session 44).
        let smallest = earlier.min { ($0.1, $0.0) < ($1.1, $1.0) }, largest = earlier.min { ($0.1, $1.0) > ($1.1, $0.0) }
        var expected: [[String]] = []
        for (l, lv) in later {
            if let (e, ev) = smallest, lv >= SeriesJump.factor * ev { expected.append([l, e]) }
            if let (e, ev) = largest, ev >= SeriesJump.factor * lv { expected.append([l, e]) }
        }
        let sorted = expected.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(try briefPairs(scratch.db) == sorted)
        #expect(try checkPairs(scratch.db) == sorted)
        // Kept: the first 20 in the order of the later figure, then of the earlier; the rest counted.
        let context = try BriefBuilder(db: scratch.db).makeContext(BriefFilters())
        let found = ComparabilityCheck.seriesJumps(context.inReadingOrder(context.set.figures), catalog: context.catalog)
        #expect(found.pairs.map { [$0.later.key, $0.earlier.key] } == Array(expected.prefix(20)))
        #expect(found.more == expected.count - 20)
    }

    @Test("seeded chains of repeats filed under other years: no pair holds a repeat, and the brief and check name the same pairs")
    func repeats() throws {
        for seed in UInt64(11)...14 {
            var random = SeededGenerator(seed: seed)
            let scratch = try ScratchDatabase()
            for source in ["a", "b", "c"] { try scratch.source(source) }
            let values: [Double] = [1, 10, 13, 100, 130, 1_000, 13_000, 130_000]
            var keys: [String] = []
            var repeats: Set<String> = []
            for number in 1...40 {
                let key = "f-\(number)"
                let year = String(Int.random(in: 2010...2020, using: &random))
                // About half repeat an earlier figure, under a year of their own and often another number.
                let cites = keys.isEmpty || Bool.random(using: &random) ? nil : keys.randomElement(using: &random)
                try scratch.figure(
                    key, value: values.randomElement(using: &random), place: "GBR", period: (year, year),
                    source: ["a", "b", "c"].randomElement(using: &random) ?? "a", cites: cites)
                if cites != nil { repeats.insert(key) }
                keys.append(key)
            }
            let check = try checkPairs(scratch.db)
            #expect(check.count > 3, "seed \(seed): too few jumps to compare")
            #expect(check.allSatisfy { $0.allSatisfy { !repeats.contains($0) } }, "seed \(seed): \(check)")
            #expect(try briefPairs(scratch.db) == check, "seed \(seed)")
        }
    }
}
