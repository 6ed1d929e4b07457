extension Audit {
    /// The message of the `measure-above-whole` warning.
    static let partMeasureAboveWholeMessage = "a measure is larger than the broader measure it is part of (measures.parent) "
        + "for the same source, study, place, period, unit and subgroup (kept as published; say so when citing): "
        + "a part cannot be larger than its whole, so one of the two counts something else or is wrong"

    /// Figures of a measure larger than the figure of its parent measure (`measures.parent`) with
    /// the same source, study (or none), place, period, unit, sex, age group and form: state-imposed forced labour
    /// of 5,000 beside forced labour of 1,000, from one source, for Nepal in 2020.
    ///
    /// Why beside `subgroup-above-total`: the measure hierarchy is the same relation as a subgroup
    /// and its total (the brief's definitions say "part of"), and the same contradiction passed
    /// without a word. Compared as that rule compares: the part's smallest possible number (its
    /// low bound, else its value) against the whole's largest (its value, else its upper bound:
    /// a censored `<5` counts as 4), only units that add up, no figure restricted by a breakdown.
    /// One look-up of the parent's figures per part, by `figures_by_measure_place`.
    func partMeasuresAboveWholes(_ row: (String) -> Void) throws {
        try partMeasuresAboveWholes(batch: nil) { text, _ in row(text) }
    }

    /// The pairs of `partMeasuresAboveWholes` that hold a figure of `batch` (all pairs for nil):
    /// ingest's warning about the rows it just loaded. A batch's pairs are found from its own
    /// figures (`figures_by_batch`), as the part and as the whole, each looking up the other by
    /// `figures_by_measure_place`, so a small load into a large database reads only its own.
    /// Each row comes with the keys of its part and its whole.
    func partMeasuresAboveWholes(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let sql = batch == nil
            ? Self.partsFirst + " WHERE " + Self.partAboveWhole + " ORDER BY part.key, whole.key"
            : Self.partsFirst + " WHERE part.batch_id = ?1 AND " + Self.partAboveWhole + " UNION "
                + Self.wholesFirst + " AND " + Self.partAboveWhole + " ORDER BY 1, 4"
        try forEachRow(sql, batch.map { [$0] } ?? []) { pair in
            let part = Self.shownNumber(value: pair.optionalDouble(at: 1), censored: pair.int64(at: 11) != 0, low: pair.optionalDouble(at: 10), high: pair.optionalDouble(at: 2))
            let whole = Self.shownNumber(value: pair.optionalDouble(at: 4), censored: pair.int64(at: 13) != 0, low: pair.optionalDouble(at: 12), high: pair.optionalDouble(at: 5))
            let keys = [pair.string(at: 0) ?? "", pair.string(at: 3) ?? ""]
            let periods = [6, 8].map { PeriodDays.written(start: pair.string(at: $0) ?? "", end: pair.string(at: $0 + 1) ?? "") }
            row("\(keys[0]) (\(part)) > \(keys[1]) (\(whole))" + PeriodDays.sameDaysNote(periods), keys)
        }
    }

    /// Each part (a figure of a measure with a parent) with the figures of its parent measure
    /// for the same place ending in the same year: the whole is looked up by
    /// `figures_by_measure_place`, and `partAboveWhole` compares the periods' days.
    static let partsFirst = """
        SELECT part.key, part.value, part.high, whole.key, whole.value, whole.high,
               part.period_start, part.period_end, whole.period_start, whole.period_end,
               part.low, part.censored, whole.low, whole.censored
        FROM figures part
        JOIN measures m ON m.code = part.measure AND m.parent IS NOT NULL AND m.parent <> m.code
        JOIN figures whole ON whole.measure = m.parent AND whole.place = part.place AND
        """ + " " + PeriodDays.endsInYearSQL("whole.period_end", of: "part.period_end")

    /// Each whole of batch `?1` with the figures of its sub-measures for the same place, ending
    /// in the same year. CROSS JOIN keeps SQLite to this order, so that the part is looked up by
    /// `figures_by_measure_place`: left to choose, it looked parts up by source, and a load of
    /// 5,000 figures into 300,000 from a few sources took minutes.
    static let wholesFirst = """
        SELECT part.key, part.value, part.high, whole.key, whole.value, whole.high,
               part.period_start, part.period_end, whole.period_start, whole.period_end,
               part.low, part.censored, whole.low, whole.censored
        FROM figures whole CROSS JOIN measures m CROSS JOIN figures part
        WHERE whole.batch_id = ?1 AND m.parent = whole.measure AND m.parent <> m.code
          AND part.measure = m.code AND part.place = whole.place AND
        """ + " " + PeriodDays.endsInYearSQL("part.period_end", of: "whole.period_end")

    /// The rule itself: the same source, period (by its days: `2018` and `2018-01-01`/`2018-12-31`
    /// are one), unit and subgroup, in units that add up, the part's smallest number above the
    /// whole's largest, neither restricted by a breakdown.
    /// The periods are compared last: SQLite evaluates the terms in this order, and comparing them
    /// first cost 40 % more over the bench's 100,000 figures.
    static let partAboveWhole = """
        whole.source = part.source AND whole.study IS part.study AND whole.unit = part.unit AND whole.sex = part.sex
          AND whole.age_group = part.age_group AND whole.form IS part.form
          AND part.unit IN (SELECT code FROM units WHERE dimension IN ('count', 'money'))
          AND coalesce(part.low, part.value) > coalesce(whole.value, whole.high)
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure IN (part.key, whole.key))
          AND
        """ + " " + PeriodDays.sameDaysSQL("whole", "part")

    /// A number as published: the value, `<k` for a censored count stored with its bound k-1, or
    /// `low to high` for an estimate published only as a range, never its midpoint (the subgroup
    /// and copy rules show their members by it too).
    static func shownNumber(value: Double?, censored: Bool, low: Double?, high: Double?) -> String {
        if let value { return number(value) }
        if !censored, let low, let high { return number(low) + " to " + number(high) }
        return high.map { "<" + number(FigureClaim.publishedBound(censoredHigh: $0)) } ?? "?"
    }
}
