/// `BriefContext.sameDaysRuns` of a brief's figures in reading order, worked out once and kept
/// for each scan that goes through them by measure, place and days: the subgroups scan, the
/// editions' candidates and the competing estimates.
///
/// Why: each worked them out again with a pass over every record (string comparisons of each
/// figure with the one before, a cache miss per record): some 30 ms each over 100,000 figures,
/// two of them on the brief's main thread (`perf`, session 61).
struct SameDaysGroups: Sendable {
    /// Each group's runs of positions in the figures, one group after another.
    private var runs: [Range<Int>] = []
    /// Where each group's runs end in `runs`.
    private var ends: [Int] = []

    init(_ ordered: [FigureRecord]) {
        var runs: [Range<Int>] = [], ends: [Int] = []
        BriefContext.sameDaysRuns(ordered[...]) { group in
            runs.append(contentsOf: group)
            ends.append(runs.count)
        }
        (self.runs, self.ends) = (runs, ends)
    }

    /// Calls `body` with each group, as `BriefContext.sameDaysRuns(ordered[...], body)` does.
    func forEach(_ body: (ArraySlice<Range<Int>>) -> Void) {
        for group in ends.indices { body(runs[start(group)..<ends[group]]) }
    }

    /// Calls `body` with each group of the figures at `positions`, as
    /// `BriefContext.sameDaysRuns(ordered[positions], body)` does, when `positions` holds whole
    /// measures and places (a group never spans two).
    func forEach(in positions: Range<Int>, _ body: (ArraySlice<Range<Int>>) -> Void) {
        // The groups come in order of their first run: the first one in `positions`, by halving.
        var low = 0, high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if first(middle) < positions.lowerBound { low = middle + 1 } else { high = middle }
        }
        var group = low
        while group < ends.count && first(group) < positions.upperBound {
            body(runs[start(group)..<ends[group]])
            group += 1
        }
    }

    private func start(_ group: Int) -> Int { group == 0 ? 0 : ends[group - 1] }

    /// The position of the group's first figure.
    private func first(_ group: Int) -> Int { runs[start(group)].lowerBound }
}
