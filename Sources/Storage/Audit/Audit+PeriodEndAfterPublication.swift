extension Audit {
    /// The message of the `period-ends-after-publication` warning.
    static let periodEndsAfterPublicationMessage = "figures whose reference period ends after their source was published "
        + "(one that also starts after is period-after-publication's): a count of detected victims, prosecutions, convictions or offences cannot include days "
        + "after its publication (a report of 2021-03 counting 2021), and no figure, an estimate included, can cover a "
        + "year after the year of its publication (a report of 2021 giving 2015-2022), so the period or the source is "
        + "wrong (or the figure is a projection, which tipdb cannot mark); correct it or say so when citing"

    /// The row's note when only the rule for counts names it: its period ends in the year of publication.
    static let countAfterPublicationNote = "; a count cannot include days after publication"

    /// Figures whose reference period ends after their source could have been published, when
    /// it starts before (a period that starts after is `period-after-publication`'s).
    ///
    /// Two rules, by what the measure counts (`measures.counts`):
    /// - a count of what happened during a period (`detected-count`, `criminal-justice-count`) is
    ///   complete only once the period is over, so its period may not end after the last day the
    ///   publication date can mean: `2021` (to 2021-12-31) is after a source of 2021-03 (to
    ///   2021-03-31), not after one dated only 2021;
    /// - an estimate (prevalence, money, a rate or an index) may describe the year it is published
    ///   in, still under way (a report of 2021-09 estimating prevalence "in 2021"), so only a
    ///   period ending in a later year than the publication is named. The ILO's estimates describe
    ///   the year before their publication (2021 in a report of 2022-09), so real estimates pass.
    ///
    /// Why a warning: a projection (profits expected up to 2030) is a real published figure that
    /// tipdb cannot mark, as `period-after-publication` says. A source without a date names nothing.
    ///
    /// A figure whose source does not state its period (`period_basis` publication) is left out: its
    /// period is the publication year it is filed under, as README tells users to write it, not a
    /// claim about what the number describes, so "the period or the source is wrong" would be
    /// false of it (an expert witness's review, session 53); `period-not-publication-year` judges
    /// whether that year is the source's.
    func periodsEndingAfterPublication(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try periodsEndingAfterPublication(batch: nil, row)
    }

    /// The rows of `periodsEndingAfterPublication` whose figure batch `batch` wrote (all for nil),
    /// with the figure's key: ingest's warning about the rows it just loaded, by `figures_by_batch`.
    func periodsEndingAfterPublication(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        // Figures whose period starts by the publication date (at the precision both give) and
        // ends after it: a count by the last day each date can mean (a year to its 31 December,
        // a month to its last day), anything else by the year. Returns the key, the period's
        // end, the source, its date and whether the end's year is after the publication's.
        try forEachRow("""
            SELECT f.key, f.period_end, s.key, s.published,
                   substr(f.period_end, 1, 4) > substr(s.published, 1, 4) AS later_year
            FROM figures f
            JOIN sources s ON s.key = f.source
            JOIN measures m ON m.code = f.measure
            WHERE s.published IS NOT NULL AND s.published <> '' AND f.period_basis <> 'publication'
              AND substr(f.period_end, 1, 4) >= substr(s.published, 1, 4)
              AND substr(f.period_start, 1, min(length(f.period_start), length(s.published)))
                  <= substr(s.published, 1, min(length(f.period_start), length(s.published)))
              AND (substr(f.period_end, 1, 4) > substr(s.published, 1, 4)
                OR (m.counts IN ('detected-count', 'criminal-justice-count')
                  AND CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31'
                        WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END
                    > CASE length(s.published) WHEN 4 THEN s.published || '-12-31'
                        WHEN 7 THEN date(s.published || '-01', '+1 month', '-1 day') ELSE s.published END))
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key", batch.map { [$0] } ?? []) { figure in
            let text = { (index: Int) in figure.string(at: index) ?? "" }
            let note = figure.int64(at: 4) == 1 ? "" : Self.countAfterPublicationNote
            row("\(text(0)): period ends \(text(1)), source \(text(2)) published \(text(3))\(note)", [text(0)])
        }
    }
}
