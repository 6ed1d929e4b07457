/// The rule behind `tipdb check`'s `sub-periods-off-total` warning and the brief's caution about
/// counts for the periods within a longer one (the quarters of a year, the months of a quarter)
/// that do not add up to its count, kept in one place so that both name the same sums.
///
/// Why: a statistics unit publishes referrals each quarter and for the calendar and financial
/// year, and a slip that typed 14,603 for 4,603 made four quarters add up to 27,004 beside the
/// year's 17,004, which ingest, check and the brief all passed as clean; a single quarter of
/// 46,030 beside its year of 17,004 was not named either (a government statistician's review,
/// session 55). Counts over periods that do not overlap, of the same people (measure, place,
/// subgroup, unit, source or one export's releases, study), cannot add up to more than the count
/// over a period containing them all, and where they cover it exactly, they are its count.
///
/// Only counts of what happened during a period are added (`measureCounts`: detected victims,
/// referrals, prosecutions): a prevalence estimate describes a point in time, and a share, a rate
/// or an index is never summed. Only a certain difference is named, as `SubgroupSums` names one:
/// a part at its smallest number (a censored `<5` as 1, an interval at its low end), the whole at
/// its largest (`MeasureSums.largest`) for a sum above it; for sub-periods that cover the whole
/// exactly and add up to less, each part at its largest (a `<5` as 4) against the whole at its
/// smallest. Counts from records are exact; an estimate of such a measure may differ by its
/// rounding (`SubgroupSums.roundingAllowance`). Of several figures for one sub-period, the
/// smallest is added to the sum above and the largest to the sum below, so that two versions of
/// one quarter are never both taken.
public enum PeriodSums {
    /// What the measures whose counts add up over time count (`measures.counts`).
    public static let measureCounts: Set<String> = ["detected-count", "criminal-justice-count"]

    /// Sub-periods of one period whose counts do not add up to its count.
    public struct Sum<Member> {
        /// The sub-periods added, earliest first.
        public let parts: [Member]
        /// The number each part adds: its smallest for a sum above the whole, its largest for one below it.
        public let amounts: [Double]
        public let whole: Member
        /// The whole's number compared: its largest for a sum above it, its smallest for one below.
        public let wholeAmount: Double
        /// Whether the parts add up to less than the whole (they then cover its days exactly).
        public let below: Bool
        /// Whether the parts cover the whole's days exactly, one after another.
        public let covers: Bool

        /// What the parts add up to (`amounts`).
        public var sum: Double { amounts.reduce(0, +) }
    }

    /// A figure as the rule reads it: where it stands among the members judged, its days and its
    /// smallest and largest numbers. Not generic over the member type: a brief calls `judge` from
    /// another module, where generic code runs unspecialized, looking up type metadata and key
    /// paths at run time (two thirds of the rule's time in a 100,000-figure brief, session 57).
    struct Span {
        /// The member's index in the array `judge` collects; -1 for the whole.
        let index: Int
        let key: String
        let first: Int
        let last: Int
        let smallest: Double
        let largest: Double
    }

    /// The sums of `whole` among `parts` (figures of its measure, place, subgroup, unit, study and
    /// origin; any period), or nil when they add up to it: the heaviest set of sub-periods that do
    /// not overlap above the whole at its largest, else a set covering the whole's days exactly
    /// below it at its smallest.
    ///
    /// - Parameters:
    ///   - recordsCounted: whether the measure counts from records (`Measure.isCountedFromRecords`):
    ///     such counts are exact, and no rounding is allowed for.
    ///   - coveringOnly: compare only sub-periods that cover the whole exactly (a later edition's
    ///     quarters beside an earlier edition's year, where a heavier set of one edition's months
    ///     and another's quarters would add up to nothing).
    public static func judge<Member: SubgroupTotalMember>(
        whole: Member, among parts: some Sequence<Member>, recordsCounted: Bool, coveringOnly: Bool = false
    ) -> Sum<Member>? {
        guard let wholeSpan = span(whole, index: -1) else { return nil }
        // One figure per set of days: the smallest for the sum above, the largest for the sum below.
        var members: [Member] = []
        var smallest: [Int: Span] = [:], largest: [Int: Span] = [:]
        for member in parts {
            guard let part = span(member, index: members.count), part.first >= wholeSpan.first, part.last <= wholeSpan.last,
                  part.first != wholeSpan.first || part.last != wholeSpan.last else { continue }
            members.append(member)
            let at = part.first &* 100_000_000 &+ part.last
            if smallest[at].map({ precedes(part, $0, by: part.smallest, $0.smallest, ascending: true) }) ?? true { smallest[at] = part }
            if largest[at].map({ precedes(part, $0, by: part.largest, $0.largest, ascending: false) }) ?? true { largest[at] = part }
        }
        guard !smallest.isEmpty else { return nil }
        func rounded(_ amounts: [Double]) -> Double { recordsCounted ? 0 : SubgroupSums.roundingAllowance(amounts) }
        // Above: the heaviest set that does not overlap (each sub-period at its smallest).
        let candidates = coveringOnly
            ? covering(Array(smallest.values), whole: wholeSpan, weight: { $0.smallest }) : heaviestDisjoint(Array(smallest.values))
        if let chosen = candidates, !chosen.isEmpty {
            let sum = chosen.reduce(0) { $0 + $1.smallest }
            let allowance = rounded(chosen.map(\.smallest) + [wholeSpan.largest])
            if sum - wholeSpan.largest > allowance * (1 + 1e-9) {
                return Sum(parts: chosen.map { members[$0.index] }, amounts: chosen.map(\.smallest), whole: whole,
                           wholeAmount: wholeSpan.largest, below: false, covers: covers(chosen, whole: wholeSpan))
            }
        }
        // Below: sub-periods that cover the whole exactly, each at its largest, the heaviest such set.
        guard let chain = covering(Array(largest.values), whole: wholeSpan, weight: { $0.largest }), chain.count >= 2 else { return nil }
        let sum = chain.reduce(0) { $0 + $1.largest }
        let allowance = rounded(chain.map(\.largest) + [wholeSpan.smallest])
        guard wholeSpan.smallest - sum > allowance * (1 + 1e-9) else { return nil }
        return Sum(parts: chain.map { members[$0.index] }, amounts: chain.map(\.largest), whole: whole, wholeAmount: wholeSpan.smallest,
                   below: true, covers: true)
    }

    /// The figure's days and numbers, or nil for one without a number, or whose period ends
    /// before it starts (`2021-10` to `2021-6`, which the schema's text comparison lets a row
    /// written with SQL keep): such days are within no period and contain none.
    static func span<Member: SubgroupTotalMember>(_ member: Member, index: Int) -> Span? {
        let (first, last) = (member.firstDay, member.lastDay)
        let small = SubgroupSums.smallest(member)
        guard first <= last, let large = MeasureSums.largest(value: member.value, high: member.high) ?? member.low, large > 0 || small > 0 else {
            return nil
        }
        return Span(index: index, key: member.key, first: first, last: last, smallest: small, largest: max(large, small))
    }

    /// Whether `a` is kept before `b` for one set of days: the smaller (or larger) number `x` than
    /// `b`'s `y`, then the key in byte order.
    private static func precedes(_ a: Span, _ b: Span, by x: Double, _ y: Double, ascending: Bool) -> Bool {
        if x != y { return ascending ? x < y : x > y }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }

    /// Whether `parts`, earliest first, follow one another from the whole's first day to its last.
    private static func covers(_ parts: [Span], whole: Span) -> Bool {
        guard let first = parts.first, let last = parts.last, first.first == whole.first, last.last == whole.last else { return false }
        return zip(parts, parts.dropFirst()).allSatisfy { PeriodDays.dayAfter($0.last) == $1.first }
    }

    /// The heaviest set of parts whose days do not overlap, earliest first (weighted interval
    /// scheduling by their smallest numbers). A whole has a few dozen sub-periods at most.
    static func heaviestDisjoint(_ parts: [Span]) -> [Span]? {
        let sorted = parts.sorted { ($0.last, $0.first) < ($1.last, $1.first) }
        var best: [(weight: Double, taken: [Int])] = [(0, [])]
        for (index, part) in sorted.enumerated() {
            let before = sorted[..<index].lastIndex { $0.last < part.first }.map { $0 + 1 } ?? 0
            let taking = best[before].weight + part.smallest
            best.append(taking > best[index].weight ? (taking, best[before].taken + [index]) : best[index])
        }
        return (best.last?.taken ?? []).map { sorted[$0] }
    }

    /// The heaviest chain of parts (by `weight`) that covers the whole's days exactly, one part
    /// starting the day after the one before ends, earliest first; nil when none does.
    static func covering(_ parts: [Span], whole: Span, weight: (Span) -> Double) -> [Span]? {
        let sorted = parts.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
        // The heaviest chain from the whole's first day through the end of each part, by index.
        var chains: [[Int]?] = Array(repeating: nil, count: sorted.count)
        var weights: [Double] = Array(repeating: 0, count: sorted.count)
        for (index, part) in sorted.enumerated() {
            if part.first == whole.first {
                chains[index] = [index]
                weights[index] = weight(part)
            }
            for earlier in sorted.indices.prefix(index) {
                guard let chain = chains[earlier], PeriodDays.dayAfter(sorted[earlier].last) == part.first else { continue }
                let total = weights[earlier] + weight(part)
                if chains[index] == nil || total > weights[index] {
                    chains[index] = chain + [index]
                    weights[index] = total
                }
            }
        }
        var best: [Int]?
        var bestWeight = -Double.infinity
        for index in sorted.indices where sorted[index].last == whole.last {
            if let chain = chains[index], weights[index] > bestWeight {
                best = chain
                bestWeight = weights[index]
            }
        }
        return best.map { $0.map { sorted[$0] } }
    }
}

/// A brief finds its sums on a background thread while it writes other sections.
extension PeriodSums.Sum: Sendable where Member: Sendable {}
