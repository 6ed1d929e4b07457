/// What a figure claims, as far as a figure repeating it should claim the same: the number, what
/// it counts, where, when and for whom.
public struct FigureClaim: Sendable, Equatable {
    public var measure: String
    public var place: String
    public var unit: String
    public var sex: String
    public var ageGroup: String
    public var form: String?
    public var periodStart: String
    public var periodEnd: String
    /// nil for a censored figure and for one published only as a range.
    public var value: Double?
    /// For a censored figure, its stored upper bound (k−1 for a count published as `<k`); nil for
    /// a figure published as a number. Kept so that a repeat turning `<5` into 5, or 7 into `<5`,
    /// or `<5` into `<10`, is seen as another number: `value` alone is nil on the censored side.
    public var censoredHigh: Double?
    /// The range or interval a figure published as a number states around it (10,000 to 17,000;
    /// `at least 30,000` has only a low end): nil on both ends for none, and for a censored figure,
    /// whose bounds are `censoredHigh`'s. Kept so that a repeat giving the bare number of a minimum
    /// or of an uncertain estimate is seen to drop what made it one.
    public var statedLow: Double?
    public var statedHigh: Double?
    /// The confidence level of the stated range (0.95), nil when none is given: a 95 % interval
    /// repeated as a 90 % one claims another certainty.
    public var ciLevel: Double?
    /// The power of ten of the last digit the source printed `value`, `statedLow` and `statedHigh`
    /// with, when known (`Figure.valueLastDigit`, `lowLastDigit`, `highLastDigit`): a repeat printed
    /// `28.0 million` claims a precision to a hundred thousand that `28 million` does not, so it is
    /// no rounding of 27.6 million (`RepeatChange.isRounding`). Nil for a number whose trailing
    /// zeros do not say, and for every figure loaded before tipdb kept them.
    public var valueLastDigit: Int?
    public var lowLastDigit: Int?
    public var highLastDigit: Int?
    /// For a figure published only as a range (no value, not censored), its bounds; nil for any
    /// other. Kept so that a repeat giving `11,500` for `10,000 to 13,000` (its midpoint, which
    /// the source never published) or another range is seen as another number, and the same range
    /// is not.
    public var rangeLow: Double? { value == nil && censoredHigh == nil ? statedLow : nil }
    public var rangeHigh: Double? { value == nil && censoredHigh == nil ? statedHigh : nil }
    /// The breakdowns that restrict the figure beyond sex, age group and form
    /// (`figure_breakdowns`), as `dimension=category` joined by `; ` in dimension order; nil for
    /// none. A count of Albanian nationals repeated as Albania's total changes the subgroup.
    public var breakdown: String?
    /// Whether the figure's source does not state the period its number describes
    /// (`period_basis` publication: periodStart..periodEnd is the publication year standing in
    /// for it). A repeat dating a number its original's source never dated, or dropping a period
    /// its original states, claims something else about when.
    public var periodUnstated: Bool

    /// The k a source printed as `<k` for a censored count stored with upper bound `high`
    /// (k − 1 for a whole count; a fractional bound, written by another tool, as it is).
    /// Shared by `tipdb check` and the reports, so that both print the bound the source printed.
    public static func publishedBound(censoredHigh high: Double) -> Double {
        high == high.rounded() ? high + 1 : high
    }

    public init(
        measure: String, place: String, unit: String, sex: String, ageGroup: String, form: String?,
        periodStart: String, periodEnd: String, value: Double?, censoredHigh: Double? = nil,
        statedLow: Double? = nil, statedHigh: Double? = nil, ciLevel: Double? = nil,
        valueLastDigit: Int? = nil, lowLastDigit: Int? = nil, highLastDigit: Int? = nil, breakdown: String? = nil,
        periodUnstated: Bool = false
    ) {
        self.measure = measure
        self.place = place
        self.unit = unit
        self.sex = sex
        self.ageGroup = ageGroup
        self.form = form
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.value = value
        self.censoredHigh = censoredHigh
        self.statedLow = statedLow
        self.statedHigh = statedHigh
        self.ciLevel = ciLevel
        self.valueLastDigit = valueLastDigit
        self.lowLastDigit = lowLastDigit
        self.highLastDigit = highLastDigit
        self.breakdown = breakdown
        self.periodUnstated = periodUnstated
    }
}
