extension Database {
    /// The loads that moved the figure `key`'s number, unchanged, to another source or locator,
    /// oldest first (`Reattribution`). A load that changed the number too is a revision, which
    /// lineage tells already with the earlier number's source; one that put another figure under
    /// the key ends the walk back (`FigureIdentity`), as for revisions. Empty for a figure no
    /// load changed, without reading more than its revisions.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func reattributions(of key: String) throws -> [Reattribution] {
        guard let now = try figure(key: key) else { return [] }
        var states: [Figure?] = []
        var changes: [RevisionStep] = []
        var loadedBy: [Int64?] = []
        for row in try rows(Self.revisionStatesSQL, [key]) {
            states.append(Self.revisedState(row.string("previous")))
            changes.append(RevisionStep(batch: row.int("batch_id") ?? 0, correction: row.string("kind") == "correction"))
            loadedBy.append(row.int("loaded_by"))
        }
        states.append(now)
        var found: [Reattribution] = []
        var index = changes.count - 1
        while index >= 0, let before = states[index], let after = states[index + 1] {
            defer { index -= 1 }
            if FigureIdentity.reused(from: FigureIdentity(before), to: FigureIdentity(after), correction: changes[index].correction) { break }
            guard !changes[index].correction, FigureField.number.same(before, after), before.source != after.source || before.locator != after.locator else { continue }
            found.append(Reattribution(
                source: before.source, locator: before.locator, loadedBy: loadedBy[index], loadedFrom: try loadedBy[index].flatMap { try batchFile($0) },
                newSource: after.source, newLocator: after.locator, movedBy: changes[index].batch, movedFrom: try batchFile(changes[index].batch)))
        }
        return found.reversed()
    }
}
