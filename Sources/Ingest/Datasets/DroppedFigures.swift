import Storage

/// The figures of a bulk series (the vintages of a GLOTIP export, the downloads of an Our World
/// in Data chart) that an earlier release held and the file just loaded no longer publishes.
///
/// Why: such a figure stays in the database with the values of the release that last gave it,
/// and nothing named it; a release that drops a figure may have withdrawn it. The note names the
/// figures and `tipdb retract`, which accepts them (`DroppedKeys`): the series' next load would
/// not write them again. A row the file holds but refused under `--on-error skip` is no dropped
/// figure (its loader leaves its key out).
///
/// The load's batch records the series and the keys in its options (`series`, `absent`): the
/// latest load of a series says which of its figures are no longer published, and retract reads it there.
/// A GLOTIP load records the refused rows' keys too (`refused`): briefs say the latest release
/// holds those figures but its row was refused, not that it dropped them (`FigureSet`).
struct DroppedFigures {
    /// How many keys the note lists before "and N more".
    static let listed = 5

    let series: String
    /// The keys, in order.
    let keys: [String]
    /// The keys of figures of earlier releases whose rows the file holds but were refused, in
    /// order: not among `keys`.
    var refused: [String] = []

    /// Records the series and the keys in the options of `batch` (the refused ones when there are any).
    func record(batch: Int64, db: Database) throws {
        try db.execute(
            "UPDATE ingest_batches SET options = json_set(coalesce(options, '{}'), '$.series', ?, '$.absent', json(?)) WHERE id = ?",
            [series, JSONString.array(keys), batch])
        try db.recordRefusedKeys(refused, batch: batch)
    }

    /// `1 figure of unodc-glotip is no longer published: vintage 2 (export of 2025-06-01) does not
    /// hold it (KEY); kept, ...; if it should go, withdraw it: tipdb retract KEY --reason "..."`, or
    /// nil when none is.
    ///
    /// - Parameters:
    ///   - release: the release just loaded, as the subject of "does not hold".
    ///   - kept: how the figures stay, after "kept, ".
    ///   - batch: the batch whose options list every key, named when the note lists only some.
    func note(release: String, batch: Int64, kept: String) -> String? {
        guard let first = keys.first else { return nil }
        let one = keys.count == 1
        var listed = keys.prefix(Self.listed).joined(separator: ", ")
        if keys.count > Self.listed {
            listed += " and \(keys.count - Self.listed) more: tipdb sql \"SELECT value FROM ingest_batches, json_each(options, '$.absent') WHERE id = \(batch)\" lists them"
        }
        let command = one ? "tipdb retract \(first) --reason \"...\"" : "tipdb retract KEY... --reason \"...\""
        return one
            ? "1 figure of \(series) is no longer published: \(release) does not hold it (\(listed)); kept, \(kept); if it should go, withdraw it: \(command)"
            : "\(keys.count) figures of \(series) are no longer published: \(release) does not hold them (\(listed)); kept, \(kept); if they should go, withdraw them: \(command)"
    }
}
