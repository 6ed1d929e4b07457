/// One change in a figure's history, as `figure_revisions` (or a retraction's copy of them)
/// records it: the batch that made it, and whether it was a `tipdb ingest --correction`.
struct RevisionStep: Sendable {
    let batch: Int64
    let correction: Bool
}
