/// One `tipdb retract` command behind a brief's `RetractedFigures`: its batch, when and why.
public struct RetractBatch: Codable, Sendable, Equatable {
    /// The retract batch (`ingest_batches.id`).
    public var batch: Int
    /// When the figures were withdrawn, YYYY-MM-DD (UTC).
    public var date: String
    /// Why, as given with `--reason`.
    public var reason: String
    /// How many of the brief's retracted figures it withdrew.
    public var figureCount: Int
}
