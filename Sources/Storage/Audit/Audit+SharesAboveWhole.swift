extension Audit {
    /// The message of the `shares-above-whole` warning.
    static let sharesAboveWholeMessage = "shares (unit percent) of the sexes, or of age groups that do not overlap, add up to more "
        + "than 100 percent of the same whole (measure, place, period, source and study), beyond rounding (more than half a point per share): "
        + "one of them is a share of another whole or is wrong (kept as published; say so when citing)"

    /// A share as `ShareSums` reads it.
    private typealias Share = AuditedFigure

    /// Every sum `ShareSums` names, as check lists it: `s-f (60) + s-m (50) = 110 > 100`.
    func sharesAboveWholes(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try sharesAboveWholes(batch: nil, row)
    }

    /// The sums that name a figure of `batch` (all of them without one), each with the keys of
    /// its shares, for ingest to place its warning at the first of them (`BatchFinding`).
    ///
    /// Shares of measures that count people or cases only (`Measure.peopleOrCasesCounts`), read
    /// in groups of one source, study, measure, place and period (by its days); with `batch`, only
    /// the groups of a source, measure and place the batch wrote a share of.
    ///
    /// Why the study: a report with a shelter survey and a police-records study gives two samples,
    /// and the female share of one plus the male share of the other is no sum of one whole. The
    /// shares that name no study are one group of their source, apart from its studies' (which
    /// sample such a share describes is not known, so it is added to none).
    func sharesAboveWholes(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let statement = try db.prepare(Self.sharesQuery(batch: batch != nil))
        if let batch { try statement.bind([batch]) }
        var group: [Share] = []
        var found: [(key: String, text: String, keys: [String])] = []
        func judgeGroup() {
            for sum in ShareSums.above(inGroup: group) where batch == nil || sum.parts.contains(where: { $0.batch == batch }) {
                let parts = zip(sum.parts, sum.amounts).map { part, amount in
                    let shown = Self.shownNumber(value: part.value, censored: part.censored, low: part.low, high: part.high)
                    return "\(part.key) (\(part.value == amount ? shown : "\(shown), counted as \(Self.number(amount))"))"
                }
                let text = parts.joined(separator: " + ") + " = \(Self.number(sum.sum)) > 100" + PeriodDays.sameDaysNote(sum.parts.map(\.written))
                found.append((sum.parts.map(\.key).min() ?? "", text, sum.parts.map(\.key)))
            }
            group.removeAll(keepingCapacity: true)
        }
        while try statement.step() {
            let share = Share(
                key: statement.string(at: 0) ?? "", measure: statement.string(at: 1) ?? "", place: statement.string(at: 2) ?? "",
                periodStart: statement.string(at: 3) ?? "", periodEnd: statement.string(at: 4) ?? "",
                written: PeriodDays.written(start: statement.string(at: 5) ?? "", end: statement.string(at: 6) ?? ""),
                source: statement.string(at: 7) ?? "", study: statement.string(at: 16), unit: ShareSums.unit, sex: statement.string(at: 8) ?? "total",
                ageGroup: statement.string(at: 9) ?? "total", form: nil, value: statement.optionalDouble(at: 10),
                censored: statement.int64(at: 11) != 0, low: statement.optionalDouble(at: 12), high: statement.optionalDouble(at: 13),
                hasBreakdown: statement.int64(at: 14) != 0, method: statement.string(at: 17) ?? "estimated", series: nil,
                batch: statement.int64(at: 15))
            if let first = group.first, (first.source, first.study, first.measure, first.place, first.periodStart, first.periodEnd)
                != (share.source, share.study, share.measure, share.place, share.periodStart, share.periodEnd) {
                judgeGroup()
            }
            group.append(share)
        }
        judgeGroup()
        // By the key of the first share, in byte order, as check lists its other rows.
        for item in found.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { row(item.text, item.keys) }
    }

    /// The candidate shares (`ShareSums.isCandidate`, without the breakdown test, which is read),
    /// in groups; `periodStart` and `periodEnd` are read as the first and last days.
    private static func sharesQuery(batch: Bool) -> String {
        let counts = Measure.peopleOrCasesCounts.map { "'\($0)'" }.joined(separator: ", ")
        let loaded = batch
            ? "AND EXISTS (SELECT 1 FROM figures b WHERE b.batch_id = ?1 AND b.source = f.source AND b.measure = f.measure AND b.place = f.place)"
            : ""
        return """
            SELECT f.key, f.measure, f.place, \(PeriodDays.firstDaySQL("f.period_start")) AS first_day, -- // sql-constant: PeriodDays SQL over a fixed column
                   \(PeriodDays.lastDaySQL("f.period_end")) AS last_day, -- // sql-constant: PeriodDays SQL over a fixed column
                   f.period_start, f.period_end, f.source, f.sex, f.age_group, f.value, f.censored, f.low, f.high,
                   EXISTS (SELECT 1 FROM figure_breakdowns x WHERE x.figure = f.key) AS broken_down, f.batch_id, f.study, f.method
            FROM figures f JOIN measures m ON m.code = f.measure
            WHERE f.unit = 'percent' AND f.form IS NULL AND (f.sex = 'total') <> (f.age_group = 'total')
              AND m.counts IN (\(counts)) -- // sql-constant: Measure.peopleOrCasesCounts, fixed codes
              \(loaded) -- // sql-constant: a fixed condition, its batch bound
            ORDER BY f.source, f.study, f.measure, f.place, first_day, last_day, f.key
            """
    }
}
