import Storage

/// What a brief says of a figure of a bulk series that the latest release of its series does not
/// give a value for: dropped by that release (or download), or held by it in a row tipdb refused;
/// and of a figure whose row a later figures file holds but tipdb refused.
extension FigureSet {
    /// A figure's row in the latest release of its series that tipdb refused at load
    /// (`--on-error skip`): the release's date and the batch that refused it.
    struct RefusedRow: Equatable {
        /// The latest release's date (YYYY-MM-DD).
        let released: String
        /// The load that refused the row (`ingest_batches.id`).
        let batch: Int64
    }

    /// A figure's row in a later figures file that tipdb refused at load (`--on-error skip`) and
    /// that is still to fix (`open_rejects`): the figure keeps the value an earlier load gave it.
    struct RefusedLaterRow: Equatable {
        /// The file whose row was refused, by its name (no folder: a brief names no path).
        let file: String
        /// The load that refused the row (`ingest_batches.id`).
        let batch: Int64
        /// The file of the load that wrote the value kept, by its name; nil when it has none.
        let keptFrom: String?
        /// That load (`figures.batch_id`).
        let keptBatch: Int64
        /// Whether that load read the same file (`SameFile`: by `file_identity`; by name for a
        /// load recorded without one), not only a file of the same name.
        let keptSameFile: Bool

        /// `a later file, yb2026.tsv, gives it, but its row was refused at load (batch 3, in
        /// open_rejects): the value is the one yb2025.csv loaded (batch 2)`; `the one another
        /// figures.csv loaded` for another folder's file of the same name.
        ///
        /// Why not by name alone: `partnerA/figures.csv` and `partnerB/figures.csv` are both
        /// `figures.csv` in a brief, which names no folder, and the value partner A gave was said
        /// to be "the one its earlier load gave" of partner B's file (session 49).
        var note: String {
            let kept = keptFrom.map {
                keptSameFile ? "the one its earlier load gave" : $0 == file ? "the one another \($0) loaded" : "the one \($0) loaded"
            } ?? "the one loaded before"
            return "a later file, \(file), gives it, but its row was refused at load (batch \(batch), in open_rejects): "
                + "the value is \(kept) (batch \(keptBatch))"
        }
    }

    /// `not in the latest release (2025-04-14)`, `not in the latest download (2025-06-01)` for an
    /// Our World in Data chart, `not in its producer's latest release (2025-06-01)` for a copy of a
    /// figure its producer dropped (`droppedCopies`), `the latest release (2025-06-01) holds it, but its row was refused
    /// at load (batch 2): the value is the earlier release's`, `a later file, yb2026.tsv, gives it,
    /// but its row was refused at load (batch 3, in open_rejects): the value is the one yb2025.csv
    /// loaded (batch 2)` (`RefusedLaterRow`); nil for any other figure.
    ///
    /// Why the refused one says so: the release publishes the figure, so "not in the latest
    /// release" would be false, and the value shown (the earlier release's) may be out of date.
    func release(of key: String) -> String? {
        if let released = droppedFromLatest[key] {
            // A copy's own download still gives it: its producer's latest release is what dropped it.
            if droppedCopies.contains(key) { return "not in its producer's latest release (\(released))" }
            return "not in the latest \(droppedDownloads.contains(key) ? "download" : "release") (\(released))"
        }
        guard let refused = refusedInLatest[key] else { return refusedInLaterFile[key]?.note }
        return "the latest release (\(refused.released)) holds it, but its row was refused at load (batch \(refused.batch)): "
            + "the value is the earlier release's"
    }
}

extension FigureSet {
    /// Reads the stored figures whose row a later figures file holds but tipdb refused at load
    /// (`--on-error skip`), still to fix: the keys that load recorded (`refused` in its options),
    /// for a batch whose rejects `open_rejects` lists, over a figure an earlier batch last wrote.
    ///
    /// Why: a bulk export's refused row was named beside its figure, a figures file's was not,
    /// and a brief cited the previous yearbook's number as if the new one had not given another
    /// (a national statistics office's review, session 48). A figure written since the refusal
    /// (a corrected row in another file) has no note: its value is no longer the earlier one.
    mutating func loadRefusedInLaterFiles(from db: Database) throws {
        let rows = try db.rows("""
            SELECT j.value AS figure, b.id AS batch, b.file AS file, f.batch_id AS kept_batch, w.file AS kept_file,
                CASE WHEN w.file_identity IS NOT NULL THEN w.file_identity IS b.file_identity
                    ELSE (CASE WHEN substr(w.file, 1, 2) = './' THEN substr(w.file, 3) ELSE w.file END)
                        IS (CASE WHEN substr(b.file, 1, 2) = './' THEN substr(b.file, 3) ELSE b.file END) END AS kept_same_file
            FROM ingest_batches b, json_each(b.options, '$.refused') j
            JOIN figures f ON f.key = j.value AND f.batch_id < b.id
            LEFT JOIN ingest_batches w ON w.id = f.batch_id
            WHERE b.kind = 'figures' AND b.format IN ('csv', 'tsv', 'json', 'ndjson') AND json_valid(b.options)
              AND b.id IN (SELECT batch_id FROM open_rejects)
            ORDER BY b.id
            """)
        for row in rows {
            guard let key = row.string("figure"), let batch = row.int("batch"), let file = row.string("file"),
                  let kept = row.int("kept_batch") else { continue }
            refusedInLaterFile[key] = RefusedLaterRow(
                file: Self.fileName(file), batch: batch, keptFrom: row.string("kept_file").map(Self.fileName), keptBatch: kept,
                keptSameFile: row.int("kept_same_file") == 1)
        }
    }

    /// The last part of a path as ingest was given it (`data/yb2026.tsv`: `yb2026.tsv`).
    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
