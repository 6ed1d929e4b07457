extension Audit {
    /// The message of the `repeat-before-original` error.
    static let repeatBeforeOriginalMessage = "figures that repeat (cite) a figure first published after them: "
        + "a blog of 2010 cannot repeat an estimate published in 2012, so the figure's cites names the wrong figure, "
        + "or one of the two sources has the wrong date; correct the cites key (the figure the source really "
        + "repeated, or none) or the date"

    /// Figures whose source was published before every date the figure they cite is known to have
    /// been published on.
    ///
    /// Why an error: the lineage is what a brief credits a number to ("who first published a
    /// number quoted by others"), and a repeat cannot come before what it repeats, so a chain
    /// through such a link credits the wrong original whichever of the three values (the cites
    /// key, either date) is wrong.
    ///
    /// Dates are compared at the precision both give, as `period-after-publication` compares
    /// them: a repeat of 2012-03 is before an original of 2012-06-01, but not before one dated
    /// only 2012. A cited figure may have been published before its present source: a bulk
    /// export's figure moves to each newer release's source, and a figure loaded again with
    /// another source keeps its former one in `figure_revisions`. So the cited figure's first
    /// release (`series_figures.first_vintage`) and its former sources count too, and the row is
    /// named only when all of them are after the repeat. A source without a date names nothing.
    func repeatsBeforeOriginal(_ row: (String) -> Void) throws {
        // Repeats whose source is dated before the cited figure's source, its first bulk-export
        // release and every source it had before, each compared at the precision both dates give.
        try forEachRow("""
            SELECT f.key, s.key, s.published, c.key, cs.key, cs.published
            FROM figures f
            JOIN sources s ON s.key = f.source
            JOIN figures c ON c.key = f.cites
            JOIN sources cs ON cs.key = c.source
            WHERE f.cites IS NOT NULL
              AND s.published IS NOT NULL AND s.published <> '' AND cs.published IS NOT NULL AND cs.published <> ''
              AND substr(cs.published, 1, min(length(cs.published), length(s.published)))
                  > substr(s.published, 1, min(length(cs.published), length(s.published)))
              AND NOT EXISTS (
                SELECT 1 FROM series_figures sf JOIN series_vintages v ON v.id = sf.first_vintage
                WHERE sf.figure = c.key
                  AND substr(v.released, 1, min(length(v.released), length(s.published)))
                      <= substr(s.published, 1, min(length(v.released), length(s.published))))
              AND NOT EXISTS (
                SELECT 1 FROM figure_revisions r JOIN sources ps ON ps.key = r.previous ->> '$.source'
                WHERE r.figure = c.key AND ps.published IS NOT NULL AND ps.published <> ''
                  AND substr(ps.published, 1, min(length(ps.published), length(s.published)))
                      <= substr(s.published, 1, min(length(ps.published), length(s.published))))
            ORDER BY f.key
            """) { figure in
            let text = { (index: Int) in figure.string(at: index) ?? "" }
            row("\(text(0)) (\(text(1)), published \(text(2))) cites \(text(3)) (\(text(4)), published \(text(5)))")
        }
    }
}
