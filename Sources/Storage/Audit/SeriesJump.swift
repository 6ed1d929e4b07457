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
    /// (`percent-change`, `USD-change`: a change may be small one year and large the next), and
    /// no breakdown restricting it (a GLOTIP citizenship: the fields that make a series do not
    /// tell nationals from foreigners). `figureCondition` is the same rule in SQL.
    ///
    /// - Parameters:
    ///   - unitDimension: the dimension of the figure's unit in `units`, nil for a unit not there.
    ///   - hasBreakdown: whether any row of `figure_breakdowns` restricts the figure.
    public static func takesPart(value: Double?, unitDimension: String?, hasBreakdown: Bool) -> Bool {
        guard let value, let unitDimension else { return false }
        return value > 0 && unitDimension != "change" && !hasBreakdown
    }

    /// `takesPart` as a condition on `figures f`.
    static let figureCondition = """
        value > 0 AND unit IN (SELECT code FROM units WHERE dimension <> 'change')
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """

    /// Whether two figures of neighbouring periods of one series are named: one is `factor` times
    /// the other or more. Written as the SQL compares them (`later >= ?2 * earlier`), so that
    /// a pair on the boundary falls on the same side in both.
    public static func isJump(later: Double, earlier: Double) -> Bool {
        later >= factor * earlier || earlier >= factor * later
    }

    /// How `later` relates to `earlier`, as check words it: "48 times", "1/1021 of" (rounded to
    /// a tenth below 100, to a whole number from 100).
    public static func relation(later: Double, earlier: Double) -> String {
        let ratio = later >= earlier ? later / earlier : earlier / later
        let shown = ratio >= 100 ? Audit.number(ratio.rounded()) : Audit.number((ratio * 10).rounded() / 10)
        return later >= earlier ? "\(shown) times" : "1/\(shown) of"
    }
}
