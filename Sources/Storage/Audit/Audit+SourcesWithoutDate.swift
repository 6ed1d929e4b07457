extension Audit {
    /// The message of the `source-without-date` warning.
    static let sourceWithoutDateMessage = "sources without a publication date (a CSV's date, a CSL item's issued): "
        + "their figures are not tested for a period after publication (period-after-publication, "
        + "period-ends-after-publication) nor for repeats citing them before they appeared (repeat-before-original), "
        + "latest_estimates sorts them last and the brief cites them \"n.d.\"; give the date the source was published "
        + "(YYYY, YYYY-MM or YYYY-MM-DD) and load it again; for a work accepted but not yet published, "
        + "\"status\": \"in press\" in its CSL item or date \"in press\" in a sources CSV, which the brief cites \"in press\""

    /// Sources with no publication date, but for a work in press (`Source.isInPress`).
    ///
    /// Why a warning: without a date, the rules that compare a figure's period or a repeat with
    /// its source's publication pass it without a word, so a source loaded without one looks
    /// checked when it was not. Why not for a work in press: it has no date to give yet, and
    /// the brief cites it "in press", as APA does; the advice to give its date could not be followed.
    func sourcesWithoutDate(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try sourcesWithoutDate(batch: nil, row)
    }

    /// The rows of `sourcesWithoutDate` whose source batch `batch` wrote (all for nil), with the
    /// source's key: ingest's warning about the sources a file just loaded.
    func sourcesWithoutDate(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow(
            "SELECT key FROM sources WHERE (published IS NULL OR published = '') AND NOT \(Source.inPressSQL)"  // sql-constant: a condition written in Storage
                + (batch == nil ? "" : " AND batch_id = ?1") + " ORDER BY key",
            batch.map { [$0] } ?? []
        ) { source in
            let key = source.string(at: 0) ?? ""
            row(key, [key])
        }
    }
}
