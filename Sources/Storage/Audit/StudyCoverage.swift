/// Whether a figure lies outside the places or the period its study covers: a figure of Kenya,
/// 2016, filed under a study of India and Pakistan in 2021.
///
/// Why: a brief lists a study's figures among its findings and gives them its method and sample,
/// which a meta-analysis codes and weights estimates by; a figure the study did not produce,
/// almost always a wrong study key, takes them over, and the same brief says no study covers the
/// figure's place (a meta-analyst's review, session 50). Shared by ingest's warning at the study
/// cell and check's `figure-outside-study`, so that both draw the line in one place.
public enum StudyCoverage {
    /// The check's name.
    public static let figureOutsideStudyCheck = "figure-outside-study"

    /// The message of the `figure-outside-study` warning.
    public static let message = "figures whose study covers neither their place nor their period (its study_places, or a region "
        + "containing the place, and its period): a brief lists each among the study's findings and gives it the study's method "
        + "and sample; expected the key of the study that produced the figure, or no study; a figure of a period the source "
        + "does not state (period_basis publication) is judged by its place alone"

    /// A condition on a figure `f` (its study, place, period and period_basis) and its study `s`
    /// that holds when the study lists places and none of them is the figure's place, a region
    /// holding it, or (for a region's figure) regions and countries holding every country of it.
    static func placeOutsideSQL(_ f: String) -> String {
        let covers = { (place: String) in
            "(SELECT 1 FROM study_places sp WHERE sp.study = \(f).study AND (sp.place = \(place) "  // sql-constant: table aliases and column names
                + "OR EXISTS (SELECT 1 FROM place_members pm WHERE pm.region = sp.place AND pm.country = \(place))))"  // sql-constant: table aliases and column names
        }
        return "(EXISTS (SELECT 1 FROM study_places sp WHERE sp.study = \(f).study) AND NOT EXISTS \(covers(f + ".place")) "  // sql-constant: table aliases and column names
            + "AND NOT (EXISTS (SELECT 1 FROM place_members fm WHERE fm.region = \(f).place) "  // sql-constant: table aliases and column names
            + "AND NOT EXISTS (SELECT 1 FROM place_members fm WHERE fm.region = \(f).place AND NOT EXISTS \(covers("fm.country")))))"  // sql-constant: table aliases and column names
    }

    /// A condition that holds when the study states a period and the figure's stated period
    /// lies wholly before or after it (by days: 2021 and 2021-01-01/2021-12-31 are one period).
    static func periodOutsideSQL(_ f: String, study s: String) -> String {
        "(\(f).period_basis = 'stated' AND coalesce(\(s).period_start, \(s).period_end) IS NOT NULL AND ("
            + PeriodDays.lastDaySQL("\(f).period_end") + " < " + PeriodDays.firstDaySQL("coalesce(\(s).period_start, \(s).period_end)")
            + " OR " + PeriodDays.firstDaySQL("\(f).period_start") + " > " + PeriodDays.lastDaySQL("coalesce(\(s).period_end, \(s).period_start)")
            + "))"
    }

    /// The figures of `figures` (a table or a one-row subquery with key, study, place, period
    /// and period_basis) that lie outside their study, with which of the two they miss, the
    /// place's name and the study's period, for the words `Database.studyCoverageText` writes.
    static func query(from figures: String) -> String {
        """
        SELECT * FROM (
            SELECT f.key AS key, \(placeOutsideSQL("f")) AS place_outside, \(periodOutsideSQL("f", study: "s")) AS period_outside, -- // sql-constant: placeOutsideSQL and periodOutsideSQL, fixed column names
                f.study AS study, f.place AS place, f.period_start AS period_start, f.period_end AS period_end,
                (SELECT p.name FROM places p WHERE p.code = f.place) AS place_name,
                s.period_start AS study_start, s.period_end AS study_end
            FROM \(figures) f JOIN studies s ON s.key = f.study) -- // sql-constant: figures is "figures" or a subquery of bound parameters
        WHERE place_outside OR period_outside
        """
    }
}
