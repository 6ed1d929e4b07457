import Storage

/// The breakdowns a figures file's `breakdown` cell states (`BreakdownCell`), written beside the
/// figure.
extension Ingester {
    /// Makes `key`'s rows of `figure_breakdowns` the given ones, and returns the ones they replaced
    /// when that changed them (empty for a figure that had none), nil when it did not.
    ///
    /// Why compared first: a file loaded again must leave its figures unchanged, and a load that
    /// only changes a figure's breakdown (a nationality count given its `citizenship` at last) must
    /// count it as updated, though no column of `figures` changed. Why the old ones: the load keeps
    /// them in `figure_revisions`, as every other changed field (`Database.keepBreakdownRevision`).
    func replaceBreakdowns(of key: String, with breakdowns: [Breakdown]) throws -> [Breakdown]? {
        let stored = try db.rows("SELECT dimension, category, place FROM figure_breakdowns WHERE figure = ? ORDER BY dimension", [key])
            .map { Breakdown(dimension: $0.string("dimension") ?? "", category: $0.string("category") ?? "", place: $0.string("place")) }
        guard stored != breakdowns else { return nil }
        try db.execute("DELETE FROM figure_breakdowns WHERE figure = ?", [key])
        for breakdown in breakdowns {
            try db.execute(
                "INSERT INTO figure_breakdowns (figure, dimension, category, place) VALUES (?, ?, ?, ?)",
                [key, breakdown.dimension, breakdown.category, breakdown.place])
        }
        return stored
    }
}
