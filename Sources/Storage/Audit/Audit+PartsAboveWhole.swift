extension Audit {
    /// The message of the `parts-above-whole` warning.
    static let partsAboveWholeMessage = "measures that are parts of one broader measure (its children in measures.parent, such as "
        + "forced labour and forced marriage within modern slavery, or a child's own children where the child has no figure) add up to more than it beyond rounding (counts from records, such as detected victims, at all), for the same source, study, "
        + "place, period, unit and subgroup (each part at the low end of its range or interval, the whole at the high end of its own; kept as published; say so when citing): parts that do not "
        + "overlap cannot add up to more than their whole, so one of them counts something else or is wrong"

    /// Every sum `MeasureSums` names, as check lists it:
    /// `npl-fl (80000) + npl-fm (70000) = 150000 > npl-ms (100000)`, by the key of the whole.
    func partsAboveWholes(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try partsAboveWholes(batch: nil, row)
    }

    /// The sums that name a figure of `batch` (all of them without one), each with the keys of
    /// its parts and then its whole, for ingest to place its warning at the first it gave.
    ///
    /// Why one row per whole and part measure: the query hands each whole its parts in order,
    /// and `MeasureSums` keeps the smallest figure of each part measure. With `batch`, the wholes
    /// read are the batch's own and those of the batch's parts, each looked up by its key, its
    /// parts then by `figures_by_measure_place` (CROSS JOIN keeps SQLite to that order, as
    /// `wholesFirst` explains), so a small load into a large database reads only its own.
    func partsAboveWholes(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let sql = batch == nil
            ? Self.partsWithWholes + " WHERE " + Self.partOfWhole + " ORDER BY whole.key, part.measure, part.key"
            : Self.wholesWithParts + " AND " + Self.partOfWhole + " ORDER BY whole.key, part.measure, part.key"
        typealias Shown = (key: String, value: Double?, shown: String, period: String)
        var whole: (figure: Shown, amount: Double, countedFromRecords: Bool)?
        var parts: [MeasureSums.Part<Shown>] = []
        // The child measure a grandchild's part stands in for (`MeasureSums.standingIn`), nil for a child's.
        var vias: [String?] = []
        func judge() {
            defer {
                parts.removeAll(keepingCapacity: true)
                vias.removeAll(keepingCapacity: true)
            }
            guard let whole, let sum = MeasureSums.above(
                whole: whole.figure, wholeAmount: whole.amount, wholeCountedFromRecords: whole.countedFromRecords,
                parts: MeasureSums.standingIn(parts, vias: vias)) else { return }
            let added = zip(sum.parts, sum.amounts).map { part, amount in
                "\(part.key) (\(part.value == amount ? part.shown : "\(part.shown), counted as \(Self.number(amount))"))"
            }
            // The whole at its upper bound, where that is what the parts were compared with.
            let wholeShown = (sum.whole.value ?? sum.wholeAmount) == sum.wholeAmount
                ? sum.whole.shown : "\(sum.whole.shown), counted as \(Self.number(sum.wholeAmount))"
            row(added.joined(separator: " + ") + " = \(Self.number(sum.sum)) > \(sum.whole.key) (\(wholeShown))"
                    + PeriodDays.sameDaysNote((sum.parts + [sum.whole]).map(\.period)),
                sum.parts.map(\.key) + [sum.whole.key])
        }
        try forEachRow(sql, batch.map { [$0] } ?? []) { pair in
            let wholeKey = pair.string(at: 0) ?? ""
            if wholeKey != whole?.figure.key {
                judge()
                let shown = Self.shownNumber(value: pair.optionalDouble(at: 1), censored: pair.int64(at: 4) != 0,
                                             low: pair.optionalDouble(at: 3), high: pair.optionalDouble(at: 2))
                let period = PeriodDays.written(start: pair.string(at: 10) ?? "", end: pair.string(at: 11) ?? "")
                whole = ((wholeKey, pair.optionalDouble(at: 1), shown, period),
                         MeasureSums.largest(value: pair.optionalDouble(at: 1), high: pair.optionalDouble(at: 2)) ?? 0,
                         Measure.isCountedFromRecords(counts: pair.string(at: 17), method: pair.string(at: 18)))
            }
            let value = pair.optionalDouble(at: 7), low = pair.optionalDouble(at: 8), high = pair.optionalDouble(at: 14)
            let key = pair.string(at: 5) ?? ""
            let shown = Self.shownNumber(value: value, censored: false, low: low, high: high)
            let period = PeriodDays.written(start: pair.string(at: 12) ?? "", end: pair.string(at: 13) ?? "")
            parts.append(MeasureSums.Part(
                figure: (key, value, shown, period), key: key, measure: pair.string(at: 6) ?? "",
                amount: MeasureSums.smallest(value: value, low: low, censored: false),
                countedFromRecords: Measure.isCountedFromRecords(counts: pair.string(at: 15), method: pair.string(at: 16))))
            vias.append(pair.string(at: 19))
        }
        judge()
    }

    /// The columns both forms read: the whole (0-4, 10-11, 17-18), a part (5-9, 12-16); what each
    /// measure counts and each method, for the rounding allowed (`Measure.isCountedFromRecords`).
    private static let partsAndWholeColumns = """
        SELECT whole.key, whole.value, whole.high, whole.low, whole.censored,
               part.key, part.measure, part.value, part.low, part.censored,
               whole.period_start, whole.period_end, part.period_start, part.period_end, part.high,
               m.counts, part.method, (SELECT wm.counts FROM measures wm WHERE wm.code = whole.measure), whole.method, m.via

        """

    /// Each part (a figure of a measure with a parent) with the figures of its parent measure for
    /// the same place ending in the same year, the whole looked up by `figures_by_measure_place`.
    private static let partsWithWholes = partsAndWholeColumns + """
        FROM figures part
        JOIN
        """ + " " + partMeasures + """
         m ON m.code = part.measure
        JOIN figures whole ON whole.measure = m.whole AND whole.place = part.place AND
        """ + " " + PeriodDays.endsInYearSQL("whole.period_end", of: "part.period_end")

    /// The wholes of batch `?1`, and the wholes of its parts, each with its parts.
    private static let wholesWithParts = partsAndWholeColumns + """
        FROM figures whole CROSS JOIN
        """ + " " + partMeasures + """
         m CROSS JOIN figures part
        WHERE whole.key IN (
            SELECT key FROM figures WHERE batch_id = ?1
            UNION
            SELECT w.key FROM figures p CROSS JOIN
        """ + " " + partMeasures + """
         pm CROSS JOIN figures w
            WHERE p.batch_id = ?1 AND pm.code = p.measure AND w.measure = pm.whole AND w.place = p.place AND
        """ + " " + PeriodDays.endsInYearSQL("w.period_end", of: "p.period_end") + """
        )
          AND m.whole = whole.measure AND part.measure = m.code AND part.place = whole.place AND
        """ + " " + PeriodDays.endsInYearSQL("part.period_end", of: "whole.period_end")

    /// Each measure that is a part of another (`code`, `whole`), with the counts of its own: a
    /// child of the whole (`via` NULL), and a grandchild, `via` the child it lies within, which
    /// stands in for that child where the child has no figure (`MeasureSums.standingIn`).
    private static let partMeasures = """
        (SELECT code, parent AS whole, NULL AS via, counts FROM measures WHERE parent IS NOT NULL AND parent <> code
         UNION ALL
         SELECT c.code, p.parent, c.parent, c.counts FROM measures c JOIN measures p ON p.code = c.parent
         WHERE c.parent <> c.code AND p.parent IS NOT NULL AND p.parent <> p.code)
        """

    /// A part of the whole's scope: the same source and study, unit, sex, age group and form, in
    /// units that add up, over the same days, neither restricted by a breakdown; the part neither
    /// censored nor alone above the whole (`measure-above-whole`'s: at its smallest above the
    /// whole's largest, `MeasureSums.largest`; SQLite's `max` of a NULL is NULL, hence the
    /// `coalesce`), the whole with a number.
    private static let partOfWhole = """
        whole.source = part.source AND whole.study IS part.study AND whole.unit = part.unit AND whole.sex = part.sex
          AND whole.age_group = part.age_group AND whole.form IS part.form
          AND part.unit IN (SELECT code FROM units WHERE dimension IN ('count', 'money'))
          AND part.censored = 0 AND coalesce(part.low, part.value) > 0
          AND coalesce(part.low, part.value) <= coalesce(max(whole.high, whole.value), whole.high, whole.value)
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure IN (part.key, whole.key))
          AND
        """ + " " + PeriodDays.sameDaysSQL("whole", "part")
}
