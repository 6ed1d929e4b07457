/// A figure that cites nothing now but cited a figure `tipdb retract` has withdrawn since: the
/// load that cleared its `cites` (`figure_revisions` keeps the cites it had) and the retraction
/// (`figure_retractions`).
///
/// Why: `retract` refuses a figure another one cites, and its advice is to clear that repeat's
/// cites first. Once that was done, the repeat read as a number "reported without a source: where
/// it comes from is unknown" in lineage, briefs and check, when the database knows where it came
/// from and that the origin was withdrawn (review of session 49). Lineage, briefs and check name
/// it from this record, read by one query (`Database.withdrawnOrigins()`).
public struct WithdrawnOrigin: Sendable, Equatable {
    /// The figure that cited the withdrawn one.
    public var figure: String
    /// The withdrawn figure it cited, and that figure's source when withdrawn (nil when the
    /// retraction does not say).
    public var cited: String
    public var citedSource: String?
    /// The batch that cleared the cites, and its file.
    public var clearedBy: Int64
    public var clearedFile: String?
    /// The withdrawn figure's latest retraction.
    public var retraction: Retraction

    public init(figure: String, cited: String, citedSource: String?, clearedBy: Int64, clearedFile: String?, retraction: Retraction) {
        (self.figure, self.cited, self.citedSource) = (figure, cited, citedSource)
        (self.clearedBy, self.clearedFile, self.retraction) = (clearedBy, clearedFile, retraction)
    }

    /// `batch 4 (b1nocite.csv)`: the load that cleared the cites.
    public var clearingLoad: String {
        "batch \(clearedBy)" + (clearedFile.map { " (\($0))" } ?? "")
    }

    /// `retracted on 2026-12-05 (batch 5: "fabricated survey")`: as ingest's note on a row whose
    /// key was retracted words it (`RetractedKeys.note`).
    public var withdrawal: String {
        "retracted on \(retraction.retractedAt.prefix(10)) (batch \(retraction.batch): \(JSONString.literal(retraction.reason)))"
    }

    /// `it cited a1 until batch 4 (b1nocite.csv), and a1 was retracted on 2026-12-05 (batch 5:
    /// "fabricated survey")`: what `tipdb check` and `report lineage` say of the figure.
    public var history: String {
        "it cited \(cited) until \(clearingLoad), and \(cited) was \(withdrawal)"
    }
}
