/// A load that moved a figure's number, unchanged, to another source or locator: where the number
/// was cited before and until which load (`Database.reattributions(of:)`).
///
/// Why: a changed number is told everywhere ("revised from …"), but a later load that cited the
/// same 40,000 to Institute A, p. 7 where a brief had cited Institute B, p. 10 left `report
/// lineage` showing the new attribution alone, and an auditor holding the older brief concluded
/// that it mis-cited its source (review of session 52, audit 4). `figure_changes` had it, for
/// whoever already suspected it.
public struct Reattribution: Sendable, Equatable {
    /// The source key and locator the number was cited to before, and the batch (and file) that
    /// had loaded them.
    public let source: String
    public let locator: String?
    public let loadedBy: Int64?
    public let loadedFrom: String?
    /// The source key and locator the load gave the number instead.
    public let newSource: String
    public let newLocator: String?
    /// The load that moved it, and its file.
    public let movedBy: Int64
    public let movedFrom: String?

    public init(
        source: String, locator: String?, loadedBy: Int64?, loadedFrom: String?, newSource: String, newLocator: String?, movedBy: Int64,
        movedFrom: String?
    ) {
        (self.source, self.locator, self.loadedBy, self.loadedFrom) = (source, locator, loadedBy, loadedFrom)
        (self.newSource, self.newLocator, self.movedBy, self.movedFrom) = (newSource, newLocator, movedBy, movedFrom)
    }
}
