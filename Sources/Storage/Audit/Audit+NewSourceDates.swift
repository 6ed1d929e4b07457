extension Audit {
    /// The stored figures and studies whose reference period starts after the publication date
    /// ingest batch `batch` gave their source, by source, then figures before studies, then key:
    /// `period-after-publication` and `study-period-after-publication` seen from a sources file.
    ///
    /// Why its own look-up: the batch rules (`loadedBatchFindings`) name the figures a batch
    /// wrote, and a sources file writes none, so a file that moved a date from 2022 to 2012 left
    /// a figure of 2016 citing it to `tipdb check` alone. Only sources whose date the batch changed
    /// are read (a revision of the batch holds another date): a source rewritten for its URL names
    /// nothing that was not named before. Figures and studies a later batch wrote are left out:
    /// their own file's warnings name them (a command loads its sources files first). Read by
    /// `figures_by_source` and `studies_by_source` from the batch's few sources.
    ///
    /// - Parameter batch: the `ingest_batches` id of a sources file's load.
    /// - Throws: `StorageError` when the database cannot be read.
    public func periodsBeforeNewSourceDates(batch: Int64, _ found: (PeriodBeforeNewDate) -> Void) throws {
        for (table, isStudy) in [("figures", false), ("studies", true)] {
            let (check, message) = isStudy
                ? (Self.studyPeriodAfterPublicationCheck, Self.studyPeriodAfterPublicationMessage)
                : ("period-after-publication", Self.periodAfterPublicationMessage)
            let from = "SELECT b.key, b.published, r.key, r.period_start FROM sources b JOIN \(table) r ON r.source = b.key\n"  // sql-constant: figures or studies
            try forEachRow(from + """
                WHERE b.batch_id = ?1 AND b.published IS NOT NULL AND b.published <> ''
                  AND EXISTS (SELECT 1 FROM source_revisions v WHERE v.source = b.key AND v.batch_id = ?1
                              AND CASE WHEN json_valid(v.previous) THEN v.previous ->> '$.published' END IS NOT b.published)
                  AND r.batch_id < ?1 AND r.period_start IS NOT NULL AND r.period_start <> ''
                  AND substr(r.period_start, 1, min(length(r.period_start), length(b.published)))
                      > substr(b.published, 1, min(length(r.period_start), length(b.published)))
                ORDER BY b.key, r.key
                """, [batch]) { row in
                found(PeriodBeforeNewDate(
                    check: check, message: message, isStudy: isStudy, source: row.string(at: 0) ?? "",
                    published: row.string(at: 1) ?? "", key: row.string(at: 2) ?? "", periodStart: row.string(at: 3) ?? ""))
            }
        }
    }
}
