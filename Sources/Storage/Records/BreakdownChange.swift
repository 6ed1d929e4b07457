/// A load that changed what a figure is restricted to beyond its sex, age group and form (its
/// rows of `figure_breakdowns`): the breakdown before and after, and which loads wrote them
/// (`Database.breakdownChanges(of:)`).
///
/// Why: a figure loaded again under the same key with another breakdown (`citizenship: Viet Nam`,
/// then `citizenship: Albania`) left no trace, so a brief made before cited a count of Vietnamese
/// victims that `report lineage` and `figure_changes` then showed as Albanians' (session 54).
/// Each such load now keeps the breakdown it replaced in `figure_revisions` (`previous ->>
/// '$.breakdown'`), as it keeps every other field.
public struct BreakdownChange: Sendable, Equatable {
    /// The breakdowns before and after the load, as a figures file's breakdown cell states them
    /// (`citizenship: VNM; sector: fishing`); nil for none.
    public let previous: String?
    public let next: String?
    /// The batch (and file) that had written the earlier breakdown.
    public let loadedBy: Int64?
    public let loadedFrom: String?
    /// The load that changed it, and its file.
    public let changedBy: Int64
    public let changedFrom: String?

    public init(previous: String?, next: String?, loadedBy: Int64?, loadedFrom: String?, changedBy: Int64, changedFrom: String?) {
        (self.previous, self.next, self.loadedBy, self.loadedFrom) = (previous, next, loadedBy, loadedFrom)
        (self.changedBy, self.changedFrom) = (changedBy, changedFrom)
    }
}
