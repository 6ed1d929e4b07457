/// When and why a figure key was withdrawn with `tipdb retract`: a row of `figure_retractions`
/// without the values it keeps, for messages that name an earlier retraction.
public struct Retraction: Equatable, Sendable {
    /// The retract batch (`ingest_batches.id`).
    public var batch: Int64
    /// When the figure was withdrawn (UTC).
    public var retractedAt: String
    /// Why, as given with `--reason`.
    public var reason: String

    /// `batch 4, 2026-12-02T15:17:26.369Z: "wrong measure"`: the retraction as every message that
    /// names one gives it in brackets (`tipdb retract` on the key again, `report lineage`), so
    /// that the two commands describe the same withdrawal in the same words.
    public var particulars: String {
        "batch \(batch), \(retractedAt): \(JSONString.literal(reason))"
    }

    /// The query that shows this figure's retraction with its reason and last values.
    public static func showCommand(_ key: String) -> String {
        "tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions WHERE figure = '\(key.replacingOccurrences(of: "'", with: "''"))'\""  // sql-constant: a message, never executed
    }
}
