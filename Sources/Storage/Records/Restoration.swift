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
    /// The figure as it was withdrawn, when the restore gave it another number (the number with
    /// its bounds and printed digits, `FigureField.number`), and the batch and file that had
    /// written it; nil when the number came back as it was.
    ///
    /// Why: a figure a brief cited as 40,000, withdrawn and restored as 40,500, read in lineage as
    /// if it had always said 40,500, and a brief made before the withdrawal could not be matched
    /// to it (review of session 52, audit 6). `figure_retractions.previous` holds the number.
    public var withdrawn: Figure?
    public var withdrawnBy: Int64?
    public var withdrawnFile: String?

    public init(
        retraction: Retraction, restoredBy: Int64, restoredFile: String?, withdrawn: Figure? = nil, withdrawnBy: Int64? = nil,
        withdrawnFile: String? = nil
    ) {
        (self.retraction, self.restoredBy, self.restoredFile) = (retraction, restoredBy, restoredFile)
        (self.withdrawn, self.withdrawnBy, self.withdrawnFile) = (withdrawn, withdrawnBy, withdrawnFile)
    }

    /// `retracted on 2026-12-05 (batch 5: "fabricated survey"), then loaded again with
    /// --restore-retracted by batch 6 (a1.csv)`: the retraction in the words `WithdrawnOrigin`
    /// gives one.
    public var history: String {
        "retracted on \(retraction.retractedAt.prefix(10)) (batch \(retraction.batch): \(JSONString.literal(retraction.reason))), "
            + "then loaded again with --restore-retracted by batch \(restoredBy)" + (restoredFile.map { " (\($0))" } ?? "")
    }
}
