import Storage

/// One download of an Our World in Data chart, dated, among the downloads of the same chart
/// (`OWIDSeries.key`) loaded before: whether it may be loaded, as `SeriesVintage` decides for a
/// GLOTIP export.
///
/// Why: a chart's figure keys do not depend on the download, so an older download loaded after a
/// newer one overwrote the newer numbers, and a brief then said they were "revised from" the
/// newer ones. An older download is refused, as an older GLOTIP export is; the file of an earlier
/// download loaded again after a newer one (the same bytes and date) writes nothing. A newer
/// download is loaded as the newest even when its CSV is an earlier one's: the chart went back.
///
/// The date is the metadata's `dateDownloaded`, else the file's modification day (as a GLOTIP
/// export without a preamble date is dated). Each load records it in its batch's options, with
/// the chart's key: `series` and `downloaded` (`dated_by`: `metadata` or `file`). Batches loaded
/// before tipdb recorded them are not compared.
struct OWIDDownload {
    enum Decision: Equatable {
        /// The first download of the chart, or one newer than every earlier one (even with the
        /// bytes of an earlier one), or another file of the newest one's date.
        case new
        /// The latest download (its bytes and its date), loaded again (`batch` loaded it).
        case reload(batch: Int64)
        /// An earlier download (`batch`: the same bytes and date), superseded by a newer one (`by`, `date`):
        /// `figures` is what that load held.
        case superseded(batch: Int64, by: Int64, date: String, figures: Int)
    }

    /// A download loaded before: its batch, file, SHA-256 and date.
    struct Earlier {
        let batch: Int64
        let file: String
        let sha256: String
        let date: String
    }

    let context: DatasetContext
    /// The chart's key, which every figure key of the download starts with.
    let series: String
    /// YYYY-MM-DD.
    let date: String
    /// Whether `date` is the metadata's `dateDownloaded` (else the file's modification day).
    let fromMetadata: Bool
    /// The latest earlier download (the most recent date; the last loaded of equal dates), named by
    /// the batch that first loaded its bytes: a later load of the same file wrote nothing, and a
    /// message naming it sent the user to a batch that holds no figure of it.
    private(set) var newest: Earlier?

    init(context: DatasetContext, series: String, metadata: OWIDMetadata) {
        self.context = context
        self.series = series
        let given = OWIDLoader.date(metadata.downloaded, dayOnly: true)
        date = given ?? context.modificationDay
        fromMetadata = given != nil
    }

    /// How this download's date was found, for messages.
    var datedBy: String {
        fromMetadata ? "its metadata's dateDownloaded" : "the file's modification date: its metadata gives no dateDownloaded"
    }

    /// Decides what this download is; an older one than a download already loaded is an issue
    /// naming the file, both dates and what to do.
    mutating func decide() throws -> Result<Decision, IngestIssue> {
        let rows = try context.db.rows(
            """
            SELECT id, file, sha256, options ->> '$.downloaded' AS downloaded FROM ingest_batches
            WHERE format = 'owid' AND json_valid(options) AND options ->> '$.series' = ? AND options ->> '$.downloaded' IS NOT NULL
                AND id < ? ORDER BY id
            """, [series, context.batch])
        let earlier = rows.map {
            Earlier(batch: $0.int("id") ?? 0, file: $0.string("file") ?? "", sha256: $0.string("sha256") ?? "", date: $0.string("downloaded") ?? "")
        }
        if var first = earlier.indices.max(by: { (earlier[$0].date, earlier[$0].batch) < (earlier[$1].date, earlier[$1].batch) }) {
            // `earlier` is in batch order: the loads of the same date and bytes just before it wrote nothing.
            let latest = earlier[first]
            while first > 0, earlier[first - 1].date == latest.date, earlier[first - 1].sha256 == latest.sha256 { first -= 1 }
            newest = earlier[first]
        }
        guard let newest else { return .success(.new) }
        // The date decides first: the bytes alone do not say which download this is, since a chart
        // can go back to the numbers of an earlier download (the same CSV, a newer date).
        if date > newest.date { return .success(.new) }
        if date == newest.date {
            return .success(context.sha256 == newest.sha256 ? .reload(batch: newest.batch) : .new)
        }
        // Older than the newest: only the very same download (bytes and date) is known to be
        // superseded; any other would overwrite the newer numbers.
        if let same = earlier.first(where: { $0.sha256 == context.sha256 && $0.date == date }) {
            let held = try context.db.integer("SELECT rows_read - rows_rejected FROM ingest_batches WHERE id = ?", [same.batch])
            return .success(.superseded(batch: same.batch, by: newest.batch, date: newest.date, figures: Int(held)))
        }
        return .failure(IngestIssue(
            file: context.path, line: 0, column: 0,
            message: "this download of \(series) is dated \(date) (\(datedBy)), older than the download already loaded (\(newest.file), "
                + "dated \(newest.date), batch \(newest.batch)); load downloads in the order they were made so that the latest stays the "
                + "newest: loaded now, its numbers would overwrite the newer ones (download the chart again for its current figures)"))
    }

    /// The figures of the chart that its latest load recorded as no longer in its download
    /// (`$.absent`, `DroppedFigures`), read before this download is loaded: those it gives are
    /// published again (`RepublishedFigures`).
    func absentBefore() throws -> Set<String> {
        Set(try context.db.rows(
            """
            SELECT j.value AS figure FROM ingest_batches b, json_each(b.options, '$.absent') j
            WHERE b.id = (SELECT max(c.id) FROM ingest_batches c
                          WHERE c.format = 'owid' AND json_valid(c.options) AND c.options ->> '$.absent' IS NOT NULL
                            AND c.options ->> '$.series' = ? AND c.id < ?)
            """, [series, context.batch]).compactMap { $0.string("figure") })
    }

    /// Records the chart and the date in the batch's options, for the next download's decision.
    func record() throws {
        try context.db.execute(
            """
            UPDATE ingest_batches SET options = json_set(coalesce(options, '{}'), '$.series', ?, '$.downloaded', ?, '$.dated_by', ?)
            WHERE id = ?
            """, [series, date, fromMetadata ? "metadata" : "file", context.batch])
    }

    /// What a newer download (or the latest again) changed, for the summary: `download of
    /// 2025-06-01 of owid-dv, after that of 2025-03-01 (batch 1): 1 figure added, 1 revised
    /// (previous values in figure_revisions), 3 unchanged, 1 no longer published`; nil for a
    /// chart's first download.
    ///
    /// `again` are the figures an earlier download dropped that this one gives (`absentBefore`),
    /// named apart; `againUnchanged` of them kept their values, and are not among the unchanged.
    /// `reworded` unchanged figures are worded otherwise (`OWIDRows.reworded`): named as GLOTIP's
    /// re-spelled categories are, since only a changed number is a revision.
    func changes(_ decision: Decision, summary: FileSummary, absent: Int, again: [String] = [], againUnchanged: Int = 0,
                 reworded: Int = 0) -> String? {
        guard let newest else { return nil }
        let opening: String
        switch decision {
        case .new: opening = "download of \(date) of \(series), after that of \(newest.date) (batch \(newest.batch))"
        case .reload(let batch): opening = "download of \(date) of \(series), loaded again (batch \(batch) loaded it)"
        case .superseded: return nil
        }
        var parts: [String] = []
        if summary.inserted > 0 { parts.append("\(summary.inserted) figure\(summary.inserted == 1 ? "" : "s") added") }
        if summary.updated > 0 { parts.append("\(summary.updated) revised (previous values in figure_revisions)") }
        // Figures an earlier download dropped stay dropped: news only in the download that drops them.
        if absent > 0, decision == .new { parts.append("\(absent) no longer published") }
        if let phrase = RepublishedFigures(keys: again).phrase(after: "an earlier download") { parts.append(phrase) }
        let unchanged = summary.unchanged - againUnchanged
        let one = reworded == 1
        let wording = reworded == 0 ? "" : "; \(reworded) unchanged figure\(one ? " is" : "s are") worded differently in this download (its "
            + "column's title or an Entity written otherwise, naming the same indicator or place): \(one ? "its" : "their") locator and notes "
            + "now quote this download, and the value, unchanged, is no revision"
        guard !parts.isEmpty else {
            let counted = "\(unchanged) figure\(unchanged == 1 ? "" : "s") unchanged"
            return opening + (reworded == 0 ? ": nothing changed, \(counted)" : ": no number changed, \(counted)\(wording)")
        }
        if unchanged > 0 { parts.append("\(unchanged) unchanged") }
        return opening + ": " + parts.joined(separator: ", ") + wording
    }
}
