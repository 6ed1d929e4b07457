extension Search {
    /// What a figure over `figures f` is restricted to beyond sex, age group and form, in the words
    /// of `figure_citations.breakdown` and `tipdb report lineage`: `citizenship: Nationals`,
    /// `repatriated from: Abroad`, several joined by `; `; NULL for none.
    ///
    /// Why in search: a subgroup's title read as the place's total (`NGA (Nigeria), 2020: 1,100`
    /// for the nationals among 1,200 victims), and `--json` gave nothing to tell them apart.
    static let breakdownText = """
        (SELECT group_concat(words, '; ') FROM (
            SELECT CASE b.dimension WHEN 'country-of-repatriation' THEN 'repatriated from' WHEN 'country-of-exploitation' THEN 'exploited in'
                    ELSE replace(b.dimension, '-', ' ') END
                || ': ' || CASE WHEN bp.name IS NOT NULL THEN bp.name WHEN b.category NOT GLOB '*[^a-z0-9-]*' THEN replace(b.category, '-', ' ')
                    ELSE b.category END AS words
            FROM figure_breakdowns b LEFT JOIN places bp ON bp.code = b.place
            WHERE b.figure = f.key ORDER BY b.dimension))
        """
}
