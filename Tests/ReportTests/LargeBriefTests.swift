import Foundation
import Storage
import Testing

@testable import Report

/// A brief large enough to take the paths that small fixtures never reach: figures read in
/// several chunks on two threads, table rows worded on another thread and on every core (on a
/// one-core machine, one slice). The expected rows use the same wording functions one figure at
/// a time: what is checked is how the background and parallel pieces are put back together.
@Suite("A brief over thousands of figures")
struct LargeBriefTests {
    static let places = ["WLD", "GBR", "IND", "BRA", "NGA", "PHL"]

    /// 9,000 figures: one measure with 6,000 (more than one core's share), two with 1,500; some
    /// repeat an earlier figure, so entries carry lineage; three sources, so citations vary.
    static func database() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        for source in ["ilo", "unodc", "walkfree"] { try scratch.source(source) }
        try scratch.db.transaction {
            for index in 0..<9_000 {
                let measure = index < 6_000 ? "forced-labour" : index < 7_500 ? "modern-slavery" : "forced-marriage"
                try scratch.figure(
                    String(format: "f%05d", index), measure: measure, value: Double(index * 37 % 1_000_003),
                    place: places[index % places.count], period: ("\(1_995 + index % 30)", "\(1_995 + index % 30)"),
                    source: ["ilo", "unodc", "walkfree"][index % 3],
                    cites: index % 10 == 9 ? String(format: "f%05d", index - 9) : nil,
                    sex: ["total", "female", "male"][index % 3 == 0 ? 0 : index % 2 + 1],
                    ageGroup: index % 7 == 0 ? "children" : "total")
            }
        }
        return scratch
    }

    @Test("every table row is what the figure's entry made alone, in order, with its source's number")
    func rowsSameAsOneByOne() throws {
        let scratch = try Self.database()
        let brief = try scratch.brief()
        let rows = brief.figureGroups.flatMap(\.figures)
        #expect(rows.count == 9_000)
        #expect(brief.figureGroups.count == 3)

        // The same figures, worded one at a time on this thread by a fresh context.
        let builder = BriefBuilder(db: scratch.db)
        let context = try builder.makeContext(BriefFilters())
        let expected = context.inReadingOrder(context.set.figures).map { context.entry($0) }
        #expect(rows.map(\.key) == expected.map(\.key))
        // Citation numbers depend on the order sections cite in, so they are compared with the
        // brief's own reference list instead.
        let numbers = Dictionary(uniqueKeysWithValues: brief.references.map { ($0.key, $0.number) })
        var mismatches = 0
        for (row, alone) in zip(rows, expected) {
            var row = row, alone = alone
            #expect(row.citation == numbers[row.source])
            row.citation = 0
            alone.citation = 0
            if row != alone { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(rows.contains { $0.repeats != nil })
    }

    @Test("each format's text in the pieces the command writes one after the other: several, and together the text")
    func writtenInPieces() throws {
        let scratch = try Self.database()
        let brief = try scratch.brief()
        for format in [ReportFormat.md, .html, .json, .csv] {
            let rendered = try BriefRenderer.render(brief, as: format, chartStem: nil)
            let pieces = try rendered.withUTF8Pieces { $0.map { Array($0) } }
            #expect(pieces.flatMap { $0 } == rendered.utf8, "\(format)")
            // The figures tables are written in slices on every core, each kept as a piece (csv is one string).
            if format != .csv { #expect(pieces.count > 1, "\(format)") }
        }
    }

    @Test("the same database gives the same brief, byte for byte, every time")
    func deterministic() throws {
        let scratch = try Self.database()
        let first = try BriefRenderer.render(try scratch.brief(), as: .json, chartStem: nil).utf8
        for _ in 0..<3 {
            #expect(try BriefRenderer.render(try scratch.brief(), as: .json, chartStem: nil).utf8 == first)
        }
    }
}
