/// What a search result says of a figure that repeats another: the key it repeats, and what it
/// changed of that figure's measure, place or reference period (`RepeatChange`), in the words of
/// check's `repeat-changed` warning: `repeats ng-fl-2022, changing the place (GHA, not NGA)`.
///
/// Why only those three: they make the repeat another claim than its original's (a figure for
/// another country, of another measure or year), which a result listed under that country,
/// measure or year would otherwise pass off as its own. The number and range are in the title
/// already; the full list of changes is `tipdb check`'s and `report lineage`'s.
public struct RepeatSummary: Sendable, Equatable {
    /// The key of the figure repeated (`figures.cites`).
    public var cites: String
    /// `place (GHA, not NGA)`, `measure (trafficking-victims, not forced-labour)`, `period (2023, not 2022)`,
    /// in that order; empty for a repeat that keeps all three, or whose cited figure is not in the database.
    public var changes: [String]

    /// `repeats ng-fl-2022` or `repeats ng-fl-2022, changing the place (GHA, not NGA)`.
    public var text: String {
        guard !changes.isEmpty else { return "repeats \(cites)" }
        let parts = changes.map { "the \($0)" }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        return "repeats \(cites), changing \(list)"
    }

    /// The repeats among the figures `keys` names, by key: one query over their unique keys.
    static func read(_ keys: [String], db: Database) throws -> [String: RepeatSummary] {
        let sql = """
            SELECT f.key AS key, f.cites AS cites, f.measure AS measure, f.place AS place,
                f.period_start AS period_start, f.period_end AS period_end,
                c.measure AS c_measure, c.place AS c_place, c.period_start AS c_period_start, c.period_end AS c_period_end
            FROM figures f LEFT JOIN figures c ON c.key = f.cites
            WHERE f.cites IS NOT NULL AND f.key IN (SELECT value FROM json_each(?1))
            """
        var found: [String: RepeatSummary] = [:]
        for row in try db.rows(sql, [JSONString.array(keys)]) {
            guard let key = row.string("key"), let cites = row.string("cites") else { continue }
            var changes: [String] = []
            if let measure = row.string("measure"), let cited = row.string("c_measure"), measure != cited {
                changes.append("measure (\(measure), not \(cited))")
            }
            if let place = row.string("place"), let cited = row.string("c_place"), place != cited {
                changes.append("place (\(place), not \(cited))")
            }
            if let start = row.string("period_start"), let end = row.string("period_end"),
               let citedStart = row.string("c_period_start"), let citedEnd = row.string("c_period_end"),
               !PeriodDays.same((start, end), (citedStart, citedEnd)) {
                changes.append("period (\(Self.period(start, end)), not \(Self.period(citedStart, citedEnd)))")
            }
            found[key] = RepeatSummary(cites: cites, changes: changes)
        }
        return found
    }

    /// `2022`, `1995-2004`, `2019-01-01/2019-06-30`, as `Search.periodText` writes a period.
    private static func period(_ start: String, _ end: String) -> String {
        if start == end { return start }
        return start.utf8.count == 4 && end.utf8.count == 4 ? "\(start)-\(end)" : "\(start)/\(end)"
    }
}
