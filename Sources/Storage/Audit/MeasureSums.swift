/// The rule behind `tipdb check`'s `parts-above-whole` warning and the brief's caution about the
/// measures part of one broader measure adding up to more than it, kept in one place so that both
/// name the same sums.
///
/// Why: `measure-above-whole` names a part larger than its whole, but forced labour of 80,000 and
/// forced marriage of 70,000 beside modern slavery of 100,000, from one survey, are each below it
/// and still cannot all be right. Only the children of one measure in `measures.parent` are
/// added: they are parts that do not overlap by definition (forced labour and forced marriage
/// within modern slavery, the ILO's 27.6 + 22 = 49.6 million), where a grandchild lies within a
/// child and would be counted twice; but a child without a figure in the whole's slot is stood in
/// for by its own children (`standingIn`): the Global Estimates give forced labour's three forms
/// (17.3 + 6.3 + 3.9 million against 27.6) and no figure for forced labour in the private economy,
/// two of them lie within, so a form mistyped 13.9 passed everything (a child-rights specialist's
/// review, session 55).
///
/// Only a certain excess is named, as `SubgroupSums` names one: a part at its smallest number
/// (its low bound, else its value; a censored part adds 0 and is left out), the whole at its
/// largest (`largest`: the upper bound of its interval or range, else its value), and beyond the rounding of the numbers that show
/// one (`SubgroupSums.roundingAllowance`: the ILO's 17.3 + 6.3 million beside 23.6 million), counts
/// from records exactly (`Measure.isCountedFromRecords`: 250 + 150 detected victims beside 390). A sum
/// one of whose parts alone is larger than the whole is left to `measure-above-whole`, which names
/// that part. Of several figures of one part measure in the whole's slot, the smallest is added.
public enum MeasureSums {
    /// Parts of one whole, each of another child measure, that add up to more than it.
    public struct Sum<Member> {
        /// The parts, one per child measure, in the order of their measure codes.
        public let parts: [Member]
        /// The number each part adds: its lower bound for a range, else its value.
        public let amounts: [Double]
        public let whole: Member
        /// The whole's largest possible number (`MeasureSums.largest`).
        public let wholeAmount: Double

        /// What the parts add up to, each at its smallest number: for parts with intervals, the
        /// sum of their lower bounds, which is no minimum (`amounts`).
        public var sum: Double { amounts.reduce(0, +) }
    }

    /// A candidate part of a whole: a figure of a child measure in the whole's slot.
    public struct Part<Member> {
        public let figure: Member
        public let key: String
        public let measure: String
        /// Its smallest number (`smallest`).
        public let amount: Double
        /// Whether it was counted from records (`Measure.isCountedFromRecords`): exact, no rounding allowed for.
        public let countedFromRecords: Bool

        public init(figure: Member, key: String, measure: String, amount: Double, countedFromRecords: Bool) {
            self.figure = figure
            self.key = key
            self.measure = measure
            self.amount = amount
            self.countedFromRecords = countedFromRecords
        }
    }

    /// The number a part adds for certain: 0 for a censored count, else its lower bound, else its value.
    public static func smallest(value: Double?, low: Double?, censored: Bool) -> Double {
        censored ? 0 : low ?? value ?? 0
    }

    /// The largest number a whole can stand for: the upper bound of its interval or range, else
    /// its value (a minimum, `at least 2.45 million`, has none above it, and a censored `<5`
    /// stores its 4 as `high`); nil without either.
    ///
    /// Why the upper bound, not the value: parts at their lower bounds against a whole at its
    /// point estimate called estimates that agree within their stated uncertainty a contradiction.
    /// Forced labour at 27,000 and forced marriage at 22,000, the low ends of their 95 % intervals,
    /// beside modern slavery of 40,000 (38,000 to 50,000) made the brief say "one of them counts
    /// something else or is wrong", where 49,000 lies inside the whole's own interval (a
    /// statistician's review, session 54). Every rule that compares a part with a whole takes the
    /// part at its smallest and the whole at its largest, so that only a certain excess is named.
    @inlinable
    public static func largest(value: Double?, high: Double?) -> Double? {
        guard let high else { return value }
        return max(high, value ?? high)
    }

    /// `parts` of one whole's slot without the grandchildren (`vias[i]` the child measure the part
    /// lies within, nil for a child's own part) whose child has a part of its own there: a
    /// grandchild stands in for its child only where the child has no figure.
    public static func standingIn<Member>(_ parts: [Part<Member>], vias: [String?]) -> [Part<Member>] {
        guard vias.contains(where: { $0 != nil }) else { return parts }
        let direct = Set(zip(parts, vias).filter { $0.1 == nil }.map(\.0.measure))
        return zip(parts, vias).filter { $0.1.map { !direct.contains($0) } ?? true }.map(\.0)
    }

    /// The sum of the parts of `whole` above it, or nil: the smallest figure of each child measure
    /// among `parts` (all in the whole's slot), two measures at least, none alone above the whole.
    /// `wholeCountedFromRecords` says whether the whole was counted from records, as a part's
    /// `countedFromRecords` does: only the other numbers may be rounded.
    public static func above<Member>(
        whole: Member, wholeAmount: Double, wholeCountedFromRecords: Bool, parts: [Part<Member>]
    ) -> Sum<Member>? {
        var smallest: [String: Part<Member>] = [:]
        for part in parts where part.amount > 0 {
            if let held = smallest[part.measure],
               held.amount < part.amount || (held.amount == part.amount && held.key.utf8.lexicographicallyPrecedes(part.key.utf8)) {
                continue
            }
            smallest[part.measure] = part
        }
        guard smallest.count >= 2 else { return nil }
        let chosen = smallest.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap { smallest[$0] }
        guard chosen.allSatisfy({ $0.amount <= wholeAmount }) else { return nil }
        let amounts = chosen.map(\.amount)
        let sum = amounts.reduce(0, +)
        let allowance = SubgroupSums.roundingAllowance(
            chosen.filter { !$0.countedFromRecords }.map(\.amount) + (wholeCountedFromRecords ? [] : [wholeAmount]))
        guard sum - wholeAmount > allowance * (1 + 1e-9) else { return nil }
        return Sum(parts: chosen.map(\.figure), amounts: amounts, whole: whole, wholeAmount: wholeAmount)
    }
}

/// A brief finds its sums on the thread that builds it, but the type may cross threads.
extension MeasureSums.Sum: Sendable where Member: Sendable {}
extension MeasureSums.Part: Sendable where Member: Sendable {}
