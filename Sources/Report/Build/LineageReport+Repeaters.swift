import Storage

extension LineageReport {
    /// Every figure repeating `key`, directly or through other repeats, nearest first (then by
    /// key): the figures `tipdb retract` names when it refuses to withdraw `key`
    /// (`Database.figuresResting(on:)`).
    static func repeaters(of key: String, in db: Database) throws -> [RestingFigure] {
        try db.figuresResting(on: key)
    }

    /// `repeaters` as a tree is drawn: each figure right after the figure it cites (and that
    /// figure's flags), its own repeats after it, brothers by key.
    ///
    /// Why not nearest first: the text and Markdown outputs indent each figure by its depth, so
    /// in the list by depth a figure stood under whichever figure of the level above came last.
    /// c1, which cites b1, was drawn under b2, and d1's faithful 1 million under e1's flagged 2
    /// million, a citation that does not exist (review of session 49). The JSON output keeps the
    /// list nearest first, each figure with its `cites`.
    static func treeOrder(_ repeaters: [RestingFigure], of key: String) -> [RestingFigure] {
        var children: [String: [RestingFigure]] = [:]
        for figure in repeaters { children[figure.cites, default: []].append(figure) }
        var ordered: [RestingFigure] = []
        ordered.reserveCapacity(repeaters.count)
        // Depth first without recursion: a chain may be thousands of links long.
        var stack = (children[key] ?? []).sorted { $0.key > $1.key }
        while let figure = stack.popLast() {
            ordered.append(figure)
            stack += (children[figure.key] ?? []).sorted { $0.key > $1.key }
        }
        return ordered
    }
}
