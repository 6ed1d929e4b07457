extension Audit {
    /// The message of the `measure-above-whole` warning.
    static let partMeasureAboveWholeMessage = "a measure is larger than the broader measure it is part of (measures.parent) "
        + "for the same source, study, place, period, unit and subgroup (kept as published; say so when citing): "
        + "a part cannot be larger than its whole, so one of the two counts something else or is wrong"

    /// Figures of a measure larger than the figure of a measure it is part of (its parent in
    /// `measures.parent`, or that parent's parent, up the chain) with the same source, study (or
    /// none), place, period, unit, sex, age group and form: state-imposed forced labour of 5,000
    /// beside forced labour of 1,000, from one source, for Nepal in 2020.
    ///
    /// Why every ancestor and not the parent only: ILO 2017 and 2022 publish privately imposed
    /// forced labour exploitation beside forced labour and modern slavery, never the private
    /// economy in between, so a typed 60 million beside forced labour's 27.6 million passed unflagged.
    /// A row about an ancestor beyond the parent names the measures between (`through`).
    ///
    /// Why beside `subgroup-above-total`: the measure hierarchy is the same relation as a subgroup
    /// and its total (the brief's definitions say "part of"), and the same contradiction passed
    /// without a word. Compared as that rule compares: the part's smallest possible number (its
    /// low bound, else its value) against the whole's largest (`MeasureSums.largest`: its upper
    /// bound, else its value; a censored `<5` counts as 4), only units that add up, no figure restricted by a breakdown.
    /// One look-up of the parent's figures per part, by `figures_by_measure_place`.
    func partMeasuresAboveWholes(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try partMeasuresAboveWholes(batch: nil, row)
    }

    /// The pairs of `partMeasuresAboveWholes` that hold a figure of `batch` (all pairs for nil):
    /// ingest's warning about the rows it just loaded. A batch's pairs are found from its own
    /// figures (`figures_by_batch`), as the part and as the whole, each looking up the other by
    /// `figures_by_measure_place`, so a small load into a large database reads only its own.
    /// Each row comes with the keys of its part and its whole.
    func partMeasuresAboveWholes(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let sql = batch == nil
            ? Self.measureAncestors + Self.partsFirst + " WHERE " + Self.partAboveWhole + " ORDER BY part.key, whole.key"
            : Self.measureAncestors + Self.partsFirst + " WHERE part.batch_id = ?1 AND " + Self.partAboveWhole + " UNION "
                + Self.wholesFirst + " AND " + Self.partAboveWhole + " ORDER BY 1, 4"
        let parents = try measureParents()
        try forEachRow(sql, batch.map { [$0] } ?? []) { pair in
            let part = Self.shownNumber(value: pair.optionalDouble(at: 1), censored: pair.int64(at: 11) != 0, low: pair.optionalDouble(at: 10), high: pair.optionalDouble(at: 2))
            let whole = Self.shownNumber(value: pair.optionalDouble(at: 4), censored: pair.int64(at: 13) != 0, low: pair.optionalDouble(at: 12), high: pair.optionalDouble(at: 5))
            let keys = [pair.string(at: 0) ?? "", pair.string(at: 3) ?? ""]
            let periods = [6, 8].map { PeriodDays.written(start: pair.string(at: $0) ?? "", end: pair.string(at: $0 + 1) ?? "") }
            let between = Self.through(from: pair.string(at: 14) ?? "", to: pair.string(at: 15) ?? "", parents: parents)
            let ancestor = between.isEmpty ? "" : " (\(pair.string(at: 14) ?? "") is part of \(pair.string(at: 15) ?? "") through \(between.joined(separator: ", ")))"
            row("\(keys[0]) (\(part)) > \(keys[1]) (\(whole))" + ancestor + PeriodDays.sameDaysNote(periods), keys)
        }
    }

    /// Each measure's parent (`measures.parent`), read once per run: the table holds a few dozen rows.
    func measureParents() throws -> [String: String] {
        var parents: [String: String] = [:]
        try forEachRow("SELECT code, parent FROM measures WHERE parent IS NOT NULL AND parent <> code") { row in
            if let code = row.string(at: 0), let parent = row.string(at: 1) { parents[code] = parent }
        }
        return parents
    }

    /// The measures between `part` and its ancestor `whole` along `parents`, nearest first: empty
    /// for its parent, `[forced-labour-private-economy]` from privately imposed forced labour
    /// exploitation to forced labour. A loop in the table ends the walk.
    public static func through(from part: String, to whole: String, parents: [String: String]) -> [String] {
        var between: [String] = []
        var seen: Set<String> = [part]
        var next = parents[part]
        while let measure = next, measure != whole, seen.insert(measure).inserted {
            between.append(measure)
            next = parents[measure]
        }
        return next == whole ? between : []
    }

    /// Every measure with each measure it is part of (`code`, `ancestor`): its parent, the
    /// parent's parent, and so on. UNION, not UNION ALL, so that a loop a user made in
    /// `measures.parent` ends; a measure found its own ancestor by one is left out.
    static let measureAncestors = """
        WITH RECURSIVE measure_ancestors(code, ancestor) AS (
            SELECT code, parent FROM measures WHERE parent IS NOT NULL AND parent <> code
            UNION
            SELECT a.code, m.parent FROM measure_ancestors a JOIN measures m ON m.code = a.ancestor
            WHERE m.parent IS NOT NULL AND m.parent <> m.code
        )

        """

    /// Each part (a figure of a measure with a parent) with the figures of each measure it is
    /// part of (`measureAncestors`) for the same place ending in the same year: the whole is
    /// looked up by `figures_by_measure_place`, and `partAboveWhole` compares the periods' days.
    static let partsFirst = """
        SELECT part.key, part.value, part.high, whole.key, whole.value, whole.high,
               part.period_start, part.period_end, whole.period_start, whole.period_end,
               part.low, part.censored, whole.low, whole.censored, part.measure, whole.measure
        FROM figures part
        JOIN measure_ancestors m ON m.code = part.measure AND m.ancestor <> m.code
        JOIN figures whole ON whole.measure = m.ancestor AND whole.place = part.place AND
        """ + " " + PeriodDays.endsInYearSQL("whole.period_end", of: "part.period_end")

    /// Each whole of batch `?1` with the figures of the measures part of it, at any depth, for the same place, ending
    /// in the same year. CROSS JOIN keeps SQLite to this order, so that the part is looked up by
    /// `figures_by_measure_place`: left to choose, it looked parts up by source, and a load of
    /// 5,000 figures into 300,000 from a few sources took minutes.
    static let wholesFirst = """
        SELECT part.key, part.value, part.high, whole.key, whole.value, whole.high,
               part.period_start, part.period_end, whole.period_start, whole.period_end,
               part.low, part.censored, whole.low, whole.censored, part.measure, whole.measure
        FROM figures whole CROSS JOIN measure_ancestors m CROSS JOIN figures part
        WHERE whole.batch_id = ?1 AND m.ancestor = whole.measure AND m.ancestor <> m.code
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
          AND coalesce(part.low, part.value) > coalesce(max(whole.high, whole.value), whole.high, whole.value)
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
