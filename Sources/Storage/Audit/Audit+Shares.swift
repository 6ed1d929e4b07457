extension Audit {
    /// The message of the `share-without-part` warning.
    static let shareWithoutPartMessage = "shares (unit percent) of a measure's people or cases with sex, age_group and form all "
        + "total, no notes and no breakdown: a share of which part? A share of everyone can only be 100 %, so a brief "
        + "prints \"38%, all\"; fill sex, age_group or form with the part, or say in notes what it is when it is no subgroup"

    /// The W28 rule, once, over a figure row `f` (key, measure, unit, sex, age_group, form, notes)
    /// and its measure `m`: a share without its subgroup (`shareWithoutSubgroup`) that has no
    /// notes and no breakdown. `tipdb check` applies it to the stored figures
    /// (`sharesWithoutPart`) and ingest to each row it loads (`isShareWithoutPart`).
    ///
    /// Why these fields: the subgroup names the part a share is of ("children are 38 percent of
    /// detected victims"); with every subgroup field at its total the part is unsaid. Notes excuse
    /// a share, since some parts are no subgroup ("about 1 in 100 victims rescued") and notes are
    /// the only field that can say them. A rate or an index in percent is a share of a
    /// population, not of the measure's own people, and never fits.
    static let shareWithoutPart = """
        \(shareWithoutSubgroup) -- // sql-constant: Audit.shareWithoutSubgroup, a fixed condition
          AND f.notes IS NULL AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """

    /// The core of the W28 rule, over `f` (unit, sex, age_group, form) and its measure `m`: a
    /// share in percent of a measure that counts people or cases (`Measure.peopleOrCasesCounts`:
    /// prevalence, detected or criminal-justice counts), with sex, age group and form all the
    /// total. `shareWithoutPart` adds what excuses a stored figure (notes, a breakdown);
    /// `isShareWithoutSubgroup` applies the core alone to a bulk column whose every figure has
    /// notes that only quote its title. Child labour's measures are left out: by their definition a
    /// share is one of all children aged 5 to 17 (SDG indicator 8.7.1), a share of the population,
    /// and the warning told a user storing 9.6 % as the definition says to store it otherwise (a
    /// child-rights specialist's review, session 55).
    static let shareWithoutSubgroup = """
        f.unit = 'percent' AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
          AND m.counts IN (\(Measure.peopleOrCasesCounts.map { "'\($0)'" }.joined(separator: ", "))) -- // sql-constant: Measure.peopleOrCasesCounts, fixed codes
          AND m.concept <> 'child-labour'
        """

    /// Whether a column of figures in `unit` of `measure` with these subgroup fields is a share
    /// without its subgroup (`shareWithoutSubgroup`): the W28 rule without its notes clause.
    ///
    /// Why without notes: every figure of an Our World in Data column has notes (the indicator's
    /// title), which the full rule takes for the part, so such a share was stored without a word
    /// and a brief printed it as a share of everyone. Ingest warns once at the column's header.
    ///
    /// - Returns: false for a measure the database does not know.
    public static func isShareWithoutSubgroup(unit: String, sex: String, ageGroup: String, form: String?, measure: String,
                                              db: Database) throws -> Bool {
        // No shortcut for units other than percent: the query is the rule, once per column.
        try db.scalar(shareWithoutSubgroupQuery, [unit, sex, ageGroup, form, measure]) != nil
    }

    private static let shareWithoutSubgroupQuery = """
        SELECT 1 FROM (SELECT ?1 AS unit, ?2 AS sex, ?3 AS age_group, ?4 AS form) f JOIN measures m ON m.code = ?5
        WHERE \(shareWithoutSubgroup) -- // sql-constant: Audit.shareWithoutSubgroup, a fixed condition
        """

    /// The shares ingest warns about as it loads them (`share-without-part`, review W28), over the
    /// whole database: those loaded before the warning existed, or by another program.
    func sharesWithoutPart(_ row: (String) -> Void) throws {
        try keys(Self.sharesWithoutPartQuery, row)
    }

    private static let sharesWithoutPartQuery = """
        SELECT f.key FROM figures f JOIN measures m ON m.code = f.measure
        WHERE \(shareWithoutPart) -- // sql-constant: Audit.shareWithoutPart, a fixed condition
        ORDER BY f.key
        """

    /// Whether `figure`, about to be written, is a share without its part (the rule above): the
    /// fields in `unstated` that its row leaves out are those of the stored figure of its key,
    /// which the write keeps, and the breakdowns are the stored ones.
    ///
    /// A row that is no share (its unit not percent), or a share whose row names its part, is
    /// answered without a query, so ingest's rows of counts cost nothing more; any other share
    /// costs one look-up by key.
    public static func isShareWithoutPart(_ figure: Figure, unstated: UnstatedFields, db: Database) throws -> Bool {
        guard figure.unit == "percent" else { return false }
        // A share whose row names its part (a subgroup field or notes it states) is settled
        // without a query too: most shares are published by subgroup.
        let namesPart = !unstated.contains(.sex) && figure.sex != "total" || !unstated.contains(.ageGroup) && figure.ageGroup != "total"
            || !unstated.contains(.form) && figure.form != nil || !unstated.contains(.notes) && figure.notes != nil
        guard !namesPart else { return false }
        let keeps = { (field: UnstatedFields) in unstated.contains(field) ? 1 : 0 }
        return try db.scalar(shareWithoutPartQuery, [
            figure.key, figure.measure, figure.unit, keeps(.sex), figure.sex, keeps(.ageGroup), figure.ageGroup,
            keeps(.form), figure.form, keeps(.notes), figure.notes,
        ]) != nil
    }

    /// The rule over the figure as it will be stored: each field the row leaves out taken from
    /// the stored figure, when there is one.
    private static let shareWithoutPartQuery = """
        SELECT 1 FROM (
            SELECT ?1 AS key, ?2 AS measure, ?3 AS unit,
                CASE WHEN ?4 AND s.key IS NOT NULL THEN s.sex ELSE ?5 END AS sex,
                CASE WHEN ?6 AND s.key IS NOT NULL THEN s.age_group ELSE ?7 END AS age_group,
                CASE WHEN ?8 AND s.key IS NOT NULL THEN s.form ELSE ?9 END AS form,
                CASE WHEN ?10 AND s.key IS NOT NULL THEN s.notes ELSE ?11 END AS notes
            FROM (SELECT 1) LEFT JOIN figures s ON s.key = ?1
        ) f JOIN measures m ON m.code = f.measure
        WHERE \(shareWithoutPart) -- // sql-constant: Audit.shareWithoutPart, a fixed condition
        """
}
