/// A figure as the subgroup rules (`subgroup-above-total`, `parts-above-total`) and
/// `shares-above-whole` read it from `figures`: one type for the audit's readings, which had a
/// copy each.
struct AuditedFigure: SubgroupTotalMember {
    let key: String
    let measure: String
    let place: String
    /// The first day of the period (`2018-01-01` for `2018`): the rules group by the days a
    /// period covers, so that `2018` and `2018-01-01`/`2018-12-31` are one group.
    let periodStart: String
    /// The last day of the period (`2018-12-31` for `2018`).
    let periodEnd: String
    /// The period as stored (`2018`, `2018-01-01/2018-12-31`), for the rows.
    let written: String
    let source: String
    /// The study that produced the figure, if one is named: two studies of one source are two
    /// samples, whose figures are not parts of one whole (`shares-above-whole`).
    let study: String?
    let unit: String
    let sex: String
    let ageGroup: String
    let form: String?
    let value: Double?
    /// Whether the figure was published as `<k` (its bounds then only say how that is stored).
    let censored: Bool
    let low: Double?
    let high: Double?
    let hasBreakdown: Bool
    /// How the number was obtained (estimated, detected, reported or derived).
    let method: String
    /// The series of the bulk export whose release the source is, if it is one (read by the
    /// subgroup rules only; nil for shares).
    let series: String?
    /// The ingest batch that last wrote the figure.
    let batch: Int64
    /// The dimension of its one breakdown (nil for none or several), and whether that breakdown's
    /// category is `Total`: read by the subgroup rules only, to compare a category with its dimension's total.
    var breakdownDimension: String? = nil
    var isDimensionTotal = false
    /// That breakdown's category (`England`), for the parts of a country a sum adds (`SubgroupSums`).
    var breakdownCategory: String? = nil
}
