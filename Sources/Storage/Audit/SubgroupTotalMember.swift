/// What the subgroup-above-total rule (`SubgroupTotals`) reads of a figure: the columns that put
/// it in a group, say whether it is a total or a subgroup, and give its number.
///
/// A protocol, so that `tipdb check` can apply the rule to rows it reads and a brief to the
/// figures it already holds, without copying either into a third shape.
public protocol SubgroupTotalMember {
    var key: String { get }
    var measure: String { get }
    var place: String { get }
    var periodStart: String { get }
    var periodEnd: String { get }
    /// The period's first and last days as `PeriodDays` gives them (`yyyymmdd`). A reader that
    /// keeps them computed once gives them here; otherwise they are read from the period's text.
    var firstDay: Int { get }
    var lastDay: Int { get }
    var source: String { get }
    /// The study that produced the figure, if one is named: two studies of one source count two
    /// samples, whose figures are no subgroups or parts of each other.
    var study: String? { get }
    var unit: String { get }
    var sex: String { get }
    var ageGroup: String { get }
    var form: String? { get }
    var value: Double? { get }
    var low: Double? { get }
    var high: Double? { get }
    /// Whether the figure was published as `<k` (value NULL, low 1, high k-1).
    var censored: Bool { get }
    /// How the number was obtained (`figures.method`): a `detected` count is counted from records,
    /// exact, and gets no rounding allowance in a sum (`Measure.isCountedFromRecords`).
    var method: String { get }
    /// Whether a `figure_breakdowns` row restricts the figure (a citizenship, a means of control):
    /// such a figure is not the total, though its sex, age group and form say "everyone".
    var hasBreakdown: Bool { get }
    /// The dimension of the figure's breakdown (`citizenship`, `form-of-exploitation`) when one
    /// breakdown restricts it; nil for none, or for several.
    var breakdownDimension: String? { get }
    /// Whether that breakdown's category is `Total`: the figure is its dimension's total (GLOTIP's
    /// `by citizenship, Total`), the people the dimension was recorded for.
    var isDimensionTotal: Bool { get }
    /// The category of that one breakdown, as stored (`England` for `subdivision: England`); nil
    /// for none, or for several. The parts of a country a sum adds (`SubgroupSums`) are read from it.
    var breakdownCategory: String? { get }
}

extension SubgroupTotalMember {
    public var firstDay: Int { PeriodDays.first(periodStart) }
    public var lastDay: Int { PeriodDays.last(periodEnd) }
    /// None known: a reader of figures that does not read their breakdowns' dimensions compares
    /// no category with its dimension's total.
    public var breakdownDimension: String? { nil }
    public var isDimensionTotal: Bool { false }
    public var breakdownCategory: String? { nil }
}
