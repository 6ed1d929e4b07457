/// Rows of figures grouped by everything two editions' figures must share to be one figure of a
/// series: measure, place, sex, age group, form, unit, breakdowns, and the days the period
/// covers (`PeriodDays`). `LaterEditions` and ingest's `EditionNote` pair figures only within a slot.
/// The breakdowns too: two editions' figures for one citizenship are one figure of the series, as
/// the totals are (a later release's Albania going from 600 to 640 was noticed nowhere, session 55).
///
/// Why in memory: both joined each figure to every figure of its measure, place and subgroup and
/// then compared the two figures' breakdowns, which for a count broken down by 1,000 sectors in
/// two editions over four years was 64 million pairs: ingesting those 8,000 figures took 92 s and
/// `tipdb check` 23 s (session 60). Read once and grouped by a hash, each figure meets only the
/// few that share its slot, whatever the number of categories.
public enum EditionSlots {
    /// The columns `slots(_:)` reads from each row, beside what the caller selects: `o` is the
    /// alias of the figures table.
    public static let columns = """
        o.key AS key, o.source AS source, o.measure AS measure, o.place AS place, o.sex AS sex, o.age_group AS age_group,
            o.form AS form, o.unit AS unit, o.period_start AS period_start, o.period_end AS period_end,
            coalesce((SELECT group_concat(k, '|') FROM (SELECT x.dimension || '=' || x.category AS k FROM figure_breakdowns x
                      WHERE x.figure = o.key ORDER BY k)), '') AS breakdowns
        """

    /// The figures of `rows` grouped by slot, each group in the rows' order; groups of one
    /// figure are left out, since they pair with nothing.
    public static func slots(_ rows: [Row]) -> [[Row]] {
        var index: [Slot: Int] = [:]
        var groups: [[Row]] = []
        for row in rows {
            let slot = Slot(row)
            if let known = index[slot] {
                groups[known].append(row)
            } else {
                index[slot] = groups.count
                groups.append([row])
            }
        }
        return groups.filter { $0.count >= 2 }
    }

    /// What two editions' figures must share, as read from a row of `columns`.
    private struct Slot: Hashable {
        let measure: String?
        let place: String?
        let sex: String?
        let ageGroup: String?
        let form: String?
        let unit: String?
        /// The breakdowns as sorted `dimension=category` pairs joined by `|`: empty for none.
        let breakdowns: String?
        let first: Int
        let last: Int

        init(_ row: Row) {
            (measure, place, sex, ageGroup) = (row.string("measure"), row.string("place"), row.string("sex"), row.string("age_group"))
            (form, unit, breakdowns) = (row.string("form"), row.string("unit"), row.string("breakdowns"))
            first = PeriodDays.first(row.string("period_start") ?? "")
            last = PeriodDays.last(row.string("period_end") ?? "")
        }
    }
}
