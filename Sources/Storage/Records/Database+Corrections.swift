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
    /// A figures file (csv, tsv, json, ndjson) loaded again also keeps a field whose last change
    /// was an ordinary load of another file (`SameFile`), made after this file was loaded, that
    /// replaced exactly the value this file gives: the file still gives what it gave, and the
    /// other file said otherwise since. Writing it back printed "1,208 (revised from 1,250, and
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
        // The figure's states, oldest first: each revision's previous values, then the stored row;
        // revision i took state i to state i + 1.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var states: [Figure?] = []
        var changes: [(batch: Int64, correction: Bool)] = []
        for row in try rows("SELECT batch_id, kind, previous FROM figure_revisions WHERE figure = ? ORDER BY id", [merged.key]) {
            // A revision written before a column existed lacks it: its state is unknown, and ends the walk.
            states.append(row.string("previous").flatMap { try? decoder.decode(Figure.self, from: Data($0.utf8)) })
            changes.append((row.int("batch_id") ?? 0, row.string("kind") == "correction"))
        }
        states.append(existing)
        var figure = merged
        var kept: [KeptCorrection] = []
        for field in FigureField.all where !field.same(merged, existing) {
            var index = changes.count - 1
            var last = true
            while index >= 0, let before = states[index], let after = states[index + 1] {
                defer { index -= 1 }
                // A load that put another figure under the key ends the walk: a correction made
                // before it fixed that other figure, and is no correction of this one.
                if FigureIdentity.reused(from: FigureIdentity(before), to: FigureIdentity(after), correction: changes[index].correction) {
                    break
                }
                if field.same(before, after) { continue }
                defer { last = false }
                guard changes[index].correction else {
                    // The last change was another file's ordinary load, made after this figures
                    // file gave the value it replaced: the file, loaded again, still gives it.
                    if last, load.isFiguresFile, field.same(before, merged),
                       let other = try otherLoad(changes[index].batch, reloading: batch) {
                        field.copy(existing, &figure)
                        kept.append(KeptCorrection(
                            figure: merged.key, field: field.name, kept: field.text(existing), given: field.text(merged),
                            batch: changes[index].batch, otherFile: other))
                    }
                    break
                }
                if field.same(before, merged) {
                    field.copy(existing, &figure)
                    kept.append(KeptCorrection(
                        figure: merged.key, field: field.name, kept: field.text(existing), given: field.text(merged),
                        batch: changes[index].batch))
                    break
                }
            }
        }
        // A load that puts another figure under the key (`FigureIdentity`), even with the corrections
        // kept, is written as given: what it gives is the new figure's, not a slip of the old one's.
        if FigureIdentity.reused(from: FigureIdentity(existing), to: FigureIdentity(figure), correction: false) { return (merged, []) }
        return (figure, kept)
    }
}
