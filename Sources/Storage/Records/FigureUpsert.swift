/// What one figure's upsert did: its outcome, the figure as it was before an update, and the
/// fields a correction had set that the load gave back as they were before it, and that were kept.
///
/// Why the kept fields are returned with the outcome: ingest prints a note for each at the row
/// that gave it, and only the caller knows that row. They used to be collected on the connection
/// until ingest took them, state that outlived the write it described.
public struct FigureUpsert: Sendable, Equatable {
    public let outcome: WriteOutcome
    /// The figure as it was, for an update; nil otherwise.
    public let previous: Figure?
    /// The fields left as a correction set them (`Database.keepingCorrections`).
    public let kept: [KeptCorrection]

    public init(_ outcome: WriteOutcome, previous: Figure? = nil, kept: [KeptCorrection] = []) {
        self.outcome = outcome
        self.previous = previous
        self.kept = kept
    }
}
