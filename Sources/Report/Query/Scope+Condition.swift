import Storage

extension Scope {
    /// The condition the scope puts on rows whose measure, place and period are the given SQL
    /// expressions, with the scope's values bound as ?1 to ?4 (`parameters`): a measure and a
    /// place in scope, a period that ends in or after `from` and starts in or before `to`.
    ///
    /// Why one definition: the figures a brief reads (`FigureSet`) and the withdrawn figures it
    /// names (`FigureSet+Retracted`, by their stored last values) must be filtered alike, or the
    /// brief would name a withdrawal its filters leave out.
    static func condition(measure: String, place: String, periodStart: String, periodEnd: String) -> String {
        "(?1 IS NULL OR \(measure) IN (SELECT value FROM json_each(?1)))"  // sql-constant: a column expression the caller writes
            + " AND (?2 IS NULL OR \(place) IN (SELECT value FROM json_each(?2)))"  // sql-constant: a column expression the caller writes
            + " AND (?3 IS NULL OR CAST(substr(\(periodEnd), 1, 4) AS INTEGER) >= ?3)"  // sql-constant: a column expression the caller writes
            + " AND (?4 IS NULL OR CAST(substr(\(periodStart), 1, 4) AS INTEGER) <= ?4)"  // sql-constant: a column expression the caller writes
    }

    /// The values `condition` binds, as ?1 to ?4: NULL where the scope does not filter.
    var parameters: [any DatabaseValueConvertible] {
        [measures.map(JSONString.array), places.map { JSONString.array($0.sorted()) }, from, to]
    }
}
