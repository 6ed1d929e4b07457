extension Database {
    /// Every figure repeating `key`, directly or through other repeats, nearest first (then by
    /// key), each with the figure it cites and how many links away it is.
    ///
    /// Why all of them, with no depth cap: the list stopped at 100 links without a word, so a
    /// chain of 102 repeats listed 100 and the last two, whose own lineage reaches the figure,
    /// were missing (review of session 45). The recursive query collects keys only, and `UNION`
    /// drops a key already found, so a loop another program wrote ends; the depth is counted
    /// here, level by level from the figure, since each figure cites at most one other and so has
    /// one way back to it. One query whatever the depth.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func figuresResting(on key: String) throws -> [RestingFigure] {
        let rows = try rows(
            """
            WITH RECURSIVE repeating(key) AS (
                SELECT key FROM figures WHERE cites = ?1
                UNION
                SELECT f.key FROM figures f JOIN repeating r ON f.cites = r.key
            )
            SELECT f.key, f.source, f.cites FROM repeating r JOIN figures f ON f.key = r.key WHERE f.key <> ?1
            """, [key])
        var citing: [String: [(key: String, source: String)]] = [:]
        for row in rows {
            guard let repeater = row.string("key"), let cites = row.string("cites") else { continue }
            citing[cites, default: []].append((repeater, row.string("source") ?? ""))
        }
        var found: [RestingFigure] = []
        var seen: Set<String> = [key]
        var level = [key]
        var depth = 0
        while !level.isEmpty {
            depth += 1
            var next: [RestingFigure] = []
            for cited in level {
                for figure in citing[cited] ?? [] where seen.insert(figure.key).inserted {
                    next.append(RestingFigure(key: figure.key, source: figure.source, cites: cited, depth: depth))
                }
            }
            next.sort { $0.key < $1.key }
            found += next
            level = next.map(\.key)
        }
        return found
    }
}
