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
    /// When the figure had last changed before an update (`figures.updated_at`); nil otherwise.
    /// Kept so that an update taken back in the same command (`Database.restore`) leaves the row
    /// exactly as it was, its time too.
    public let previousUpdatedAt: String?

    public init(_ outcome: WriteOutcome, previous: Figure? = nil, kept: [KeptCorrection] = [], previousUpdatedAt: String? = nil) {
        self.outcome = outcome
        self.previous = previous
        self.kept = kept
        self.previousUpdatedAt = previousUpdatedAt
    }
}
