extension Audit {
    /// The message of the `series-jump` warning.
    static let seriesJumpMessage = "a figure is 10 or more times the figure before it in time in the same series "
        + "(measure, place, sex, age group, form, unit and length of period, from any source; repeats left out), or a tenth of it or less: within one source most often a unit slip "
        + "(thousands written as units, a fraction as a percent), between two sources more often a difference of method or coverage; "
        + "kept as published: check both against their sources"

    /// Each figure that is at least `SeriesJump.factor` times the figure of the period before it in
    /// its series, or at most a tenth of it: `x-2021 (48000) is 48 times x-2020 (1000)`.
    ///
    /// Why: a series that jumps 48-fold from one year to the next is valid data to every other rule,
    /// and most often one figure given in thousands where the others are in units, or a share given
    /// as a fraction (0.3) beside percents (30). A series is the measure, place, sex, age group,
    /// form and unit across reference periods, whatever the source: the slip is as likely between
    /// two sources as within one. Each period is compared with the one before it (by its first day,
    /// then its last: `2017` and `2017-01-01`/`2017-12-31` are one period); where the period before holds several figures, each figure is compared with their smallest and their largest (`jumpPairs`).
    /// Figures restricted by a breakdown (a GLOTIP citizenship) are left out, as are changes
    /// (`percent-change`, `USD-change`: a change may be small one year and large the next), figures
    /// without a value (censored `<5`), zeros, which no factor relates to anything, figures
    /// whose source does not state their period, which have no place in time, and repeats, which
    /// `repeat-changed` holds to the figure they repeat (`SeriesJump.takesPart`).
    func seriesJumps(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try seriesJumps(batch: nil, row)
    }

    /// The pairs of `seriesJumps` that hold a figure of `batch` (all pairs for nil), each with
    /// the keys of its later and earlier figure: ingest's warning about the rows it just loaded.
    ///
    /// One set-based query: the figures are first grouped by series and period (smallest and
    /// largest value), each period is compared with the one before it by those two numbers, and
    /// only the periods where some pair may differ 10-fold are looked up again, by
    /// `figures_by_measure_place`, to name the pairs. Joining every figure back to its period
    /// without the index read the table once per period (minutes for 5,000 figures into 100,000).
    /// With a batch, only the batch's series are grouped, so a small load
    /// into a large database reads little more than its own figures; a bulk load does not run it
    /// at all (`LoadedFigureCheck`).
    func seriesJumps(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let sql = Self.jumpPeriods
            + (batch == nil ? "" : Self.batchSeries)
            + Self.jumpSteps
            // Only steps with a period holding a figure of the batch (`mine`) can give its pairs.
            + (batch == nil ? "" : " AND (p.mine OR p.before_mine)")
            + Self.jumpPairs
            + (batch == nil ? "" : " AND (later.batch_id = ?1 OR earlier.batch_id = ?1)")
            + " ORDER BY later.key, earlier.key"
        try forEachRow(sql, [batch ?? 0, SeriesJump.factor]) { pair in
            let later = pair.string(at: 0) ?? "", earlier = pair.string(at: 2) ?? ""
            let laterValue = pair.optionalDouble(at: 1) ?? 0, earlierValue = pair.optionalDouble(at: 3) ?? 0
            let relation = SeriesJump.relation(later: laterValue, earlier: earlierValue)
            let before = SeriesJump.before(count: Int(pair.optionalDouble(at: 4) ?? 1), rise: laterValue > earlierValue)
            row("\(later) (\(Self.number(laterValue))) is \(relation) \(earlier) (\(Self.number(earlierValue))), \(before)", [later, earlier])
        }
    }

    /// The series of a batch's figures: a pair holding one of them is in its series, so only those
    /// are grouped (restricted by measure and place alone, 200 figures loaded into 100,000
    /// generated ones grouped 40,435 periods where their own series hold 8,118).
    static let batchSeries = """
         AND (measure, place, sex, age_group, coalesce(form, ''), unit) IN (
           SELECT measure, place, sex, age_group, coalesce(form, ''), unit FROM figures WHERE batch_id = ?1)
        """

    /// Each series' periods with their smallest and largest value, a period by the days it covers
    /// (`2017` and `2017-01-01`/`2017-12-31` are one period, neither the one before the other; a
    /// batch's restriction follows).
    static let jumpPeriods = """
        WITH periods AS (
          SELECT measure, place, sex, age_group, form, unit, first_day, last_day,
        """ + "         " + SeriesJump.lengthSQL("first_day", "last_day", counts: "counts", dimension: "dimension") + " AS length,\n" + """
                 min(period_start) AS start_low, max(period_start) AS start_high,
                 min(period_end) AS end_low, max(period_end) AS end_high,
                 min(value) AS low, max(value) AS high, max(batch_id = ?1) AS mine, count(*) AS n
          FROM (
            SELECT measure, place, sex, age_group, coalesce(form, '') AS form, unit, value, batch_id, period_start, period_end,
                   (SELECT counts FROM measures WHERE code = f.measure) AS counts,
                   (SELECT dimension FROM units WHERE code = f.unit) AS dimension,
        """ + "       " + PeriodDays.firstDaySQL("period_start") + " AS first_day,\n"
        + "       " + PeriodDays.lastDaySQL("period_end") + " AS last_day\n"
        + "    FROM figures f\n    WHERE " + SeriesJump.figureCondition

    /// Each period with the one before it in its series, kept where the two may differ 10-fold
    /// (`?2`), with the keys of the period before's smallest and largest figure (the first key
    /// among equal values), looked up by `figures_by_measure_place` between the smallest and
    /// largest `period_end` that period is written with. A period written one way (nearly all)
    /// is then matched as written; only one written several ways works out each figure's days:
    /// working them out for every figure looked up made the rule a fifth slower over the bench's
    /// 100,000 figures. A batch's condition on the steps follows.
    static let jumpSteps = """

          )
          GROUP BY measure, place, sex, age_group, form, unit, first_day, last_day
        ),
        steps AS (
          SELECT *, lag(first_day) OVER series AS before_first, lag(last_day) OVER series AS before_last,
                 lag(start_low) OVER series AS before_start_low, lag(start_high) OVER series AS before_start_high,
                 lag(end_low) OVER series AS before_end_low, lag(end_high) OVER series AS before_end_high,
                 lag(low) OVER series AS before_low, lag(high) OVER series AS before_high,
                 lag(mine) OVER series AS before_mine, lag(n) OVER series AS before_n
          FROM periods
          WINDOW series AS (PARTITION BY measure, place, sex, age_group, form, unit, length ORDER BY first_day, last_day)
        ),
        ends AS MATERIALIZED (
          SELECT p.*,
                 (SELECT min(earlier.key) FROM figures earlier WHERE earlier.value = p.before_low AND
        """ + earlierInPeriod + """
        ) AS low_key,
                 (SELECT min(earlier.key) FROM figures earlier WHERE earlier.value = p.before_high AND
        """ + earlierInPeriod + """
        ) AS high_key
          FROM steps p
          WHERE p.before_first IS NOT NULL AND (p.high >= ?2 * p.before_low OR p.before_high >= ?2 * p.low)
        """

    /// `earlier` is a figure of the period before step `p` that takes part in its series.
    private static let earlierInPeriod = """
         earlier.measure = p.measure AND earlier.place = p.place AND earlier.period_end BETWEEN p.before_end_low AND p.before_end_high
          AND earlier.period_start BETWEEN p.before_start_low AND p.before_start_high AND earlier.sex = p.sex AND earlier.age_group = p.age_group
          AND coalesce(earlier.form, '') = p.form AND earlier.unit = p.unit
          AND earlier.value > 0 AND earlier.period_basis = 'stated' AND earlier.cites IS NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = earlier.key)
          AND (p.before_start_low = p.before_start_high AND p.before_end_low = p.before_end_high OR
        """ + " " + PeriodDays.lastDaySQL("earlier.period_end") + " = p.before_last AND "
        + PeriodDays.firstDaySQL("earlier.period_start") + " = p.before_first)"

    /// The pairs of each step: every figure of its period that is 10 times the smallest figure of
    /// the period before or more (named with it), or a tenth of the largest or less (named with
    /// that one), looked up as `earlierInPeriod` looks up the earlier ones (CROSS JOIN keeps
    /// SQLite to that order).
    ///
    /// Why the two ends only, not every pair: a period of 80 figures after one of 80 gave up to
    /// 6,400 pairs, each a line of check's list and of ingest's warnings; loading 8,000 such
    /// figures wrote 305,679 warnings and 200,000 ran for more than ten minutes (review of session
    /// 44). A slip in either period still shows: a figure typed in thousands among units is its
    /// period's smallest, and every figure of the next period is named against it.
    static let jumpPairs = """

        )
        SELECT later.key, later.value, earlier.key, earlier.value, p.before_n
        FROM ends p CROSS JOIN figures later CROSS JOIN figures earlier
        WHERE later.measure = p.measure AND later.place = p.place AND later.period_end BETWEEN p.end_low AND p.end_high
          AND later.period_start BETWEEN p.start_low AND p.start_high AND later.sex = p.sex AND later.age_group = p.age_group
          AND coalesce(later.form, '') = p.form AND later.unit = p.unit
          AND later.value > 0 AND later.period_basis = 'stated' AND later.cites IS NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = later.key)
          AND (p.start_low = p.start_high AND p.end_low = p.end_high OR
        """ + " " + PeriodDays.lastDaySQL("later.period_end") + " = p.last_day AND "
        + PeriodDays.firstDaySQL("later.period_start") + " = p.first_day)\n"
        + """
          AND earlier.key IN (p.low_key, p.high_key)
          AND (earlier.key = p.low_key AND later.value >= ?2 * earlier.value OR earlier.key = p.high_key AND earlier.value >= ?2 * later.value)
        """
}
