extension Audit {
    /// The message of the `same-doi` warning.
    static let sameDOIMessage = "sources with the same DOI (compared without case, and without a https://doi.org/, "
        + "https://dx.doi.org/ or doi: in front): one publication loaded under two or more keys, so its figures count "
        + "as independent sources (the brief's cautions call them different data collections, and a number seems "
        + "confirmed by itself); keep one key and load the other's figures under it (as new figures, retracting the old, or as the same "
        + "figures, naming that key as their source): the warning ends once no figure, study or dataset names the other key; or correct the DOI"

    /// Sources whose DOIs name one publication: `ilo-2017 and ilo-2017-copy: DOI 10.1000/xyz`.
    ///
    /// Why a warning: two keys for one publication (a CSV row and a reference manager's item, a
    /// renamed key) make its figures two sources everywhere tipdb tells sources apart. The DOI is
    /// the one identifier a publication carries whoever typed its other fields; DOIs are compared
    /// by `SameDOI.key`, the rule the brief's data gaps count publications by (which says why a
    /// `https://doi.org/` in front is still taken off).
    func sameDOIs(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try sameDOIs(batch: nil, row)
    }

    /// The rows of `sameDOIs` that hold a source batch `batch` wrote (all for nil), with the keys
    /// of those sources: ingest's warning about the sources a file just loaded.
    ///
    /// Grouped in Swift by `SameDOI.key`, not in SQL: one rule, not a copy of it; sources are few
    /// (hundreds), and only those with a DOI are read.
    func sameDOIs(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var sources: [(key: String, doi: String?)] = []
        var batches: [String: Int64] = [:]
        // The key given up as the advice says, its figures retracted or moved, ends the warning (`withdrawnSources`).
        let withdrawn = try withdrawnSources()
        try forEachRow("SELECT key, batch_id, doi FROM sources WHERE doi IS NOT NULL") { statement in
            guard let key = statement.string(at: 0), !withdrawn.contains(key) else { return }
            sources.append((key, statement.string(at: 2)))
            batches[key] = statement.int64(at: 1)
        }
        for group in SameDOI.groups(sources) {
            let loaded = group.keys.filter { batch != nil && batches[$0] == batch }
            guard batch == nil || !loaded.isEmpty else { continue }
            let keys = group.keys
            row("\(EnglishList.joined(keys)): DOI \(group.doi)", batch == nil ? keys : loaded)
        }
    }
}
