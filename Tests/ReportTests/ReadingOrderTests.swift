import Foundation
import Storage
import TestSupport
import Testing

@testable import Report

@Suite("Reading order of a brief's figures")
struct ReadingOrderTests {
    /// The order as the brief computed it before (commit 0ae3847), kept as the reference: five
    /// integers per figure, the fifth the rank of the figure's period as written, sex, age
    /// group, form and unit among their distinct combinations, then the key.
    static func reference(_ figures: [FigureRecord], context: BriefContext) -> [FigureRecord] {
        struct Subgroup: Hashable {
            let fields: [String]
            init(_ f: FigureRecord) { fields = [f.periodStart, f.periodEnd, f.sex, f.ageGroup, f.form ?? "", f.unit] }
        }
        var combinationIDs: [Subgroup: Int] = [:]
        var combinations: [Subgroup] = []
        let combinationOf = figures.map { figure in
            let subgroup = Subgroup(figure)
            if let id = combinationIDs[subgroup] { return id }
            combinationIDs[subgroup] = combinations.count
            combinations.append(subgroup)
            return combinations.count - 1
        }
        var combinationRank = [Int](repeating: 0, count: combinations.count)
        let byFields = combinations.indices.sorted {
            combinations[$0].fields.lexicographicallyPrecedes(combinations[$1].fields)
        }
        for (rank, id) in byFields.enumerated() { combinationRank[id] = rank }
        let ranks = figures.indices.map { index in
            let figure = figures[index]
            return (
                context.measureRank[figure.measure] ?? Int.max, context.placeRank[figure.place] ?? Int.max,
                BriefContext.dateNumber(figure.periodStart), BriefContext.dateNumber(figure.periodEnd),
                combinationRank[combinationOf[index]])
        }
        let order = figures.indices.sorted { a, b in
            if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
            return figures[a].key < figures[b].key
        }
        return order.map { figures[$0] }
    }

    static func context() throws -> BriefContext {
        let scratch = try ScratchDatabase()
        let catalog = try Catalog(db: scratch.db)
        let scope = Scope(
            measures: nil, places: nil, requestedPlaces: [], countries: [], from: nil, to: nil, filters: BriefFilters(),
            description: "", topic: "")
        let set = FigureSet(figures: [], byKey: [:], batchCounts: [:], batchIDs: [], minimumEstimates: [])
        return BriefContext(catalog: catalog, scope: scope, set: set)
    }

    /// Figures drawn from small pools, so that many share measure, place and dates and the text
    /// fields must decide; the pools hold unknown codes, dates written two ways (`2019` and
    /// `2019-00`), dates that are not dates, an empty form next to none, and non-ASCII text.
    static func figures(count: Int, seed: UInt64) -> [FigureRecord] {
        var generator = SeededGenerator(seed: seed)
        let measures = ["forced-labour", "detected-trafficking-victims", "modern-slavery", "no-such-measure"]
        let places = ["WLD", "GBR", "IND", "XK-unknown", "BRA"]
        let dates = ["2019", "2019-00", "2019-06", "2019-06-30", "2020", "1995", "n/a", "", "20190"]
        let sexes = ["total", "female", "male", "other"]
        let ages = ["total", "children", "adults", "18-20", "Ältere"]
        let forms: [String?] = [nil, "", "sexual-exploitation", "forced-labour"]
        let units = ["persons", "cases", "USD"]
        return (0..<count).map { index in
            let start = dates.randomElement(using: &generator) ?? ""
            let end = Bool.random(using: &generator) ? start : dates.randomElement(using: &generator) ?? ""
            return FigureRecord(
                key: "f\(count - index)", measure: measures.randomElement(using: &generator) ?? "", value: 1,
                censored: false, low: nil, high: nil, ciLevel: nil, unit: units.randomElement(using: &generator) ?? "",
                place: places.randomElement(using: &generator) ?? "", periodStart: start, periodEnd: end,
                sex: sexes.randomElement(using: &generator) ?? "", ageGroup: ages.randomElement(using: &generator) ?? "",
                form: forms.randomElement(using: &generator) ?? nil, source: "s", study: nil, locator: nil, quote: nil,
                cites: nil, method: "estimated", notes: nil, defaultUnit: nil)
        }
    }

    @Test("the two-step sort gives exactly the order the brief gave before", arguments: [(12, 1), (900, 2), (20_000, 3)])
    func sameAsReference(count: Int, seed: UInt64) throws {
        let context = try Self.context()
        let figures = Self.figures(count: count, seed: seed)
        let ordered = context.inReadingOrder(figures).map(\.key)
        let expected = Self.reference(figures, context: context).map(\.key)
        #expect(ordered.count == expected.count)
        let difference = zip(ordered, expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(difference == nil, "first difference at position \(difference?.offset ?? -1): \(String(describing: difference?.element))")
        // The input order does not matter.
        #expect(context.inReadingOrder(figures.reversed()).map(\.key) == ordered)
    }

    @Test("measure first, then place, then dates; ties decided by sex, age group and key")
    func readsAsDocumented() throws {
        let context = try Self.context()
        func figure(_ key: String, _ measure: String, _ place: String, _ start: String, sex: String = "total") -> FigureRecord {
            FigureRecord(
                key: key, measure: measure, value: 1, censored: false, low: nil, high: nil, ciLevel: nil, unit: "persons",
                place: place, periodStart: start, periodEnd: start, sex: sex, ageGroup: "total", form: nil, source: "s",
                study: nil, locator: nil, quote: nil, cites: nil, method: "estimated", notes: nil, defaultUnit: nil)
        }
        let a = figure("a", "forced-labour", "WLD", "2021")
        let b = figure("b", "forced-labour", "WLD", "2016")
        let c = figure("c", "forced-labour", "WLD", "2016", sex: "female")
        let d = figure("d", "forced-labour", "WLD", "2016-06")
        let e = figure("e", "forced-labour", "no-such-place", "2000")
        #expect(context.inReadingOrder([e, d, a, b, c]).map(\.key) == ["c", "b", "d", "a", "e"])
        #expect(context.inReadingOrder([]).isEmpty)
        #expect(context.inReadingOrder([a]).map(\.key) == ["a"])
    }
}
