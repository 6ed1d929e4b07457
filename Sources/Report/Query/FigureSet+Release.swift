/// What a brief says of a figure of a bulk series that the latest release of its series does not
/// give a value for: dropped by that release (or download), or held by it in a row tipdb refused.
extension FigureSet {
    /// A figure's row in the latest release of its series that tipdb refused at load
    /// (`--on-error skip`): the release's date and the batch that refused it.
    struct RefusedRow: Equatable {
        /// The latest release's date (YYYY-MM-DD).
        let released: String
        /// The load that refused the row (`ingest_batches.id`).
        let batch: Int64
    }

    /// `not in the latest release (2025-04-14)`, `not in the latest download (2025-06-01)` for an
    /// Our World in Data chart, `not in its producer's latest release (2025-06-01)` for a copy of a
    /// figure its producer dropped (`droppedCopies`), `the latest release (2025-06-01) holds it, but its row was refused
    /// at load (batch 2): the value is the earlier release's`; nil for any other figure.
    ///
    /// Why the refused one says so: the release publishes the figure, so "not in the latest
    /// release" would be false, and the value shown (the earlier release's) may be out of date.
    func release(of key: String) -> String? {
        if let released = droppedFromLatest[key] {
            // A copy's own download still gives it: its producer's latest release is what dropped it.
            if droppedCopies.contains(key) { return "not in its producer's latest release (\(released))" }
            return "not in the latest \(droppedDownloads.contains(key) ? "download" : "release") (\(released))"
        }
        guard let refused = refusedInLatest[key] else { return nil }
        return "the latest release (\(refused.released)) holds it, but its row was refused at load (batch \(refused.batch)): "
            + "the value is the earlier release's"
    }
}
