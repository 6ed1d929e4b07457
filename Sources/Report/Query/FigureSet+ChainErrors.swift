import Storage

extension FigureSet {
    /// Reads check's `repeat-before-original` findings for the loaded figures that cite another,
    /// those in scope and those a chain reaches: one indexed query over their keys, none when no
    /// loaded figure cites one (most briefs of bulk data).
    ///
    /// Why the chain's figures too: a chain through a repeat published before what it repeats
    /// credits the wrong original, and lineage and the brief's "How these numbers travel" showed
    /// it as clean ("Primary source reached") while check called the link an error (review of
    /// session 49). The finding is check's own (`Audit.repeatsBeforeOriginal(among:_:)`).
    mutating func loadEarlyRepeats(from db: Database) throws {
        var keys = Set(figures.lazy.filter { $0.cites != nil }.map(\.key))
        for figure in byKey.values where figure.cites != nil { keys.insert(figure.key) }
        guard !keys.isEmpty else { return }
        try Audit(db: db).repeatsBeforeOriginal(among: .figures(keys.sorted())) { found in
            earlyRepeats[found.figure] = found
        }
    }

    /// Reads which loaded figures cite nothing now but cited a figure `tipdb retract` withdrew
    /// (`Database.withdrawnOrigins()`: no query beyond one look at `figure_retractions` when
    /// nothing was ever withdrawn).
    mutating func loadWithdrawnOrigins(from db: Database) throws {
        let found = try db.withdrawnOrigins()
        guard !found.isEmpty else { return }
        let inScope = Set(figures.lazy.filter { $0.cites == nil }.map(\.key))
        for (key, origin) in found where byKey[key] != nil || inScope.contains(key) {
            withdrawnOrigins[key] = origin
        }
    }
}
