extension Audit {
    /// The message of the `period-not-publication-year` warning.
    static let periodNotPublicationYearMessage = "figures whose period_basis is publication (their source does not state the "
        + "period the number describes, and the figure is filed under the source's publication year) but whose period is not that "
        + "year (nor the source's date as given), or whose source has no date: tipdb sorts, filters and charts a figure by its "
        + "period, so it would stand at a date that is none of the source's; give the source's publication year as the period "
        + "(a repeat may keep the period of the figure it cites, if that figure's basis is publication too), or period_basis "
        + "stated if the source does state this period"

    /// Figures marked as filed under their source's publication year (`period_basis` publication)
    /// whose period is not one year or day equal to the source's date (`2014` or `2014-06` for a
    /// source of 2014-06), or whose source has no date.
    ///
    /// Why: the brief writes such a figure's period as "period not stated", but tipdb still sorts
    /// it, filters it by `--period` and ranks it in `latest_estimates` by the period stored; a
    /// period typed from a guess of the reference year is what the basis `stated` is for. A repeat
    /// that keeps the period of the figure it cites, itself filed under its publication year, is
    /// right as it is: the repeat's own source published it later, but the number is the original's.
    func periodsNotPublicationYear(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try periodsNotPublicationYear(batch: nil, row)
    }

    /// The rows of `periodsNotPublicationYear` whose figure batch `batch` wrote (all for nil),
    /// with the figure's key, for ingest's warning about the rows it just loaded.
    func periodsNotPublicationYear(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT f.key, \(Search.periodText), s.key, s.published -- // sql-constant: Search.periodText, a fixed expression
            FROM figures f
            JOIN sources s ON s.key = f.source
            WHERE f.period_basis = 'publication'
              AND NOT (s.published IS NOT NULL AND s.published <> '' AND f.period_start = f.period_end
                AND (f.period_start = substr(s.published, 1, 4) OR f.period_start = s.published))
              AND NOT (f.cites IS NOT NULL AND EXISTS (SELECT 1 FROM figures c WHERE c.key = f.cites
                AND c.period_basis = 'publication' AND c.period_start = f.period_start AND c.period_end = f.period_end))
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key", batch.map { [$0] } ?? []) { figure in
            let text = { (index: Int) in figure.string(at: index) ?? "" }
            let published = figure.string(at: 3).flatMap { $0.isEmpty ? nil : $0 }
            row("\(text(0)): period \(text(1)), source \(text(2)) " + (published.map { "published \($0)" } ?? "has no date"), [text(0)])
        }
    }
}
