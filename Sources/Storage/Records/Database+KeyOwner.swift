extension Database {
    /// What `key` names when it is not a figure's key: "a source" or "a study", with the column
    /// its figures name it in and how many do; nil when it names neither.
    ///
    /// Why: a source's key given where a figure's belongs (in `cites`, to `report lineage`, to
    /// `retract`) is the likeliest mix-up of the three kinds of key, and "unknown figure", with
    /// figure keys that look nothing like it, reads as if the source were missing.
    public func keyOwner(_ key: String) throws -> (what: String, column: String, figures: Int)? {
        let kinds = [
            ("SELECT (SELECT count(*) FROM figures WHERE source = ?1) AS n FROM sources WHERE key = ?1", "source", "a source"),
            ("SELECT (SELECT count(*) FROM figures WHERE study = ?1) AS n FROM studies WHERE key = ?1", "study", "a study"),
        ]
        for (sql, column, what) in kinds {
            guard let row = try rows(sql, [key]).first else { continue }
            return (what, column, Int(row.int("n") ?? 0))
        }
        return nil
    }

    /// `"KEY" is a source, not a figure (3 figures name it as source)`, and the query that lists
    /// those figures; nil when `key` names neither a source nor a study.
    public func notAFigure(_ key: String) throws -> (sentence: String, listCommand: String)? {
        guard let owner = try keyOwner(key) else { return nil }
        let quoted = key.replacingOccurrences(of: "'", with: "''")
        let figures = owner.figures == 1 ? "1 figure" : "\(owner.figures) figures"
        return ("\"\(key)\" is \(owner.what), not a figure (\(figures) \(owner.figures == 1 ? "names" : "name") it as \(owner.column))",
                "tipdb sql \"SELECT key FROM figures WHERE \(owner.column) = '\(quoted)'\"")  // sql-constant: a message, never executed
    }
}
