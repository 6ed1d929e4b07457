extension Audit {
    /// The message of the `method-contradicts-measure` error.
    static let methodContradictsMeasureMessage = "figures counted from records (method detected) under a measure that is "
        + "a prevalence estimate (measures.counts): a count of the victims an authority detected is not an estimate of "
        + "how many people are in the situation, and a brief gives it the estimate's definition; store it under the "
        + "measure of detected cases (detected-trafficking-victims for victims of trafficking) or, if the source "
        + "estimated it, set its method to estimated"

    /// The message of the `estimate-under-count-measure` warning.
    static let estimateUnderCountMeasureMessage = "figures estimated (method estimated) under a measure that counts "
        + "cases from records (measures.counts detected-count or criminal-justice-count): an estimate, such as a "
        + "multiple systems estimate of victims, is not a count of the cases detected, and a brief gives it the "
        + "count's definition; store an estimate of how many people are in the situation under a prevalence-estimate "
        + "measure (trafficking-victims for victims of trafficking), or set the method of a count from records to "
        + "detected (a file loaded before tipdb took a missing method from the measure may have stored its counts "
        + "as estimated: loading it again with its method cells empty corrects them)"

    /// Figures whose method is `detected` under a measure whose `counts` is `prevalence-estimate`.
    ///
    /// Why an error: the brief gives a figure its measure's definition, its age threshold (an
    /// estimate ages faster than a yearly count) and its side in the counts caution, so a
    /// referral count stored as a prevalence estimate is described as what it is not. No tipdb
    /// version wrote `detected` by default under such a measure (the default was `estimated`,
    /// then the measure's own), so the method was written on purpose and one of the two is
    /// wrong. `reported` and `derived` say where a number came from, not what kind it is, and fit
    /// any measure; money, rates and indexes may be estimated or found in records alike.
    func detectedUnderEstimateMeasure(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try detectedUnderEstimateMeasure(keyed: { key, detail in row("\(key) (\(detail))", [key]) })
    }

    /// The figures of `detectedUnderEstimateMeasure` as their keys and what check prints in
    /// parentheses after each: `detected under forced-labour, a prevalence estimate`.
    ///
    /// Why a second form: a brief passes over such a figure for its key figures
    /// (`FigureContextErrors`), and must take its key from the row, not back out of check's text,
    /// where a key holding " (" is ambiguous.
    func detectedUnderEstimateMeasure(keyed found: (_ key: String, _ detail: String) -> Void) throws {
        // Detected counts stored under a prevalence-estimate measure, with the measure's code.
        // The method and kind are `Measure.isContradicted(byMethod:)`'s, which ingest applies.
        try forEachRow("""
            SELECT f.key, f.measure FROM figures f JOIN measures m ON m.code = f.measure
            WHERE f.method = ?1 AND m.counts = ?2
            ORDER BY f.key
            """, [Measure.contradictingMethod, Measure.contradictedCounts]) { figure in
            found(figure.string(at: 0) ?? "", "detected under \(figure.string(at: 1) ?? ""), a prevalence estimate")
        }
    }

    /// Figures whose method is `estimated` under a measure whose `counts` is `detected-count` or
    /// `criminal-justice-count`.
    ///
    /// Why a warning, where the opposite slip is an error: until tipdb took a missing method from
    /// the measure, every figure without one was stored as `estimated`, so a database loaded then
    /// holds detected counts marked so by default; the row may be a sound count with a stale
    /// method rather than an estimate under the wrong measure. Either way the brief calls it
    /// what it is not, so check names it.
    func estimateUnderCountMeasure(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try estimateUnderCountMeasure(batch: nil, row)
    }

    /// The rows of `estimateUnderCountMeasure` whose figure batch `batch` wrote (all for nil), with
    /// the figure's key: ingest's warning about the rows it just loaded, by `figures_by_batch`.
    func estimateUnderCountMeasure(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        // Estimated figures stored under a measure of detected cases or criminal-justice cases,
        // with the measure's code and kind.
        try forEachRow("""
            SELECT f.key, f.measure, m.counts FROM figures f JOIN measures m ON m.code = f.measure
            WHERE f.method = 'estimated' AND m.counts IN ('detected-count', 'criminal-justice-count')
            """ + (batch == nil ? "" : " AND f.batch_id = ?1") + " ORDER BY f.key", batch.map { [$0] } ?? []) { figure in
            let kind = figure.string(at: 2) == "detected-count" ? "a count of detected cases" : "a criminal-justice count"
            let key = figure.string(at: 0) ?? ""
            row("\(key) (estimated under \(figure.string(at: 1) ?? ""), \(kind))", [key])
        }
    }
}
