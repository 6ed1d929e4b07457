extension Search {
    /// `found`, the text matches of a query, without those that match a censored count of
    /// `scopes` (`<5`) only as a bare number, when a scope reads one; all of `found` otherwise.
    ///
    /// Why: the index drops the `<` of `<5`, so the query's `<5` is the word `5` to it, and matched
    /// the 5 of `4.5 million` or `5 years`: results that had nothing to do with a count suppressed
    /// as fewer than five (review of session 46). A text match is kept where its excerpt shows a
    /// match written after `<` (`<5`, `< 5`), as a quote of a censored count writes it.
    static func withoutBareNumbers(_ found: [Hit], scopes: [NamedScope]) -> [Hit] {
        guard scopes.contains(where: { $0.number?.value.censoredBound != nil }) else { return found }
        return found.filter { showsCensoredCount($0.marked) }
    }

    /// Whether an excerpt (`marked`, matches between `matchStart` and `matchEnd`) has a match
    /// written after `<`, spaces between them allowed.
    static func showsCensoredCount(_ marked: String) -> Bool {
        let excerpt = SearchExcerpt(marked: marked)
        let scalars = Array(excerpt.text.unicodeScalars)
        return excerpt.matches.contains { match in
            let before = scalars[..<match.lowerBound].reversed().first { $0 != " " && $0 != "\u{A0}" }
            return before == "<"
        }
    }
}
