extension Audit {
    /// The message of the `period-not-publication-year` warning.
    static let periodNotPublicationYearMessage = "figures whose period_basis is publication (their source does not state the "
        + "period the number describes, and the period stands in for it as the source's publication year) but whose period is "
        + "another year than the source's date, so the brief's \"published 2014\" would be wrong; give the publication year as the "
        + "period, or period_basis stated if the source does state this period"

    /// Figures marked as dated by their source's publication year (`period_basis` publication)
    /// whose period starts or ends in another year than the source's date.
    ///
    /// Why: a brief writes such a figure's period as "published 2014, period not stated", so the
    /// period must be that year; a period typed from a guess of the reference year is what the
    /// basis `stated` is for. A source without a date names nothing (`source-without-date` does).
    func periodsNotPublicationYear(_ row: (String) -> Void) throws {
        try periodsNotPublicationYear(batch: nil) { text, _ in row(text) }
    }

    /// The rows of `periodsNotPublicationYear` whose figure batch `batch` wrote (all for nil),
    /// with the figure's key, for ingest's warning about the rows it just loaded.
    func periodsNotPublicationYear(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT f.key, CASE WHEN f.period_start = f.period_end THEN f.period_start ELSE f.period_start || '/' || f.period_end END,
                   s.key, s.published
            FROM figures f
            JOIN sources s ON s.key = f.source
            WHERE f.period_basis = 'publication' AND s.published IS NOT NULL AND s.published <> ''
              AND (substr(f.period_start, 1, 4) <> substr(s.published, 1, 4) OR substr(f.period_end, 1, 4) <> substr(s.published, 1, 4))
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key", batch.map { [$0] } ?? []) { figure in
            let text = { (index: Int) in figure.string(at: index) ?? "" }
            row("\(text(0)): period \(text(1)), source \(text(2)) published \(text(3))", [text(0)])
        }
    }
}
