@testable import Ingest
import Testing
import TestSupport

/// Checks disclosure control against an independent reader: one who enumerates every table
/// consistent with what is published (the visible counts exactly, `<k` cells between 1 and k-1,
/// other suppressed cells between k and their published bound) and sees which values each small
/// count can still take. The reader knows what multi-select flags imply too (`FlagCover`):
/// everyone is unrecorded or holds a flag, and a flag's holders are recorded. Interval
/// propagation, which `DisclosureControl` uses, is not this enumeration, so the two can disagree;
/// these tests hold that they do not on tables where a reader could narrow a small count before.
@Suite("Disclosure control against a reader who enumerates every consistent table")
struct DisclosureAuditTests {
    /// The values each small (`<k`) cell can take in some table consistent with the publication:
    /// for each cell and value, a depth-first search for one whole table that has it.
    static func feasibleValues(
        values: [Int], relations: [[Int]], covers: [FlagCover] = [], minCell: Int, outcome: DisclosureControl.Outcome
    ) -> [Int: Set<Int>] {
        let hidden = outcome.primary.union(outcome.secondary)
        var range: [Int: ClosedRange<Int>] = [:]
        for cell in hidden {
            range[cell] = outcome.primary.contains(cell) ? 1...(minCell - 1) : minCell...max(minCell, outcome.upperBounds[cell] ?? minCell)
        }
        var published: [Int: Int] = [:]
        for cell in values.indices where !hidden.contains(cell) { published[cell] = values[cell] }

        /// Whether each cover can still hold within the ranges of its unknowns (exactly, once
        /// every member is known).
        func coversHold(_ values: [Int: Int]) -> Bool {
            func bounds(_ cell: Int?) -> ClosedRange<Int> {
                guard let cell else { return 0...0 }
                if let value = values[cell] { return value...value }
                return range[cell] ?? 0...0
            }
            for cover in covers {
                let total = bounds(cover.total)
                let missing = bounds(cover.unrecorded)
                let flags = cover.flags.map(bounds)
                let reach = missing.upperBound + flags.reduce(0) { $0 + $1.upperBound }
                guard total.lowerBound <= reach else { return false }
                guard flags.allSatisfy({ $0.lowerBound + missing.lowerBound <= total.upperBound }) else { return false }
            }
            return true
        }

        /// Fills every relation with one unknown member, and checks that each relation can still
        /// balance within the ranges of its unknowns; false on a contradiction.
        func propagate(_ values: inout [Int: Int]) -> Bool {
            var changed = true
            while changed {
                changed = false
                for relation in relations {
                    // The relation reads total - cells = 0: the total counts +1, each cell -1.
                    var low = 0
                    var high = 0
                    var unknown: [Int] = []
                    for (position, member) in relation.enumerated() {
                        let sign = position == 0 ? 1 : -1
                        if let value = values[member] {
                            low += sign * value
                            high += sign * value
                        } else if let bounds = range[member] {
                            unknown.append(member)
                            low += sign > 0 ? bounds.lowerBound : -bounds.upperBound
                            high += sign > 0 ? bounds.upperBound : -bounds.lowerBound
                        }
                    }
                    guard low <= 0 && 0 <= high else { return false }
                    if unknown.count == 1, let cell = unknown.first, let bounds = range[cell] {
                        // Everything else is known: the one unknown is what balances it.
                        let rest = cell == relation[0] ? low - bounds.lowerBound : low + bounds.upperBound
                        let value = cell == relation[0] ? -rest : rest
                        guard bounds.contains(value) else { return false }
                        values[cell] = value
                        changed = true
                    }
                }
            }
            return coversHold(values)
        }

        // The narrowest ranges are tried first: once the small counts are fixed, the relations
        // mostly settle the others, where trying each value of a wide range would take long.
        let order = hidden.sorted { (range[$0]?.count ?? 0, $0) < (range[$1]?.count ?? 0, $1) }
        func exists(_ values: [Int: Int]) -> Bool {
            guard let next = order.first(where: { values[$0] == nil }) else { return true }
            for value in range[next] ?? 0...0 {
                var trial = values
                trial[next] = value
                if propagate(&trial) && exists(trial) { return true }
            }
            return false
        }

        var seen: [Int: Set<Int>] = [:]
        for cell in outcome.primary {
            for value in 1..<minCell {
                var trial = published
                trial[cell] = value
                if propagate(&trial) && exists(trial) { seen[cell, default: []].insert(value) }
            }
        }
        return seen
    }

    /// Every small count can still be anything from 1 to k-1, as a reader who tries every table
    /// sees, less what the table's shape alone says: the range an audit finds when every count is
    /// suppressed (a country of `<5` people, one of them unrecorded, has at most 3 in any form).
    static func expectSmallCountsUnknown(
        values: [Int], relations: [[Int]], covers: [FlagCover] = [], minCell: Int, outcome: DisclosureControl.Outcome
    ) {
        let feasible = feasibleValues(values: values, relations: relations, covers: covers, minCell: minCell, outcome: outcome)
        let control = DisclosureControl(values: values, relations: relations, covers: covers, minCell: minCell)
        let shape = control.audit([Bool](repeating: true, count: values.count))
        for cell in outcome.primary {
            let range = control.range(of: cell, low: shape.low, high: shape.high)
            let expected = Set(max(1, range.lowerBound)...min(minCell - 1, range.upperBound))
            #expect(feasible[cell] == expected, "cell \(cell) (\(values[cell])) can only be \(feasible[cell]?.sorted() ?? []), not \(expected.sorted())")
        }
    }

    @Test("country by gender: USA 10 women and 1 man, Moldova 30, 30 and 3 not recorded")
    func reviewersTable() throws {
        // 0 all, 1 MDA, 2 MDA female, 3 MDA male, 4 MDA not recorded, 5 USA, 6 USA female, 7 USA male,
        // 8 female, 9 male, 10 not recorded. Published before: all, MDA, MDA male, USA, female, and
        // a reader could tell that USA male was 1, 2 or 3.
        let values = [74, 63, 30, 30, 3, 11, 10, 1, 40, 31, 3]
        let relations = [[0, 1, 5], [0, 8, 9, 10], [1, 2, 3, 4], [5, 6, 7], [8, 2, 6], [9, 3, 7], [10, 4]]
        let outcome = try DisclosureControl(values: values, relations: relations, minCell: 11).protect(lockedVisible: [0])
        #expect(outcome.primary == [4, 6, 7, 10])
        Self.expectSmallCountsUnknown(values: values, relations: relations, minCell: 11, outcome: outcome)
    }

    @Test("a total of 15 made of 3 and 12: the 3 would read as at most 4, so the table is refused")
    func twoCells() throws {
        let control = DisclosureControl(values: [15, 3, 12], relations: [[0, 1, 2]], minCell: 11)
        #expect(throws: DisclosureControl.Failure.self) { try control.protect(lockedVisible: [0]) }
    }

    @Test("seeded three-by-three tables with margins: no small count narrowed, or the table refused", arguments: 0..<40)
    func randomTables(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        // cells 0...8 (row-major), rows 9...11, columns 12...14, total 15
        let cells = (0..<9).map { _ in Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 1...10, using: &random) : Int.random(in: 11...40, using: &random) }
        let rows = (0..<3).map { row in (0..<3).reduce(0) { $0 + cells[row * 3 + $1] } }
        let columns = (0..<3).map { column in (0..<3).reduce(0) { $0 + cells[$1 * 3 + column] } }
        let values = cells + rows + columns + [rows.reduce(0, +)]
        var relations = (0..<3).map { row in [9 + row] + (0..<3).map { row * 3 + $0 } }
        relations += (0..<3).map { column in [12 + column] + (0..<3).map { $0 * 3 + column } }
        relations += [[15, 9, 10, 11], [15, 12, 13, 14]]
        let outcome: DisclosureControl.Outcome
        do {
            outcome = try DisclosureControl(values: values, relations: relations, minCell: 11).protect(lockedVisible: [15])
        } catch {
            return  // refused: nothing is published
        }
        #expect(outcome.primary == Set(values.indices.filter { values[$0] < 11 }))
        Self.expectSmallCountsUnknown(values: values, relations: relations, minCell: 11, outcome: outcome)
    }
}
