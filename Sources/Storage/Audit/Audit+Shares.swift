extension Audit {
    /// What a measure counts (`measures.counts`) for a share of it in percent to be a share of its
    /// own people or cases: a rate or an index in percent is a share of a population instead.
    public static let shareCountMeasures: Set<String> = ["prevalence-estimate", "detected-count", "criminal-justice-count"]

    /// The message of the `share-without-part` warning.
    static let shareWithoutPartMessage = "shares (unit percent) of a measure's people or cases with sex, age_group and form all "
        + "total, no notes and no breakdown: a share of which part? A share of everyone can only be 100 %, so a brief "
        + "prints \"38%, all\"; fill sex, age_group or form with the part, or say in notes what it is when it is no subgroup"

    /// The shares ingest warns about as it loads them (`share-without-part`, review W28), over the
    /// whole database: those loaded before the warning existed, or by another program.
    ///
    /// Why notes excuse a share: some parts are no subgroup ("about 1 in 100 victims rescued"),
    /// and notes are the only field that can say them.
    func sharesWithoutPart(_ row: (String) -> Void) throws {
        try keys(Self.sharesWithoutPartQuery, row)
    }

    /// The query of `sharesWithoutPart`, its list of what measures count made from the constant
    /// `shareCountMeasures` (quoted here, not bound: `IN` takes no array).
    private static let sharesWithoutPartQuery = """
        SELECT f.key FROM figures f JOIN measures m ON m.code = f.measure
        WHERE f.unit = 'percent' AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL AND f.notes IS NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
          AND m.counts IN (
        """ + shareCountMeasures.sorted().map { "'" + $0 + "'" }.joined(separator: ", ") + ") ORDER BY f.key"
}
