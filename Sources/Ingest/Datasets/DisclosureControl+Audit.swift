/// The audit: what a reader can infer about every count from the published ones.
///
/// Bounds are propagated through every relation and cover until they settle (a worklist: only
/// the constraints of a count whose bounds moved are looked at again). Bounds alone miss what a
/// reader learns by adding two constraints together: in a table where a country's forced-labour
/// count and its unrecorded people are both within its total, and the country's total and
/// another's add up to a published number, fixing a small count at 4 may contradict the rest only
/// after a chain of steps. So a small count's range is also shaved: each value at either end is
/// fixed in turn and propagated, and a value that leads to a contradiction is one a reader rules out.
/// Both are cheap and sound (what they rule out, a reader rules out) but not complete: a
/// contradiction that needs two counts moved together escapes them (seed 323 of the flag tests).
/// So once they find nothing more, the published counts are solved together as a linear program
/// in whole numbers (`DisclosureControl+Solved`), which finds what any reader can, for each small
/// count whose suppressed neighbours link it to few enough constraints to solve.
extension DisclosureControl {
    /// How many constraints one settling may look at, per constraint of the table, before it stops
    /// (as the first version's 100 passes over every relation did): bounds of large counts can
    /// move by one person per round.
    private static let roundsPerConstraint = 100

    /// What a reader can infer about every count (`hidden` marks the suppressed ones): lower and
    /// upper bounds, by propagation through the relations and covers that involve a suppressed count.
    func audit(_ hidden: [Bool]) -> (low: [Int], high: [Int]) {
        var bounds = ReaderBounds(low: values, high: values)
        for cell in values.indices where hidden[cell] {
            bounds.low[cell] = values[cell] < minCell ? (mayBeEmpty[cell] ? 0 : 1) : minCell
            bounds.high[cell] = values[cell] < minCell ? minCell - 1 : Self.unbounded
        }
        let active = (0..<(relations.count + covers.count)).filter { members(of: $0).contains { hidden[$0] } }
        settle(&bounds, queue: active)
        return (bounds.low, bounds.high)
    }

    /// The values a reader cannot rule out for `cell`, given settled bounds: its bounds, less each
    /// value at either end that contradicts the published counts once fixed.
    func range(of cell: Int, low: [Int], high: [Int]) -> ClosedRange<Int> {
        var lowest = low[cell]
        var highest = max(lowest, high[cell])
        while lowest < highest && !admits(cell, value: lowest, low: low, high: high) { lowest += 1 }
        while highest > lowest && !admits(cell, value: highest, low: low, high: high) { highest -= 1 }
        return lowest...highest
    }

    private func admits(_ cell: Int, value: Int, low: [Int], high: [Int]) -> Bool {
        var bounds = ReaderBounds(low: low, high: high)
        bounds.low[cell] = value
        bounds.high[cell] = value
        settle(&bounds, queue: constraintsOf[cell])
        return bounds.consistent
    }

    /// Propagates bounds from the constraints in `queue` until none moves, the budget is spent, or
    /// some count's bounds cross (`bounds.consistent` is then false).
    private func settle(_ bounds: inout ReaderBounds, queue initial: [Int]) {
        let count = relations.count + covers.count
        var queued = [Bool](repeating: false, count: count)
        var queue = initial
        for constraint in initial { queued[constraint] = true }
        var head = 0
        var budget = Self.roundsPerConstraint * max(count, 1)
        while head < queue.count && budget > 0 && bounds.consistent {
            let constraint = queue[head]
            head += 1
            budget -= 1
            queued[constraint] = false
            bounds.moved.removeAll(keepingCapacity: true)
            if constraint < relations.count {
                Self.propagate(relation: relations[constraint], &bounds)
            } else {
                Self.propagate(cover: covers[constraint - relations.count], &bounds)
            }
            for cell in bounds.moved {
                for next in constraintsOf[cell] where !queued[next] {
                    queued[next] = true
                    queue.append(next)
                }
            }
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
    }

    /// The total is at least the sum of its cells' lower bounds and at most that of their upper
    /// bounds; a cell is the total minus the others.
    private static func propagate(relation: [Int], _ bounds: inout ReaderBounds) {
        let total = relation[0]
        let cells = relation.dropFirst()
        var sumLow = 0
        var boundedHigh = 0
        var unboundedCells = 0
        for cell in cells {
            sumLow = add(sumLow, bounds.low[cell])
            if bounds.high[cell] >= unbounded { unboundedCells += 1 } else { boundedHigh += bounds.high[cell] }
        }
        bounds.raise(total, to: sumLow)
        if unboundedCells == 0 { bounds.lower(total, to: boundedHigh) }
        for cell in cells {
            let othersLow = sumLow - bounds.low[cell]
            let cellUnbounded = bounds.high[cell] >= unbounded
            if unboundedCells - (cellUnbounded ? 1 : 0) == 0 {
                bounds.raise(cell, to: bounds.low[total] - (boundedHigh - (cellUnbounded ? 0 : bounds.high[cell])))
            }
            if bounds.high[total] < unbounded { bounds.lower(cell, to: bounds.high[total] - othersLow) }
        }
    }

    /// What a reader knows of multi-select flags: `total <= unrecorded + sum of flags` (everyone
    /// recorded holds a flag) and, for each flag, `flag + unrecorded <= total` (a flag's holders
    /// are recorded).
    private static func propagate(cover: FlagCover, _ bounds: inout ReaderBounds) {
        let total = cover.total
        let missingLow = cover.unrecorded.map { bounds.low[$0] } ?? 0
        let missingHigh = cover.unrecorded.map { bounds.high[$0] } ?? 0
        var flagsHigh = 0
        var largestFlagLow = 0
        for flag in cover.flags {
            flagsHigh = add(flagsHigh, bounds.high[flag])
            largestFlagLow = max(largestFlagLow, bounds.low[flag])
        }
        // Everyone is unrecorded or holds a flag.
        bounds.lower(total, to: add(missingHigh, flagsHigh))
        if let missing = cover.unrecorded, flagsHigh < unbounded { bounds.raise(missing, to: bounds.low[total] - flagsHigh) }
        if missingHigh < unbounded && flagsHigh < unbounded {
            for flag in cover.flags { bounds.raise(flag, to: bounds.low[total] - missingHigh - (flagsHigh - bounds.high[flag])) }
        }
        // A flag's holders are recorded.
        bounds.raise(total, to: missingLow + largestFlagLow)
        if bounds.high[total] < unbounded {
            for flag in cover.flags { bounds.lower(flag, to: bounds.high[total] - missingLow) }
            if let missing = cover.unrecorded { bounds.lower(missing, to: bounds.high[total] - largestFlagLow) }
        }
    }
}
