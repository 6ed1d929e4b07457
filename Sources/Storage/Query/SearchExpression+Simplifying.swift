extension SearchExpression {
    /// The same expression with a part repeated in one AND or OR kept once: `人身 人身` is `人身`.
    ///
    /// Why: each sequence is one pass over the indexed text, so a word pasted 200 times took 200
    /// passes (2.8 s over 5,000 figures) for the rows one pass finds; `a AND a` and `a OR a` are `a`.
    /// How often a word is repeated still weighs in its rank (`Search.searchUnspaced` counts `positive`).
    var deduplicated: SearchExpression {
        switch self {
        case .fts, .sequence:
            return self
        case .and(let parts):
            let kept = Self.once(parts.map(\.deduplicated))
            return kept.count == 1 ? kept[0] : .and(kept)
        case .or(let parts):
            let kept = Self.once(parts.map(\.deduplicated))
            return kept.count == 1 ? kept[0] : .or(kept)
        case .not(let left, let right):
            return .not(left.deduplicated, right.deduplicated)
        }
    }

    /// `parts` in order, each first occurrence only (a few parts: a linear search is enough).
    private static func once(_ parts: [SearchExpression]) -> [SearchExpression] {
        var kept: [SearchExpression] = []
        for part in parts where !kept.contains(part) { kept.append(part) }
        return kept
    }

    /// The same expression with each part of FTS5 text replaced by `transform` of it.
    func mappingFTS(_ transform: (String) throws -> String) rethrows -> SearchExpression {
        switch self {
        case .fts(let text): .fts(try transform(text))
        case .sequence: self
        case .and(let parts): .and(try parts.map { try $0.mappingFTS(transform) })
        case .or(let parts): .or(try parts.map { try $0.mappingFTS(transform) })
        case .not(let left, let right): .not(try left.mappingFTS(transform), try right.mappingFTS(transform))
        }
    }
}
