/// What a measure held before a measures file changed it, from `measure_revisions` (m0064): the
/// earlier values, which loads wrote them and replaced them, and the values that replaced them
/// (`Database.measureRevisions(of:)`).
///
/// Why: a measures file loaded with `--correction` rewrote the definition that figures had been
/// read against (8.6 per 1,000 adults 15+, weighted, became "per 1,000 people aged 18+
/// (unweighted)"); the warning quoted the old text once, and no table kept it (review of session
/// 54). A brief made before the change printed the old text beside those figures.
public struct MeasureRevision: Sendable, Equatable {
    /// The measure as it was before `changedBy`, and as that load (or the next revision) left it.
    public let previous: Measure
    public let next: Measure
    /// The batch (and file) that had loaded the earlier values; nil for one of tipdb's own measures.
    public let loadedBy: Int64?
    public let loadedFrom: String?
    /// The load that changed them, its file and when (UTC).
    public let changedBy: Int64
    public let changedFrom: String?
    public let changedAt: String
    /// Whether the load was `tipdb ingest --correction`: the earlier text was a slip.
    public let isCorrection: Bool

    public init(
        previous: Measure, next: Measure, loadedBy: Int64?, loadedFrom: String?, changedBy: Int64, changedFrom: String?,
        changedAt: String, isCorrection: Bool
    ) {
        (self.previous, self.next, self.loadedBy, self.loadedFrom) = (previous, next, loadedBy, loadedFrom)
        (self.changedBy, self.changedFrom, self.changedAt, self.isCorrection) = (changedBy, changedFrom, changedAt, isCorrection)
    }
}
