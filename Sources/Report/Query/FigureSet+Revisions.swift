import Storage

extension FigureSet {
    /// Reads the revisions of the loaded figures that changed their number, newest first, into
    /// `revisions`: only the earlier numbers a later load replaced (a revision that only added a
    /// quote, a tag or a note is left out). The query is skipped on a database with no revision.
    mutating func loadRevisions(from db: Database) throws {
        guard try db.integer("SELECT EXISTS (SELECT 1 FROM figure_revisions)") != 0 else { return }
        // The loaded figures by key, those in scope and those read for their lineage alike.
        let figures = byKey.merging(self.figures.map { ($0.key, $0) }) { first, _ in first }
        let rows = try db.rows("""
            SELECT r.id, r.figure, r.batch_id, r.revised_at, r.kind = 'correction' AS correction,
                json_extract(r.previous, '$.value') AS value, json_extract(r.previous, '$.censored') AS censored,
                json_extract(r.previous, '$.low') AS low, json_extract(r.previous, '$.high') AS high,
                json_extract(r.previous, '$.source') AS source, json_extract(r.previous, '$.batch_id') AS loaded_by,
                b.file AS loaded_from
            FROM figure_revisions r
            LEFT JOIN ingest_batches b ON b.id = json_extract(r.previous, '$.batch_id')
            WHERE json_valid(r.previous)
            ORDER BY r.figure, r.id
            """)
        var all: [String: [FigureRevision]] = [:]
        for row in rows {
            guard let key = row.string("figure"), figures[key] != nil, let id = row.int("id"),
                  let replacedBy = row.int("batch_id") else { continue }
            all[key, default: []].append(FigureRevision(
                id: id, value: row.double("value"), censored: (row.int("censored") ?? 0) != 0,
                low: row.double("low"), high: row.double("high"), source: row.string("source"),
                loadedBy: row.int("loaded_by"), loadedFrom: row.string("loaded_from"),
                replacedBy: replacedBy, replacedAt: row.string("revised_at") ?? "",
                isCorrection: (row.int("correction") ?? 0) != 0))
        }
        for (key, list) in all {
            guard let figure = figures[key] else { continue }
            let kept = Self.numberChanges(list, of: figure)
            if !kept.isEmpty { revisions[key] = kept.reversed() }
        }
    }

    /// The revisions in `list` (oldest first) that changed the figure's number, oldest first.
    ///
    /// A correction is compared with the number that replaced it, the next row's or the figure's
    /// now. A revision is compared with the number before the source's next revision, or the
    /// figure's now: the corrections between them fixed tipdb's copy of what this revision
    /// loaded, so the source's number is the corrected one. A revision whose slip a correction
    /// undid (41 revised to 40 by a typo, corrected back to 41) changed no number of the source's,
    /// and would read "41 (revised from 41)": it is left out, and the correction tells the rest.
    ///
    /// A revision that left the number as it was (a quote changed, while a load kept a corrected
    /// value: `Database.keepingCorrections`) is left out too, whatever corrections follow it: a
    /// later correction back to the file's value is tipdb's fix, not the source's.
    static func numberChanges(_ list: [FigureRevision], of figure: FigureRecord) -> [FigureRevision] {
        var kept: [FigureRevision] = []
        for (index, revision) in list.enumerated() {
            let later = list[(index + 1)...]
            let immediate = later.first.map { revision.numberDiffers(value: $0.value, censored: $0.censored, low: $0.low, high: $0.high) }
                ?? revision.numberDiffers(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
            guard immediate else { continue }
            let next = revision.isCorrection ? later.first : later.first { !$0.isCorrection }
            let differs = next.map { revision.numberDiffers(value: $0.value, censored: $0.censored, low: $0.low, high: $0.high) }
                ?? revision.numberDiffers(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
            if differs { kept.append(revision) }
        }
        return kept
    }
}
