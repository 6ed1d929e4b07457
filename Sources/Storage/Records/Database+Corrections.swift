import Foundation

extension Database {
    /// `merged` (a load's figure, its unstated fields already taken from `existing`) with every
    /// field a correction set kept as stored, where `merged` gives back the value that correction
    /// replaced.
    ///
    /// A field is kept when the last load that changed it was a `--correction` batch (or a run of
    /// them), and one of those corrections replaced exactly the value `merged` gives: the file
    /// still holds the slip the analyst fixed. A `--correction` load itself is never held back
    /// (it is how a correction is undone), nor a field a later ordinary load changed since, nor a
    /// value the correction never had (a new release's number is the source's, and written).
    ///
    /// Nor does it look past a load that put another figure under the key (`FigureIdentity`, the
    /// rule ingest's key-reuse warning uses): a correction of the figure the key held before is no
    /// correction of this one. Correcting f1 from 100 to 120, then a colleague's file that gives f1
    /// another measure with the value 100, kept 120 as "the correction" of a figure it never fixed;
    /// the row is now written as given, and warned about as a reused key.
    ///
    /// A figures file (csv, tsv, json, ndjson) also keeps a field whose last change was an
    /// ordinary load of another file (`SameFile`) that replaced exactly the value this file gives:
    /// loaded again, the file still gives what it gave, and the other file said otherwise since;
    /// loaded for the first time (a colleague's export made before that load), it is a copy older
    /// than what the database holds, and ingest warns (`KeptCorrection.firstLoad`). Writing it back printed "1,208 (revised from 1,250, and
    /// before that from 1,208)", a revision no source made. A change made by this file itself
    /// (edited, loaded, then put back) is the user's own and written; so is any other value, and
    /// a GLOTIP, OWID or CTDC load, which has vintage rules of its own.
    ///
    /// - Returns: the figure to compare and write, and the fields kept, for the notes ingest prints.
    public func keepingCorrections(
        _ merged: Figure, over existing: Figure, batch: Int64
    ) throws -> (figure: Figure, kept: [KeptCorrection]) {
        guard merged != existing else { return (merged, []) }
        let load = try reloadedFile(batch: batch)
        guard !load.correction,
              try integer(
                  "SELECT EXISTS (SELECT 1 FROM figure_revisions WHERE figure = ?1 AND (kind = 'correction' OR ?2))",
                  [merged.key, load.isFiguresFile]) != 0 else { return (merged, []) }
        var states: [Figure?] = []
        var changes: [RevisionStep] = []
        for row in try rows("SELECT batch_id, kind, previous FROM figure_revisions WHERE figure = ? ORDER BY id", [merged.key]) {
            states.append(Self.revisedState(row.string("previous")))
            changes.append(RevisionStep(batch: row.int("batch_id") ?? 0, correction: row.string("kind") == "correction"))
        }
        states.append(existing)
        // The last change was another file's ordinary load: this figures file gives back the value
        // it replaced (loaded again, or a copy made before it).
        let (figure, kept) = try Self.keptFields(merged, states: states, changes: changes) { change in
            load.isFiguresFile ? try otherLoad(change.batch, reloading: batch) : nil
        }
        // A load that puts another figure under the key (`FigureIdentity`), even with the corrections
        // kept, is written as given: what it gives is the new figure's, not a slip of the old one's.
        if FigureIdentity.reused(from: FigureIdentity(existing), to: FigureIdentity(figure), correction: false) { return (merged, []) }
        return (figure, kept)
    }
}
