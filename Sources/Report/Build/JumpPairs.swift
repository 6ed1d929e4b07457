import Storage

/// The pairs of figures `ComparabilityCheck.seriesJumps` finds, the first `limit` of them kept
/// and the others counted.
///
/// Why counted rather than kept: the brief names twenty and sums up the rest in one sentence,
/// and a generated or badly loaded database can hold tens of thousands of such pairs.
struct JumpPairs {
    let limit: Int
    private(set) var pairs: [(later: FigureRecord, earlier: FigureRecord)] = []
    private(set) var more = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Adds the pairs of a period (`later`) and the period before it in its series (`earlier`)
    /// that `SeriesJump.isJump` names: for each later figure in its order, the earlier ones in theirs.
    ///
    /// Periods of one figure each, most of a brief, are compared directly. Larger ones are first
    /// compared by their smallest and largest values, as check's query compares them; where some
    /// pair may jump, each later figure finds its earlier ones by binary search among the
    /// earlier values in order (those at most a tenth of it, and those at least ten times it), so
    /// two periods of thousands of figures cost their sorting, not the product of their sizes.
    mutating func compare(_ later: ArraySlice<FigureRecord>, _ earlier: ArraySlice<FigureRecord>) {
        if later.count == 1 && earlier.count == 1, let l = later.first, let e = earlier.first {
            if SeriesJump.isJump(later: l.value ?? 0, earlier: e.value ?? 0) { add(l, e) }
            return
        }
        // Most neighbouring periods cannot jump: they are ruled out by their extremes before any
        // array is made.
        guard let (laterLow, laterHigh) = Self.extremes(later), let (earlierLow, earlierHigh) = Self.extremes(earlier),
              SeriesJump.isJump(later: laterHigh, earlier: earlierLow) || SeriesJump.isJump(later: laterLow, earlier: earlierHigh)
        else { return }
        let laterValues = later.map { $0.value ?? 0 }, earlierValues = earlier.map { $0.value ?? 0 }
        // The earlier figures by value; their index in `earlier` breaks ties, so the order is fixed.
        let byValue = earlier.indices.sorted {
            (earlierValues[$0 - earlier.startIndex], $0) < (earlierValues[$1 - earlier.startIndex], $1)
        }
        let sorted = byValue.map { earlierValues[$0 - earlier.startIndex] }
        for (offset, figure) in later.enumerated() {
            let value = laterValues[offset]
            // Those at most a tenth of it come first in value order, those at least ten times it last:
            // `isJump` is the one condition or the other, so each pair is counted once.
            let small = Self.partition(sorted) { SeriesJump.factor * $0 > value }
            let large = max(small, Self.partition(sorted) { $0 >= SeriesJump.factor * value })
            let count = small + (sorted.count - large)
            guard count > 0 else { continue }
            guard pairs.count < limit else {
                more += count
                continue
            }
            let matched = (Array(byValue[..<small]) + Array(byValue[large...])).sorted()
            for index in matched { add(figure, earlier[index]) }
        }
    }

    /// The smallest and largest value of `figures`, nil for none.
    private static func extremes(_ figures: ArraySlice<FigureRecord>) -> (low: Double, high: Double)? {
        guard let first = figures.first else { return nil }
        var low = first.value ?? 0, high = low
        for figure in figures.dropFirst() {
            let value = figure.value ?? 0
            low = min(low, value)
            high = max(high, value)
        }
        return (low, high)
    }

    private mutating func add(_ later: FigureRecord, _ earlier: FigureRecord) {
        if pairs.count < limit { pairs.append((later, earlier)) } else { more += 1 }
    }

    /// The index of the first of `values` (in ascending order) for which `isAbove` holds, which
    /// holds for every value after it too.
    private static func partition(_ values: [Double], _ isAbove: (Double) -> Bool) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
