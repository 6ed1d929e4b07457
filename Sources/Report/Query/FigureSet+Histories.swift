import Storage

extension FigureSet {
    /// Reads, for the loaded figures, the restores that brought back another number than the one
    /// withdrawn (`Restoration.withdrawn`) and the loads that cited an unchanged number to another
    /// source or page (`Reattribution`), into `restorations` and `reattributions`.
    ///
    /// Cheap where there is nothing to tell: one query each finds the figures that could have
    /// either (a key retracted before; a revision whose source or locator is not the figure's
    /// now), and only those are read further.
    ///
    /// - Parameters:
    ///   - figures: the loaded figures by key (`loadReached`).
    ///   - retractions: whether the database has any retraction; `revisions`, any revision.
    mutating func loadHistories(from db: Database, loaded figures: [String: FigureRecord], retractions: Bool, revisions: Bool) throws {
        if retractions {
            for row in try db.rows("SELECT DISTINCT r.figure FROM figure_retractions r JOIN figures f ON f.key = r.figure") {
                guard let key = row.string("figure"), figures[key] != nil,
                      let restoration = try db.restoration(of: key), restoration.withdrawn != nil else { continue }
                restorations[key] = restoration
            }
        }
        guard revisions else { return }
        let moved = try db.rows("""
            SELECT DISTINCT r.figure FROM figure_revisions r JOIN figures f ON f.key = r.figure
            WHERE r.kind = 'revision' AND json_valid(r.previous)
                AND (r.previous ->> '$.source' IS NOT f.source OR r.previous ->> '$.locator' IS NOT f.locator)
            """)
        for row in moved {
            guard let key = row.string("figure"), figures[key] != nil else { continue }
            let found = try db.reattributions(of: key)
            if !found.isEmpty { reattributions[key] = found }
        }
    }
}
