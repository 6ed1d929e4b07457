@testable import Ingest
import Testing
import TestSupport

/// Two tables derived from one version (country by gender, then country by year) share the
/// country totals and the number of all people. A reader holds both, so the second table's
/// suppression is decided over both tables' cells and relations (`CombinedCells`), the first
/// table's counts locked as published; the reader who enumerates every consistent pair of
/// tables (`DisclosureAuditTests.feasibleValues`) must learn nothing about any small count.
/// (Audited alone, with only the shared cells locked, as derive did before, seed 119's second
/// table let that reader narrow three small counts to three values each.)
@Suite("Disclosure control over every table derived from a version, not the latest alone")
struct DisclosureUnionTests {
    /// One seeded cube of counts, country (3) by gender (2) by year (2), and its two tables.
    struct Pair {
        var first: (keys: [String], values: [Int], relations: [[Int]])
        var second: (keys: [String], values: [Int], relations: [[Int]])
    }

    static func pair(seed: UInt64) -> Pair {
        var random = SeededGenerator(seed: seed)
        let cube = (0..<12).map { _ in Int.random(in: 0..<3, using: &random) == 0 ? Int.random(in: 1...6, using: &random) : Int.random(in: 5...25, using: &random) }
        func count(country: Int?, gender: Int?, year: Int?) -> Int {
            var sum = 0
            for c in 0..<3 where country.map({ $0 == c }) ?? true {
                for g in 0..<2 where gender.map({ $0 == g }) ?? true {
                    for y in 0..<2 where year.map({ $0 == y }) ?? true { sum += cube[c * 4 + g * 2 + y] }
                }
            }
            return sum
        }
        // A table of country by another dimension: 0 all, 1-3 countries, 4-5 the other's values, 6-11 cells.
        func table(_ name: String, gender: Bool) -> (keys: [String], values: [Int], relations: [[Int]]) {
            var keys = ["all"] + (0..<3).map { "c\($0)" } + (0..<2).map { "\(name)\($0)" }
            var values = [count(country: nil, gender: nil, year: nil)] + (0..<3).map { count(country: $0, gender: nil, year: nil) }
            values += (0..<2).map { gender ? count(country: nil, gender: $0, year: nil) : count(country: nil, gender: nil, year: $0) }
            for c in 0..<3 {
                for v in 0..<2 {
                    keys.append("c\(c)/\(name)\(v)")
                    values.append(gender ? count(country: c, gender: v, year: nil) : count(country: c, gender: nil, year: v))
                }
            }
            var relations = [[0, 1, 2, 3], [0, 4, 5]]
            relations += (0..<3).map { c in [1 + c, 6 + c * 2, 7 + c * 2] }
            relations += (0..<2).map { v in [4 + v, 6 + v, 8 + v, 10 + v] }
            return (keys, values, relations)
        }
        return Pair(first: table("g", gender: true), second: table("y", gender: false))
    }

    @Test("seeded pairs of tables: no small count of either narrowed by the two together, or the second refused", arguments: 0..<300)
    func pairs(seed: UInt64) throws {
        let minCell = 5
        let pair = Self.pair(seed: seed)
        let first: DisclosureControl.Outcome
        do {
            first = try DisclosureControl(values: pair.first.values, relations: pair.first.relations, minCell: minCell).protect(lockedVisible: [0])
        } catch {
            return  // the first table refused: nothing published
        }
        var combined = CombinedCells()
        combined.add(keys: pair.second.keys, values: pair.second.values, relations: pair.second.relations)
        let consistent = combined.add(keys: pair.first.keys, values: pair.first.values, relations: pair.first.relations)
        #expect(consistent)
        #expect(combined.keys.count == 20)
        var visible: Set<Int> = [], suppressed: Set<Int> = []
        for (index, key) in pair.first.keys.enumerated() {
            guard let id = combined.byKey[key] else { continue }
            if first.primary.contains(index) || first.secondary.contains(index) { suppressed.insert(id) } else { visible.insert(id) }
        }
        let second: DisclosureControl.Outcome
        do {
            second = try DisclosureControl(values: combined.values, relations: combined.relations, minCell: minCell)
                .protect(lockedVisible: visible, lockedSuppressed: suppressed)
        } catch {
            return  // the second table refused: only the first is published, and it was audited alone
        }
        // What a reader holds: the first table as published, the second's new cells as decided now.
        var published = second
        for (index, key) in pair.first.keys.enumerated() {
            guard let id = combined.byKey[key], let bound = first.upperBounds[index] else { continue }
            published.upperBounds[id] = min(bound, second.upperBounds[id] ?? bound)
        }
        #expect(published.primary == Set(combined.values.indices.filter { combined.values[$0] < minCell }))
        DisclosureAuditTests.expectSmallCountsUnknown(
            values: combined.values, relations: combined.relations, minCell: minCell, outcome: published)
    }
}
