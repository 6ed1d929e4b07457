extension Audit {
    /// The rows of `repeat-changed` (`repeatsThatChange`) about a figure of `batch`, each with the
    /// keys it names, the repeat first: a repeat the batch wrote that changes what it cites, and
    /// a stored repeat of a figure the batch wrote (an original corrected or revised under its
    /// repeats, which now change it); a chain that drifts, where the batch wrote its first repeat.
    ///
    /// Why check's own rows and not a second query: the rule's words (the value, range, subgroup
    /// and period as published, the period basis, the number a revision superseded) live in
    /// `repeatsThatChange`, and ingest must print what check prints. Each row comes with the keys
    /// of its repeat and of the figure that repeat cites, matched against the batch's pairs, never
    /// read back from its text (keys may hold spaces). The rule reads every repeat in the table, so it
    /// runs only when the batch wrote a repeat or a figure that is repeated, looked up by
    /// `figures_by_batch` and `figures_by_cites`.
    ///
    /// A repeat another batch of the same command wrote (`command`) is that batch's row, at the
    /// repeat's own line, not a stored repeat of this batch's original: ingesting an original and
    /// its repeat in two files of one command warned at the original's line and counted the
    /// warning in its file, where nothing had changed (a review of session 47).
    ///
    /// - Parameter command: the batches of the ingest command that wrote `batch`, itself included.
    func repeatsThatChange(batch: Int64, command: [Int64] = [], _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var cited: [String: [String]] = [:]
        let others = "[" + command.filter { $0 != batch }.map(String.init).joined(separator: ",") + "]"
        try forEachRow("""
            SELECT key, cites FROM figures WHERE batch_id = ?1 AND cites IS NOT NULL
            UNION
            SELECT r.key, r.cites FROM figures c JOIN figures r ON r.cites = c.key
            WHERE c.batch_id = ?1 AND r.batch_id NOT IN (SELECT value FROM json_each(?2))
            """, [batch, others]) { pair in
            if let key = pair.string(at: 0), let cites = pair.string(at: 1) { cited[key, default: []].append(cites) }
        }
        guard !cited.isEmpty else { return }
        try repeatsThatChange(keyed: { text, key, cites in
            guard cited[key]?.contains(cites) == true else { return }
            row(text, [key, cites])
        })
    }
}
