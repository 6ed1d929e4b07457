extension Audit {
    /// The message of the `measure-above-whole` warning.
    static let partMeasureAboveWholeMessage = "a measure is larger than the broader measure it is part of (measures.parent) "
        + "for the same source, place, period, unit and subgroup (kept as published; say so when citing): "
        + "a part cannot be larger than its whole, so one of the two counts something else or is wrong"

    /// Figures of a measure larger than the figure of its parent measure (`measures.parent`) with
    /// the same source, place, period, unit, sex, age group and form: state-imposed forced labour
    /// of 5,000 beside forced labour of 1,000, from one source, for Nepal in 2020.
    ///
    /// Why beside `subgroup-above-total`: the measure hierarchy is the same relation as a subgroup
    /// and its total (the brief's definitions say "part of"), and the same contradiction passed
    /// without a word. Compared as that rule compares: the part's smallest possible number (its
    /// low bound, else its value) against the whole's largest (its value, else its upper bound:
    /// a censored `<5` counts as 4), only units that add up, no figure restricted by a breakdown.
    /// One look-up of the parent's figures per part, by `figures_by_measure_place`.
    func partMeasuresAboveWholes(_ row: (String) -> Void) throws {
        try forEachRow("""
            SELECT part.key, part.value, part.high, whole.key, whole.value, whole.high
            FROM figures part
            JOIN measures m ON m.code = part.measure AND m.parent IS NOT NULL AND m.parent <> m.code
            JOIN figures whole ON whole.measure = m.parent AND whole.place = part.place
                AND whole.period_end = part.period_end AND whole.period_start = part.period_start
                AND whole.source = part.source AND whole.unit = part.unit AND whole.sex = part.sex
                AND whole.age_group = part.age_group AND whole.form IS part.form
            WHERE part.unit IN (SELECT code FROM units WHERE dimension IN ('count', 'money'))
              AND coalesce(part.low, part.value) > coalesce(whole.value, whole.high)
              AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure IN (part.key, whole.key))
            ORDER BY part.key, whole.key
            """) { pair in
            let part = Self.shownNumber(value: pair.optionalDouble(at: 1), high: pair.optionalDouble(at: 2))
            let whole = Self.shownNumber(value: pair.optionalDouble(at: 4), high: pair.optionalDouble(at: 5))
            row("\(pair.string(at: 0) ?? "") (\(part)) > \(pair.string(at: 3) ?? "") (\(whole))")
        }
    }

    /// A number as published: the value, or `<k` for a censored count stored with its bound k-1
    /// (the subgroup rules show their members by it too).
    static func shownNumber(value: Double?, high: Double?) -> String {
        if let value { return number(value) }
        return high.map { "<" + number($0 + 1) } ?? "?"
    }
}
