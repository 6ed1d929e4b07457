extension Database {
    /// A figure's revisions, oldest first, each with what it held and the batch that had loaded
    /// it: the walk back `writtenRevision` and `reattributions` make.
    ///
    /// Why `json_valid`: a `previous` another program left as text that is not JSON
    /// (`json-not-valid`) stopped the query, and with it lineage; it now reads as no state, where
    /// both walks end, as they do at a figure the key held before.
    static let revisionStatesSQL = """
        SELECT batch_id, kind, previous, CASE WHEN json_valid(previous) THEN previous ->> '$.batch_id' END AS loaded_by
        FROM figure_revisions WHERE figure = ? ORDER BY id
        """

    /// What the load `batch` recorded when it changed `previous`'s number to `stored`'s: the number
    /// replaced, with the batch and file that had written it, and whether the new number goes back
    /// to one the figure held before (`WrittenRevision`). Nil when the number did not change (its printed
    /// digits aside: `PrintedDigitsLoss` tells those), or the
    /// load put another figure under the key (`FigureIdentity`: its own warning says so).
    ///
    /// Read after the upsert, from the revision it wrote, and only for a row whose number changed:
    /// a reload of unchanged figures asks nothing. The walk back stops where the key held another
    /// figure, as `keepingCorrections` does.
    ///
    /// - Throws: `StorageError` when the database cannot be read.
    public func writtenRevision(_ stored: Figure, replaced previous: Figure, batch: Int64) throws -> WrittenRevision? {
        guard !Self.sameNumber(stored, previous),
              !FigureIdentity.reused(from: FigureIdentity(previous), to: FigureIdentity(stored), correction: false) else { return nil }
        var states: [Figure?] = []
        var changes: [RevisionStep] = []
        var loadedBy: [Int64?] = []
        for row in try rows(Self.revisionStatesSQL, [stored.key]) {
            states.append(Self.revisedState(row.string("previous")))
            changes.append(RevisionStep(batch: row.int("batch_id") ?? 0, correction: row.string("kind") == "correction"))
            loadedBy.append(row.int("loaded_by"))
        }
        guard let last = changes.last, last.batch == batch else { return nil }
        states.append(stored)
        var returnsTo: (batch: Int64, file: String?, gave: String)?
        var index = changes.count - 2
        while index >= 0, let before = states[index], let after = states[index + 1] {
            defer { index -= 1 }
            if FigureIdentity.reused(from: FigureIdentity(before), to: FigureIdentity(after), correction: changes[index].correction) { break }
            if Self.sameNumber(before, after) { continue }
            if Self.sameNumber(before, stored) {
                let file = try batchFile(changes[index].batch)
                returnsTo = (changes[index].batch, file, after.numberText)
                break
            }
        }
        let writer = loadedBy.last ?? nil
        return WrittenRevision(
            replaced: previous.numberText, replacedLoadedBy: writer, replacedFile: try writer.flatMap { try batchFile($0) },
            returnsTo: returnsTo)
    }
}
