/// The sentences of a brief's Provenance section, worded once for Markdown and HTML.
///
/// Each takes `escape`, the renderer's escaping of data (a file name, a version another tipdb
/// wrote), so that the two formats say the same words.
enum ProvenanceText {
    /// `Rendered by tipdb 0.1.0 (schema version 60). Data as of batch 4, the database's latest
    /// (2026-12-06T10:00:00Z). The same database and this command give the same brief, byte for
    /// byte, with the same tipdb build (tipdb --version names it):`
    ///
    /// Why the build and the schema: the version number has stayed 0.1.0 while briefs changed, and
    /// migrations change what a brief selects; a brief rebuilt by another build may differ
    /// (audit, session 52). Why the latest batch: it is the database state the brief reports.
    static func rendered(_ p: Provenance, escape: (String) -> String) -> String {
        var text = "Rendered by tipdb \(escape(p.tipdbVersion)) (schema version \(p.schemaVersion))."
        if let batch = p.lastBatch {
            text += " Data as of batch \(batch), the database's latest" + (p.dataAsOf.map { " (\(escape($0)))" } ?? "") + "."
        }
        return text + " The same database and this command give the same brief, byte for byte, with the same tipdb build (tipdb --version names it):"
    }

    /// Why batches with no figure in the brief are listed; nil when every batch has figures.
    static func batchesNote(_ p: Provenance) -> String? {
        guard p.batches.contains(where: { $0.figureCount == 0 }) else { return nil }
        // Measures named only when a measures file is listed: the sentence of every other brief stays.
        let measures = p.batches.contains { $0.figureCount == 0 && $0.kind == "measures" } ? "measures, " : ""
        return "A batch with no figures in this brief loaded its \(measures)sources, studies or case data, or an earlier number, retraction or figure its text names by batch."
    }

    /// One sentence per dataset batch whose release date was given with `--released` or taken
    /// from the file's modification time: `Batch 1 (ctdc.csv): its source is dated 2024-03-01,
    /// the file's modification time, as no --released was given and the file states no date; a
    /// copy of the file made on another day is cited with another date.`
    static func releaseNotes(_ p: Provenance, escape: (String) -> String) -> [String] {
        p.batches.compactMap { batch in
            guard let released = batch.released else { return nil }
            let name = "Batch \(batch.id) (\(escape(batch.file)))"
            if batch.releasedFrom == BatchEntry.modificationTime {
                return "\(name): its source is dated \(escape(released)), the file's modification time, as no --released was given and the file states no date; a copy of the file made on another day is cited with another date: load it with --released YYYY-MM-DD, its publisher's release date."
            }
            return "\(name) was loaded with --released \(escape(released))."
        }
    }

    /// `Figures SHA-256: 5f3a... (README, "Provenance"): a database rebuilt from these files that
    /// gives the same digest gives the same figures.`
    /// - Parameter hash: how the format writes the digest (HTML: as a key that wraps anywhere).
    static func digest(_ p: Provenance, hash: (String) -> String = { $0 }) -> String {
        "Figures SHA-256: \(hash(p.figuresSHA256)) (the brief's figures as stored, in key order: README, \"Reproducing a brief\"); a database rebuilt from these files that gives the same digest gives the same figures."
    }
}
