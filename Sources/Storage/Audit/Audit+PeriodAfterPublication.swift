extension Audit {
    /// The message of the `period-after-publication` warning.
    static let periodAfterPublicationMessage = "figures whose reference period starts after their source was published: "
        + "a 2019 report cannot count victims detected in 2021, so the period or the source is wrong "
        + "(or the figure is a projection, which tipdb cannot mark); correct it or say so when citing"

    /// Figures whose reference period starts after their source's publication date.
    ///
    /// Dates are compared at the precision both give: a period starting in 2021 is after a source
    /// of 2019-05-01, but a period starting in 2019-06 is not known to be after a source dated
    /// only 2019, so it is not named. Sources without a date name nothing, nor does a figure whose
    /// source does not state its period (`period_basis` publication): its period is a year it is
    /// filed under, which `period-not-publication-year` judges (session 53).
    func periodsAfterPublication(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try periodsAfterPublication(batch: nil, row)
    }

    /// The rows of `periodsAfterPublication` whose figure batch `batch` wrote (all for nil), with
    /// the figure's key: ingest's warning about the rows it just loaded, by `figures_by_batch`.
    func periodsAfterPublication(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT f.key, f.period_start, s.key, s.published
            FROM figures f JOIN sources s ON s.key = f.source
            WHERE s.published IS NOT NULL AND s.published <> '' AND f.period_basis <> 'publication'
              AND substr(f.period_start, 1, min(length(f.period_start), length(s.published)))
                  > substr(s.published, 1, min(length(f.period_start), length(s.published)))
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key", batch.map { [$0] } ?? []) { figure in
            let key = figure.string(at: 0) ?? ""
            row("\(key): period starts \(figure.string(at: 1) ?? ""), "
                + "source \(figure.string(at: 2) ?? "") published \(figure.string(at: 3) ?? "")", [key])
        }
    }
}
