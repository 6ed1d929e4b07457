/// When and why a figure key was withdrawn with `tipdb retract`: a row of `figure_retractions`
/// without the values it keeps, for messages that name an earlier retraction.
public struct Retraction: Equatable, Sendable {
    /// The retract batch (`ingest_batches.id`).
    public var batch: Int64
    /// When the figure was withdrawn (UTC).
    public var retractedAt: String
    /// Why, as given with `--reason`.
    public var reason: String
}
