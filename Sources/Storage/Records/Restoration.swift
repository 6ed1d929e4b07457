/// A figure key withdrawn with `tipdb retract` and loaded again with `tipdb ingest
/// --restore-retracted`: its latest retraction and the batch that brought it back.
///
/// Why: a restore loads the row as a new figure, and the retraction's reason and batch stayed in
/// `figure_retractions` alone, so `report lineage` of a figure once withdrawn "as fabricated" read
/// as any other (session 50). Lineage says it from this record
/// (`Database.restoration(of:)`).
public struct Restoration: Sendable, Equatable {
    /// The latest retraction of the key.
    public var retraction: Retraction
    /// The load that brought the key back, and its file.
    public var restoredBy: Int64
    public var restoredFile: String?

    public init(retraction: Retraction, restoredBy: Int64, restoredFile: String?) {
        (self.retraction, self.restoredBy, self.restoredFile) = (retraction, restoredBy, restoredFile)
    }

    /// `retracted on 2026-12-05 (batch 5: "fabricated survey"), then loaded again with
    /// --restore-retracted by batch 6 (a1.csv)`: the retraction in the words `WithdrawnOrigin`
    /// gives one.
    public var history: String {
        "retracted on \(retraction.retractedAt.prefix(10)) (batch \(retraction.batch): \(JSONString.literal(retraction.reason))), "
            + "then loaded again with --restore-retracted by batch \(restoredBy)" + (restoredFile.map { " (\($0))" } ?? "")
    }
}
