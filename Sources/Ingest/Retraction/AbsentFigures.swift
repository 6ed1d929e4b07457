import Storage

/// Figures that earlier loads of a figures file wrote and that the file, loaded again, no longer
/// holds: a note, not an error, since a file may drop a figure on purpose.
///
/// Why: a row corrected in a file without a key column (another measure, place, period or
/// source) derives another key, so the corrected row loads as a new figure and the old one stays
/// beside it in every brief, counted twice. The load said only "1 inserted"; the note names the
/// old figure and the command that withdraws it (`tipdb retract`).
///
/// Cost: one look-up in `ingest_batches` (a row per file loaded, no index needed) finds the
/// earlier loads of the file (`SameFile`); only when there are some, one query by `figures_by_batch` reads the
/// figures they still hold (those a later load changed point to that load instead), and each key
/// is looked up among the keys the command read (`KeyMemory`). A first load costs the look-up only.
enum AbsentFigures {
    /// How many keys the note lists before "and N more".
    static let listed = 5

    /// The note for the figures file loaded as `batch`, or nil when it holds every figure that
    /// earlier loads of a file of that name still hold.
    ///
    /// Only earlier loads of figures files (CSV, TSV, JSON, NDJSON) count: a bulk export or a
    /// derivation writes its own figures, judged by its own rules. The same file is the same file
    /// on this machine however it was named (`./figures.csv`, `data/figures.csv`, a link), and
    /// `figures.csv` in another folder is another file (`SameFile`; by name for a batch recorded
    /// before m0042, as `ingest_batches.file` keeps it).
    static func note(db: Database, batch: IngestBatch, keys: KeyMemory) throws -> String? {
        let earlier = try db.rows(
            "SELECT id FROM ingest_batches WHERE " + SameFile.condition
                + " AND kind = 'figures' AND format IN ('csv', 'tsv', 'json', 'ndjson') AND id < ?4",
            SameFile.arguments(identity: batch.fileIdentity, name: batch.file) + [batch.id]
        ).compactMap { $0.int("id") }
        guard !earlier.isEmpty else { return nil }
        let written = try db.prepare("SELECT key, batch_id FROM figures WHERE batch_id IN (SELECT value FROM json_each(?1))")
        try written.bind([JSONString.array(earlier.map(String.init))])
        var absent: [String] = []
        var count = 0
        var batches = Set<Int64>()
        while try written.step() {
            guard let key = written.string(at: 0), !keys.contains(key, kind: .figures) else { continue }
            count += 1
            batches.insert(written.int64(at: 1))
            if absent.count < listed { absent.append(key) }
        }
        guard count > 0 else { return nil }
        return text(count: count, keys: absent, batches: batches.sorted())
    }

    /// `1 figure written from this file by batch 2 is not in it now (KEY); if it was corrected,
    /// retract the old one: tipdb retract KEY --reason "..."`.
    static func text(count: Int, keys: [String], batches: [Int64]) -> String {
        let one = count == 1
        let numbers = batches.map(String.init)
        let by = numbers.count == 1
            ? "batch \(numbers[0])" : "batches \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last ?? "")"
        let listed = keys.joined(separator: ", ") + (count > keys.count ? " and \(count - keys.count) more" : "")
        let command = one ? "tipdb retract \(keys.first ?? "KEY") --reason \"...\"" : "tipdb retract KEY... --reason \"...\""
        return one
            ? "1 figure written from this file by \(by) is not in it now (\(listed)); if it was corrected, retract the old one: \(command)"
            : "\(count) figures written from this file by \(by) are not in it now (\(listed)); if they were corrected, retract the old ones: \(command)"
    }
}
