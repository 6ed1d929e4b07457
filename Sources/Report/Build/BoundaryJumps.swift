import Storage

/// Series jumps across the brief's period bounds: a figure in scope 10 or more times (or a tenth
/// or less of) its neighbour in time in its series that `--from` or `--to` leaves out.
///
/// Why: `ComparabilityCheck.seriesJumps` compares the figures of the brief only, so a `--from`
/// between the two figures of a jump (`--from 2021` after 1,000 in 2020 and 48,000 in 2021)
/// dropped the earlier one and the caution with it, and the brief showed the 48,000 as the
/// start of its series without a word. An analyst who cites it needs the jump said all the same,
/// with the figure on the other side named as outside the brief, as `tipdb check` (which sees
/// the whole table) still warns of the pair. A figure whose source does not state its period, and a
/// repeat, take no part on either side, as in `ComparabilityCheck.seriesJumps`.
enum BoundaryJumps {
    /// One series, as `SeriesFields` has it, within a measure and place.
    private struct Series: Hashable {
        let measure, place, sex, ageGroup, form, unit: String
        /// `SeriesJump.length` of the period.
        let length: Int
    }

    /// The figures of a series for one period, and the period's first and last days (`PeriodDays`).
    private struct Period {
        var days: (first: Int, last: Int)
        var keys: [String]
    }

    /// The figures outside the brief's periods of its measures and places, in the columns a
    /// series and its order need; ?1 to ?4 as `Scope.condition` binds them.
    private static let outsideQuery = """
        SELECT key, measure, place, sex, age_group, coalesce(form, '') AS form, unit, value, period_start, period_end,
            EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key) AS broken
        FROM figures f
        WHERE (?1 IS NULL OR measure IN (SELECT value FROM json_each(?1)))
          AND (?2 IS NULL OR place IN (SELECT value FROM json_each(?2)))
          AND period_basis <> 'publication' AND cites IS NULL
          AND ((?3 IS NOT NULL AND period_end < substr(?3, 1, length(period_end)))
            OR (?4 IS NOT NULL AND period_start > substr(?4, 1, length(period_start))))
          AND source NOT IN (
        """ + FigureRows.supersededSources + ")"

    /// The pairs (later, earlier) of each series' first period in scope and the period before it
    /// that `--from` leaves out, and of its last period in scope and the one after it that `--to`
    /// leaves out, in reading order of the series; the first `limit` of them, and how many more.
    ///
    /// One query, and only with `--from` or `--to`: the figures outside the periods asked for,
    /// of which each series keeps its nearest period; then those of the series in scope are read
    /// as records.
    static func find(
        _ ordered: [FigureRecord], context: BriefContext, db: Database, keeping limit: Int
    ) throws -> (pairs: [(later: FigureRecord, earlier: FigureRecord)], more: Int, outside: Set<String>) {
        let scope = context.scope, catalog = context.catalog
        guard scope.firstDay != nil || scope.lastDay != nil else { return ([], 0, []) }
        let firstDay = scope.firstDay.map { PeriodDays.first($0) } ?? Int.min
        var before: [Series: Period] = [:], after: [Series: Period] = [:]
        for row in try db.rows(outsideQuery, scope.parameters) {
            guard let key = row.string("key"), let unit = row.string("unit"), let start = row.string("period_start"),
                  let end = row.string("period_end"),
                  // `outsideQuery` reads primary figures of stated periods only.
                  SeriesJump.takesPart(
                    value: row.double("value"), unitDimension: catalog.units[unit]?.dimension,
                    hasBreakdown: (row.int("broken") ?? 0) != 0, periodStated: true, isRepeat: false)
            else { continue }
            let days = (PeriodDays.first(start), PeriodDays.last(end))
            let series = Series(
                measure: row.string("measure") ?? "", place: row.string("place") ?? "", sex: row.string("sex") ?? "",
                ageGroup: row.string("age_group") ?? "", form: row.string("form") ?? "", unit: unit,
                length: SeriesJump.length(
                    firstDay: days.0, lastDay: days.1, counts: catalog.measures[row.string("measure") ?? ""]?.counts,
                    unitDimension: catalog.units[unit]?.dimension))
            if days.1 < firstDay {
                keep(key, days, in: &before[series], nearest: >)
            } else {
                keep(key, days, in: &after[series], nearest: <)
            }
        }
        guard !before.isEmpty || !after.isEmpty else { return ([], 0, []) }

        // Each series' first and last period in scope, in reading order of the series.
        var order: [Series] = []
        var first: [Series: (days: (Int, Int), figures: [FigureRecord])] = [:], last = first
        for figure in ordered {
            let series = Series(
                measure: figure.measure, place: figure.place, sex: figure.sex, ageGroup: figure.ageGroup,
                form: figure.form ?? "", unit: figure.unit,
                length: SeriesJump.length(
                    firstDay: figure.firstDay, lastDay: figure.lastDay, counts: catalog.measures[figure.measure]?.counts,
                    unitDimension: catalog.units[figure.unit]?.dimension))
            guard before[series] != nil || after[series] != nil,
                  SeriesJump.takesPart(
                    value: figure.value, unitDimension: catalog.units[figure.unit]?.dimension,
                    hasBreakdown: figure.hasBreakdown, periodStated: !figure.periodUnstated, isRepeat: figure.cites != nil)
            else { continue }
            let days = (figure.firstDay, figure.lastDay)
            if first[series] == nil { order.append(series) }
            if let known = first[series], known.days == days { first[series]?.figures.append(figure) } else if first[series].map({ days < $0.days }) ?? true {
                first[series] = (days, [figure])
            }
            if let known = last[series], known.days == days { last[series]?.figures.append(figure) } else if last[series].map({ days > $0.days }) ?? true {
                last[series] = (days, [figure])
            }
        }
        // Only the neighbours of a period in scope: an outside period that a long one in scope
        // starts before is no neighbour of it.
        var wanted: Set<String> = []
        for series in order {
            if let outside = before[series], let inside = first[series], outside.days < inside.days { wanted.formUnion(outside.keys) }
            if let outside = after[series], let inside = last[series], outside.days > inside.days { wanted.formUnion(outside.keys) }
        }
        guard !wanted.isEmpty else { return ([], 0, []) }
        let lookups = context.set.lookups ?? RecordLookups(catalog: catalog)
        let records = Dictionary(
            try FigureSet.load(keys: wanted.sorted(), from: db, lookups: lookups).figures.map { ($0.key, $0) }) { a, _ in a }
        var found = JumpPairs(limit: limit)
        for series in order {
            if let outside = before[series], let inside = first[series], outside.days < inside.days {
                let earlier = outside.keys.sorted().compactMap { records[$0] }
                found.compare(inside.figures[...], earlier[...])
            }
            if let outside = after[series], let inside = last[series], outside.days > inside.days {
                let later = outside.keys.sorted().compactMap { records[$0] }
                found.compare(later[...], inside.figures[...])
            }
        }
        return (found.pairs, found.more, wanted)
    }

    /// Keeps `key` in `period` when its days are the nearest yet (`nearest(days, kept)`), beside
    /// those of the same days.
    private static func keep(_ key: String, _ days: (Int, Int), in period: inout Period?, nearest: ((Int, Int), (Int, Int)) -> Bool) {
        if let kept = period, kept.days == days {
            period?.keys.append(key)
        } else if period.map({ nearest(days, $0.days) }) ?? true {
            period = Period(days: days, keys: [key])
        }
    }
}
