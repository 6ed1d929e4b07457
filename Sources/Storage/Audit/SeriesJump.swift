/// The rule of `tipdb check`'s `series-jump` warning: which figures a series holds and when two
/// neighbours in time differ enough to name. Check applies it in SQL over the table
/// (`Audit.seriesJumps`); the brief applies it in Swift over the figures it already holds
/// (`ComparabilityCheck.seriesJumps`).
///
/// Why one type: the brief promises to warn of what check warns of. Were the factor or the
/// exclusions written twice, a change to one would let the two disagree about which pairs of a
/// database jump; here the SQL condition and the Swift predicate sit side by side, and a test
/// compares the pairs both name over one database (`BriefSeriesJumpTests`).
public enum SeriesJump {
    /// How many times its neighbour in time a figure must be (or how small a part of it) to be named.
    public static let factor = 10.0

    /// Whether a figure takes part in a series: a value above zero (a censored `<5` has none, and
    /// no factor relates zero to anything), in a unit the catalog knows that is not a change
    /// (`percent-change`, `USD-change`: a change may be small one year and large the next), no
    /// breakdown restricting it (a GLOTIP citizenship: the fields that make a series do not
    /// tell nationals from foreigners), a reference period its source states, and no figure it
    /// repeats (`cites`). `figureCondition` is the same rule in SQL.
    ///
    /// Why repeats are left out: a repeat is its original's number again, not a figure of its
    /// own period. Filed under the year it was repeated in, a tweet's 130,000 (a slip for 13,000)
    /// was "10 times 13,000 (2013)", a newspaper's copy of the Home Office's 10,000 to 13,000, the
    /// figure before it in its own chain; and a primary estimate of 136,000 for 2016 was measured
    /// against that copy (review of session 38). A repeat that changes what it repeats is
    /// `repeat-changed`'s, which holds it to its original; the originals, primary figures, are
    /// compared with each other here.
    ///
    /// Why a period not stated is left out: such a figure is filed under its source's publication
    /// year (`figures.period_basis` = `publication`), which is the latest the period can end, not
    /// its place in time, so no figure is before or after it. Filed so, ILO 2014's US$150 billion
    /// a year was "the figure before" a 2021 amount, in check as in briefs.
    ///
    /// - Parameters:
    ///   - unitDimension: the dimension of the figure's unit in `units`, nil for a unit not there.
    ///   - hasBreakdown: whether any row of `figure_breakdowns` restricts the figure.
    ///   - periodStated: whether the source states the figure's period (`period_basis` = `stated`).
    ///   - isRepeat: whether the figure repeats another (`cites` is not NULL).
    public static func takesPart(
        value: Double?, unitDimension: String?, hasBreakdown: Bool, periodStated: Bool, isRepeat: Bool
    ) -> Bool {
        guard let value, let unitDimension, periodStated, !isRepeat else { return false }
        return value > 0 && unitDimension != "change" && !hasBreakdown
    }

    /// `takesPart` as a condition on `figures f`.
    static let figureCondition = """
        value > 0 AND unit IN (SELECT code FROM units WHERE dimension <> 'change') AND period_basis = 'stated' AND cites IS NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """

    /// Which periods of a series are compared: 0 for all of them, else the length of the period
    /// from its first and last days (`PeriodDays`, `yyyymmdd`), as the number of months for a
    /// period of whole months (1 for `2019-06`, 12 for `2019` or `2019-07`/`2020-06`, 120 for
    /// `1995-2004`) or of days that make whole years (12 for `2022-07-17`/`2023-07-16`,
    /// `PeriodSpan`) and minus the number of days for any other (-1 for `2019-06-30`). A series
    /// holds periods of one length class; `lengthSQL` is the same in SQL.
    ///
    /// Why: a month's count is about a twelfth of its year's, so 110 detected victims in
    /// December 2020 after 1,200 in 2019 was "1/10.9 of the figure before it", a unit slip to
    /// this rule, where the brief's periods caution already says that a month's count is not
    /// comparable with a year's. The lengths are told apart where that caution tells them
    /// apart: counts and amounts of money of a measure that is not a prevalence estimate (whose
    /// counts are of people at a point in time, whatever the period), an amount of money over
    /// whole years being a year's amount (`US$32 billion a year` for 1995-2004), all one class.
    ///
    /// - Parameters:
    ///   - counts: the measure's `measures.counts`; nil for a measure not in the catalog.
    ///   - unitDimension: the dimension of the figure's unit in `units`.
    public static func length(firstDay: Int, lastDay: Int, counts: String?, unitDimension: String?) -> Int {
        guard counts != "prevalence-estimate", unitDimension == "count" || unitDimension == "money" else { return 0 }
        switch PeriodSpan(firstDay: firstDay, lastDay: lastDay) {
        case .months(let months): return unitDimension == "money" && months % 12 == 0 ? 12 : months
        case .days(let days): return -days
        }
    }

    /// `length` over the `yyyy-mm-dd` texts `first` and `last` (`PeriodDays.firstDaySQL`,
    /// `lastDaySQL`) and the columns or expressions `counts` and `dimension`; NULL for a day
    /// SQLite cannot read, which check's period rules name.
    static func lengthSQL(_ first: String, _ last: String, counts: String, dimension: String) -> String {
        let months = PeriodSpan.monthsSQL(first, last)
        let years = PeriodSpan.yearsOfDaysSQL(first, last)
        return "CASE WHEN coalesce(" + counts + ", '') = 'prevalence-estimate' OR coalesce(" + dimension + ", '') NOT IN ('count', 'money') THEN 0"
            + " WHEN " + PeriodSpan.wholeMonthsSQL(first, last)
            + " THEN CASE WHEN " + dimension + " = 'money' AND " + months + " % 12 = 0 THEN 12 ELSE " + months + " END"
            + " WHEN " + years + " > 0 THEN CASE WHEN " + dimension + " = 'money' THEN 12 ELSE 12 * " + years + " END"
            + " ELSE -" + PeriodSpan.daysSQL(first, last) + " END"
    }

    /// Whether two figures of neighbouring periods of one series are named: one is `factor` times
    /// the other or more. Written as the SQL compares them (`later >= ?2 * earlier`), so that
    /// a pair on the boundary falls on the same side in both.
    public static func isJump(later: Double, earlier: Double) -> Bool {
        later >= factor * earlier || earlier >= factor * later
    }

    /// How check names the earlier figure of a pair: `the figure before it in its series`, or,
    /// where the period before holds `count` figures, the end of them it was compared with:
    /// `the smallest of the 80 figures of the period before it in its series` for a rise, the
    /// largest for a fall (`Audit.jumpPairs`: each figure is compared with those two only).
    public static func before(count: Int, rise: Bool) -> String {
        count <= 1 ? "the figure before it in its series"
            : "the \(rise ? "smallest" : "largest") of the \(count) figures of the period before it in its series"
    }

    /// How `later` relates to `earlier`, as check words it: "48 times", "1/1021 of" (rounded to
    /// a tenth below 100, to a whole number from 100).
    public static func relation(later: Double, earlier: Double) -> String {
        let ratio = later >= earlier ? later / earlier : earlier / later
        let shown = ratio >= 100 ? Audit.number(ratio.rounded()) : Audit.number((ratio * 10).rounded() / 10)
        return later >= earlier ? "\(shown) times" : "1/\(shown) of"
    }
}
