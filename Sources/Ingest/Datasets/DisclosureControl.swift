/// Cell suppression for counts of people: every count below the minimum cell size is
/// suppressed (primary suppression), and further counts are suppressed until the published ones
/// tell a reader nothing about a small count (secondary suppression).
///
/// The published table has margins, so each total equals the sum of its cells along any
/// single-valued dimension. A reader who knows a total and all but one of its cells knows the
/// last one; one who knows that suppressed counts are between 1 and k-1 can narrow others down.
/// Two rules are applied until neither adds a suppression:
///
/// 1. no total-and-cells relation has exactly one suppressed member (the subtraction attack);
/// 2. an audit propagates what a reader can infer — each published count exactly, each count
///    below the minimum between 1 and k-1, each other suppressed count at least k — through
///    every relation until the bounds settle. A count below the minimum must keep the range a
///    reader would give it if every count were suppressed (1 to k-1, less what the table's shape
///    alone tells: a total below k made of three published categories is at least 3): one who can
///    tell that a "<11" is at most 3 has learnt about a small group, so the smallest publishable
///    count next to it is suppressed too. A suppressed count of k or more needs no range of its
///    own: it is only suppressed to protect the small ones, which the audit checks directly.
///
/// When no suppression can help any more (every count next to a narrowed one is suppressed
/// already, or was published by an earlier derivation), ``protect(lockedVisible:lockedSuppressed:)``
/// throws: such a table is not published at all. A total of 10 made of ten cells, each published as
/// existing and so at least 1, is one: it would tell that each holds exactly one person.
///
/// Counts already published by an earlier derivation of the same dataset version are locked:
/// they stay as they were. The cells and relations given are those of every table derived from
/// the version (`CombinedCells`), so two derivations can never be combined to undo each other.
struct DisclosureControl {
    struct Failure: Error, Equatable {
        /// The cell that could not be protected.
        let cell: Int
    }

    struct Outcome: Equatable {
        var primary: Set<Int> = []
        var secondary: Set<Int> = []
        /// For each suppressed count, the upper bound a reader can infer (stored as its `high`).
        var upperBounds: [Int: Int] = [:]
    }

    private static let unbounded = Int.max / 8

    let values: [Int]
    /// Each relation: the total first, then its cells.
    let relations: [[Int]]
    let minCell: Int
    private let relationsOf: [[Int]]

    init(values: [Int], relations: [[Int]], minCell: Int) {
        self.values = values
        self.relations = relations
        self.minCell = minCell
        var byCell = [[Int]](repeating: [], count: values.count)
        for (index, relation) in relations.enumerated() {
            for member in relation { byCell[member].append(index) }
        }
        relationsOf = byCell
    }

    /// Decides which counts to suppress.
    ///
    /// - Parameters:
    ///   - lockedVisible: counts an earlier derivation published; never suppressed here.
    ///   - lockedSuppressed: counts an earlier derivation suppressed; always suppressed.
    func protect(lockedVisible: Set<Int> = [], lockedSuppressed: Set<Int> = []) throws(Failure) -> Outcome {
        var outcome = Outcome()
        var hidden = values.map { $0 < minCell }
        for cell in lockedSuppressed { hidden[cell] = true }
        var locked = [Bool](repeating: false, count: values.count)
        for cell in lockedVisible { locked[cell] = true }
        var high: [Int] = values
        let baseline = audit([Bool](repeating: true, count: values.count))
        while true {
            // Rule 1, to a fixed point: no relation with exactly one suppressed member.
            var added = true
            while added {
                added = false
                for relation in relations {
                    var count = 0
                    var only = 0
                    for member in relation where hidden[member] {
                        count += 1
                        only = member
                    }
                    guard count == 1 else { continue }
                    hidden[try candidate(in: [relation], besides: only, hidden: hidden, locked: locked)] = true
                    added = true
                }
            }
            // Rule 2: one more suppression next to each count the audit finds narrowed.
            let bounds = audit(hidden)
            high = bounds.high
            var stuck: Int?
            for cell in values.indices where hidden[cell] && isNarrowed(cell, bounds: bounds, baseline: baseline) {
                do {
                    let pick = try candidate(in: relationsOf[cell].map { relations[$0] }, besides: cell, hidden: hidden, locked: locked)
                    hidden[pick] = true
                    added = true
                } catch {
                    stuck = stuck ?? cell
                }
            }
            // A cell is only given up on once a whole pass adds nothing: a suppression made for
            // another cell in the same pass may have widened its bounds too.
            if !added {
                if let stuck { throw Failure(cell: stuck) }
                break
            }
        }
        // No bound is larger than the largest count: the number of all people, which derive
        // publishes (locked visible), so a reader knows it already.
        let largest = values.max() ?? 0
        for cell in values.indices where hidden[cell] {
            if values[cell] < minCell {
                outcome.primary.insert(cell)
                outcome.upperBounds[cell] = minCell - 1
            } else {
                outcome.secondary.insert(cell)
                outcome.upperBounds[cell] = min(high[cell], largest)
            }
        }
        return outcome
    }

    /// Whether a reader knows too much about the suppressed `cell`, a count below the minimum:
    /// more than suppressing every count would leave (`baseline`), or its value — except below a
    /// minimum of 2, where `<2` itself says 1.
    private func isNarrowed(_ cell: Int, bounds: (low: [Int], high: [Int]), baseline: (low: [Int], high: [Int])) -> Bool {
        let (low, high) = (bounds.low[cell], bounds.high[cell])
        guard values[cell] < minCell else { return false }
        return (low == high && minCell > 2) || low > baseline.low[cell] || high < baseline.high[cell]
    }

    /// The publishable count to suppress next to `cell`: the smallest cell (else total) in
    /// `relations` that is neither suppressed nor locked.
    private func candidate(in relations: [[Int]], besides cell: Int, hidden: [Bool], locked: [Bool]) throws(Failure) -> Int {
        var best: Int?
        for relation in relations {
            for member in relation.dropFirst() where member != cell && !hidden[member] && !locked[member] {
                if best.map({ (values[member], member) < (values[$0], $0) }) ?? true { best = member }
            }
        }
        if best == nil {
            for relation in relations {
                let total = relation[0]
                if total != cell && !hidden[total] && !locked[total] { best = total; break }
            }
        }
        guard let best else { throw Failure(cell: cell) }
        return best
    }

    /// What a reader can infer about every count (`hidden` marks the suppressed ones): lower and
    /// upper bounds, by propagation through the relations that involve a suppressed count.
    func audit(_ hidden: [Bool]) -> (low: [Int], high: [Int]) {
        var low = values
        var high = values
        for cell in values.indices where hidden[cell] {
            low[cell] = values[cell] < minCell ? 1 : minCell
            high[cell] = values[cell] < minCell ? minCell - 1 : Self.unbounded
        }
        let active = relations.filter { $0.contains { hidden[$0] } }
        for _ in 0..<100 {
            var changed = false
            for relation in active {
                let total = relation[0]
                let cells = relation.dropFirst()
                var sumLow = 0
                var boundedHigh = 0
                var unboundedCells = 0
                for cell in cells {
                    sumLow = Self.add(sumLow, low[cell])
                    if high[cell] >= Self.unbounded { unboundedCells += 1 } else { boundedHigh += high[cell] }
                }
                // The total is at least the sum of its cells' lower bounds, at most that of their upper bounds.
                if sumLow > low[total] { low[total] = sumLow; changed = true }
                if unboundedCells == 0 && boundedHigh < high[total] { high[total] = boundedHigh; changed = true }
                // A cell is the total minus the others.
                for cell in cells {
                    let othersLow = sumLow - low[cell]
                    let othersUnbounded = unboundedCells - (high[cell] >= Self.unbounded ? 1 : 0) > 0
                    if !othersUnbounded {
                        let othersHigh = boundedHigh - (high[cell] >= Self.unbounded ? 0 : high[cell])
                        let newLow = low[total] - othersHigh
                        if newLow > low[cell] { low[cell] = newLow; changed = true }
                    }
                    if high[total] < Self.unbounded {
                        let newHigh = high[total] - othersLow
                        if newHigh < high[cell] { high[cell] = newHigh; changed = true }
                    }
                }
            }
            if !changed { break }
        }
        return (low, high)
    }

    private static func add(_ a: Int, _ b: Int) -> Int {
        a >= unbounded || b >= unbounded ? unbounded : min(unbounded, a + b)
    }
}
