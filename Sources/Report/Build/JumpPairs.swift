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
    /// that check's `series-jump` names: each later figure, in its order, with the smallest earlier
    /// figure when it is `SeriesJump.factor` times that one or more, and with the largest when it
    /// is a tenth of that one or less (the first key, by its bytes as SQLite orders text, among
    /// equal values, as `Audit.jumpPairs` takes it).
    ///
    /// Why the two ends only: check pairs each figure with them alone, so that two periods of
    /// thousands of figures give no more pairs than figures (review of session 44); a figure
    /// slipped into thousands among units is its period's smallest and is named with each of the
    /// next period's.
    mutating func compare(_ later: ArraySlice<FigureRecord>, _ earlier: ArraySlice<FigureRecord>) {
        guard let (smallest, largest) = Self.ends(earlier) else { return }
        let low = smallest.value ?? 0, high = largest.value ?? 0
        for figure in later {
            let value = figure.value ?? 0
            if value >= SeriesJump.factor * low { add(figure, smallest) }
            if high >= SeriesJump.factor * value { add(figure, largest) }
        }
    }

    /// The figures of `figures` with the smallest and the largest value, the first key among
    /// equal ones; nil for none.
    private static func ends(_ figures: ArraySlice<FigureRecord>) -> (smallest: FigureRecord, largest: FigureRecord)? {
        guard var smallest = figures.first else { return nil }
        var largest = smallest
        func keyFirst(_ a: FigureRecord, _ b: FigureRecord) -> Bool { a.key.utf8.lexicographicallyPrecedes(b.key.utf8) }
        for figure in figures.dropFirst() {
            let value = figure.value ?? 0, low = smallest.value ?? 0, high = largest.value ?? 0
            if value < low || value == low && keyFirst(figure, smallest) { smallest = figure }
            if value > high || value == high && keyFirst(figure, largest) { largest = figure }
        }
        return (smallest, largest)
    }

    private mutating func add(_ later: FigureRecord, _ earlier: FigureRecord) {
        if pairs.count < limit { pairs.append((later, earlier)) } else { more += 1 }
    }
}
