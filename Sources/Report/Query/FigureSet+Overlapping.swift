import Storage

extension FigureSet {
    /// How many figures each of the scope's overlapping regions (`Scope.overlappingRegions`) has,
    /// per measure: those the scope's measures and period would take in were the region in scope.
    /// One grouped query by the condition the scope's figures are read with (`Scope.condition`),
    /// in the same read transaction; figures of a superseded derived version are left out, as
    /// the scope's are.
    ///
    /// Why counts, not figures: the brief does not show them (a figure for Asia and the Pacific is
    /// not one for Asia); it says they exist, and how many, so that its data gaps do not read as
    /// if nothing were known about the area.
    ///
    /// - Returns: region code to measure code to the number of figures; empty without such regions.
    static func overlapping(in scope: Scope, from db: Database, superseded: Bool) throws -> [String: [String: Int]] {
        guard !scope.overlappingRegions.isEmpty else { return [:] }
        var parameters = scope.parameters
        parameters[1] = JSONString.array(scope.overlappingRegions)
        let rows = try db.rows(
            "SELECT place, measure, count(*) AS figures FROM figures\nWHERE "
                + Scope.condition(measure: "measure", place: "place", periodStart: "period_start", periodEnd: "period_end")
                + (superseded ? "\n  AND source NOT IN (" + FigureRows.supersededSources + ")" : "")
                + "\nGROUP BY place, measure",
            parameters)
        var counts: [String: [String: Int]] = [:]
        for row in rows {
            if let place = row.string("place"), let measure = row.string("measure") {
                counts[place, default: [:]][measure] = Int(row.int("figures") ?? 0)
            }
        }
        return counts
    }
}
