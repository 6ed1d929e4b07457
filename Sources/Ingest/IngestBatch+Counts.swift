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
        batch.rowsRetracted = summary.retracted
        return batch
    }

    /// This batch with the counts of a derivation: every derived figure counts as read, those
    /// not written because their key was retracted too, so that the counts add up to it.
    func counting(_ report: DerivationReport) -> IngestBatch {
        var batch = self
        batch.rowsRead = report.inserted + report.updated + report.unchanged + report.retracted
        batch.rowsInserted = report.inserted
        batch.rowsUpdated = report.updated
        batch.rowsUnchanged = report.unchanged
        batch.rowsRejected = 0
        batch.rowsRetracted = report.retracted
        return batch
    }
}
