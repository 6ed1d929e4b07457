import Testing

@testable import Report

/// `SameDaysGroups` is `BriefContext.sameDaysRuns` worked out once for a brief's figures and
/// handed to three scans: each must get exactly the groups it got by working them out itself,
/// for all the figures and for each measure and place alone.
@Suite("SameDaysGroups: the same groups as sameDaysRuns, for all figures and for each measure and place")
struct SameDaysGroupsTests {
    /// Two measures in three places; the world's forced labour writes 2018 three ways (so its
    /// groups merge runs that are not neighbours), with 2018-2019 between them in reading order.
    static func ordered() throws -> [FigureRecord] {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo")
        let periods = [("2018", "2018"), ("2018-01", "2018-12"), ("2018", "2019"), ("2018-01-01", "2018-12-31"), ("2019", "2019")]
        var index = 0
        for measure in ["forced-labour", "modern-slavery"] {
            for place in ["WLD", "GBR", "IND"] {
                // Only the world's forced labour writes months and days; the rest years alone.
                let written = measure == "forced-labour" && place == "WLD" ? periods : [periods[0], periods[2], periods[4]]
                for (period, sex) in written.flatMap({ period in ["total", "female"].map { (period, $0) } }) {
                    try scratch.figure("f\(index)", measure: measure, value: Double(100 + index), place: place, period: period, source: "ilo", sex: sex)
                    index += 1
                }
            }
        }
        let context = try BriefBuilder(db: scratch.db).makeContext(BriefFilters())
        return context.inReadingOrder(context.set.figures)
    }

    static func groups(_ each: ((ArraySlice<Range<Int>>) -> Void) -> Void) -> [[Range<Int>]] {
        var found: [[Range<Int>]] = []
        each { found.append(Array($0)) }
        return found
    }

    @Test("all the figures: the groups sameDaysRuns gives, merged periods included, in its order")
    func all() throws {
        let ordered = try Self.ordered()
        let kept = SameDaysGroups(ordered)
        let expected = Self.groups { BriefContext.sameDaysRuns(ordered[...], $0) }
        #expect(Self.groups { kept.forEach($0) } == expected)
        // The world's forced labour: 2018, 2018-01/2018-12 and 2018-01-01/2018-12-31 are one group of three runs.
        #expect(expected.contains { $0.count == 3 })
    }

    @Test("each measure and place alone: the groups sameDaysRuns gives for its slice, none of another's")
    func eachMeasureAndPlace() throws {
        let ordered = try Self.ordered()
        let kept = SameDaysGroups(ordered)
        let slices = BriefContext.byMeasureAndPlace(ordered)
        #expect(slices.count == 6)
        for slice in slices {
            let expected = Self.groups { BriefContext.sameDaysRuns(slice, $0) }
            #expect(!expected.isEmpty)
            #expect(Self.groups { kept.forEach(in: slice.indices, $0) } == expected)
        }
        #expect(Self.groups { kept.forEach(in: 0..<0, $0) }.isEmpty)
    }
}
