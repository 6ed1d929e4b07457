import Storage

extension Scope {
    /// The condition the scope puts on rows whose measure, place and period are the given SQL
    /// expressions, with the scope's values bound as ?1 to ?4 (`parameters`): a measure and a
    /// place in scope, a period that overlaps the days in scope: it ends on or after the first
    /// (?3, `YYYY-MM-DD`) and starts on or before the last (?4).
    ///
    /// Why one definition: the figures a brief reads (`FigureSet`) and the withdrawn figures it
    /// names (`FigureSet+Retracted`, by their stored last values) must be filtered alike, or the
    /// brief would name a withdrawal its filters leave out.
    ///
    /// Why a prefix: a stored period is a year, a month or a day, and it ends on or after a day
    /// exactly when it is, as text, at least that day cut to its own length (`2019` >= `2019`
    /// for 2019-06-01; `2019-05` < `2019-06`); it starts on or before a day when it is at most
    /// that day so cut. With years as bounds this is the test by years it replaced.
    static func condition(measure: String, place: String, periodStart: String, periodEnd: String) -> String {
        "(?1 IS NULL OR \(measure) IN (SELECT value FROM json_each(?1)))"  // sql-constant: a column expression the caller writes
            + " AND (?2 IS NULL OR \(place) IN (SELECT value FROM json_each(?2)))"  // sql-constant: a column expression the caller writes
            + " AND " + condition(periodStart: periodStart, periodEnd: periodEnd)
    }

    /// The period part of `condition`, on ?3 and ?4 alone: for rows whose place is tested another
    /// way (`FigureSet+CitizensElsewhere`, by the citizenship they count).
    static func condition(periodStart: String, periodEnd: String) -> String {
        "(?3 IS NULL OR \(periodEnd) >= substr(?3, 1, length(\(periodEnd))))"  // sql-constant: a column expression the caller writes
            + " AND (?4 IS NULL OR \(periodStart) <= substr(?4, 1, length(\(periodStart))))"  // sql-constant: a column expression the caller writes
    }

    /// The values `condition` binds, as ?1 to ?4: NULL where the scope does not filter.
    var parameters: [any DatabaseValueConvertible] {
        [measures.map(JSONString.array), places.map { JSONString.array($0.sorted()) }, firstDay, lastDay]
    }
}
