import Storage

extension IngestBatch {
    /// This batch with the counts of its file's summary: the summary is the one tally an ingest
    /// keeps, so the `ingest_batches` row and the printed line cannot disagree.
    func counting(_ summary: FileSummary) -> IngestBatch {
        var batch = self
        batch.rowsRead = summary.read
        batch.rowsInserted = summary.inserted
        batch.rowsUpdated = summary.updated
        batch.rowsUnchanged = summary.unchanged
        batch.rowsRejected = summary.rejected
        return batch
    }

    /// This batch with the counts of a derivation: every derived figure written counts as read.
    func counting(_ report: DerivationReport) -> IngestBatch {
        var batch = self
        batch.rowsRead = report.inserted + report.updated + report.unchanged
        batch.rowsInserted = report.inserted
        batch.rowsUpdated = report.updated
        batch.rowsUnchanged = report.unchanged
        batch.rowsRejected = 0
        return batch
    }
}
