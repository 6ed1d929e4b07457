extension Audit {
    /// The rows of `repeat-changed` (`repeatsThatChange`) about a figure of `batch`, each with the
    /// keys it names, the repeat first: a repeat the batch wrote that changes what it cites, and
    /// a stored repeat of a figure the batch wrote (an original corrected or revised under its
    /// repeats, which now change it); a chain that drifts, where the batch wrote its first repeat.
    ///
    /// Why check's own rows, matched back to their keys, and not a second query: the rule's words
    /// (the value, range, subgroup and period as published, the period basis, the number a
    /// revision superseded) live in `repeatsThatChange`, and ingest must print what check prints.
    /// Its rows start with `KEY repeats CITED with ` (or `KEY repeats LAST through CITED`, for a
    /// drift); the batch's pairs are known, so each row is matched by them, not read back from
    /// text (`BatchFinding`: keys may hold spaces). The rule reads every repeat in the table, so it
    /// runs only when the batch wrote a repeat or a figure that is repeated, looked up by
    /// `figures_by_batch` and `figures_by_cites`.
    func repeatsThatChange(batch: Int64, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var cited: [String: [String]] = [:]
        try forEachRow("""
            SELECT key, cites FROM figures WHERE batch_id = ?1 AND cites IS NOT NULL
            UNION
            SELECT r.key, r.cites FROM figures c JOIN figures r ON r.cites = c.key WHERE c.batch_id = ?1
            """, [batch]) { pair in
            if let key = pair.string(at: 0), let cites = pair.string(at: 1) { cited[key, default: []].append(cites) }
        }
        guard !cited.isEmpty else { return }
        try repeatsThatChange { text in
            guard let keys = Self.repeatKeys(of: text, among: cited) else { return }
            row(text, keys)
        }
    }

    /// The repeat and cited keys a `repeat-changed` row starts with, when the repeat is a key of
    /// `cited` and the row names what it cites (a drift row names it first after `through`).
    private static func repeatKeys(of text: String, among cited: [String: [String]]) -> [String]? {
        var searchFrom = text.startIndex
        while let marker = text.range(of: " repeats ", range: searchFrom..<text.endIndex) {
            let key = String(text[..<marker.lowerBound])
            let rest = text[marker.upperBound...]
            for cites in cited[key] ?? [] {
                if rest.hasPrefix(cites + " with ") { return [key, cites] }
                if rest.contains(" through " + cites + " with value ") || rest.contains(" through " + cites + ", ") {
                    return [key, cites]
                }
            }
            searchFrom = marker.upperBound
        }
        return nil
    }
}
