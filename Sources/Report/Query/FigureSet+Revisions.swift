import Storage

extension FigureSet {
    /// Reads the revisions of the loaded figures that changed their number, newest first, into
    /// `revisions`: only the earlier numbers a later load replaced (a revision that only added a
    /// quote, a tag or a note is left out), and only those of the figure the key holds now
    /// (`keyReuse`), with the key's last reuse in `reusedKeys`. The query is skipped on a database
    /// with no revision (`loadReached`).
    ///
    /// - Parameter figures: the loaded figures by key, those in scope and those read for their lineage alike.
    mutating func loadRevisions(from db: Database, loaded figures: [String: FigureRecord]) throws {
        let rows = try db.rows("""
            SELECT r.id, r.figure, r.batch_id, r.revised_at, r.kind = 'correction' AS correction,
                json_extract(r.previous, '$.value') AS value, json_extract(r.previous, '$.censored') AS censored,
                json_extract(r.previous, '$.low') AS low, json_extract(r.previous, '$.high') AS high,
                json_extract(r.previous, '$.ci_level') AS ci_level,
                json_extract(r.previous, '$.unit') AS unit, json_extract(r.previous, '$.measure') AS measure,
                json_extract(r.previous, '$.place') AS place, json_extract(r.previous, '$.period_start') AS period_start,
                json_extract(r.previous, '$.period_end') AS period_end, json_extract(r.previous, '$.sex') AS sex,
                json_extract(r.previous, '$.age_group') AS age_group, json_extract(r.previous, '$.form') AS form,
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
                low: row.double("low"), high: row.double("high"), unit: row.string("unit"), ciLevel: row.double("ci_level"), held: Self.held(row),
                source: row.string("source"), loadedBy: row.int("loaded_by"), loadedFrom: row.string("loaded_from"),
                replacedBy: replacedBy, replacedAt: row.string("revised_at") ?? "",
                isCorrection: (row.int("correction") ?? 0) != 0))
        }
        for (key, list) in all {
            guard let figure = figures[key] else { continue }
            var own = list[...]
            if let reuse = Self.keyReuse(list, of: figure) {
                reusedKeys[key] = Self.reuses(list, upTo: reuse)
                own = list[(reuse + 1)...]
            }
            own = Self.markingSuppressedLater(own)
            let kept = Self.numberChanges(Array(own), of: figure)
            if !kept.isEmpty { revisions[key] = kept.reversed() }
        }
    }

    /// `list` (oldest first) with `suppressedLater` set on each state followed by one published
    /// only as `<k`, whatever the later row's kind (`FigureRevision.isWithheld`). Marked before
    /// `numberChanges` leaves rows out, so that a suppression a correction or an unchanged
    /// load recorded still withholds what came before it.
    static func markingSuppressedLater(_ list: ArraySlice<FigureRevision>) -> ArraySlice<FigureRevision> {
        var marked = list
        var laterCensored = false
        for index in marked.indices.reversed() {
            marked[index].suppressedLater = laterCensored
            if marked[index].censored { laterCensored = true }
        }
        return marked
    }

    /// What a stored state was a figure of; nil for a state that does not say (no measure).
    private static func held(_ row: Row) -> FigureIdentity? {
        FigureIdentity(
            stored: row.string("measure"), place: row.string("place"), periodStart: row.string("period_start"),
            periodEnd: row.string("period_end"), sex: row.string("sex"), ageGroup: row.string("age_group"), form: row.string("form"))
    }

    /// The index in `list` (oldest first) of the last revision that put another figure under the
    /// key (`FigureIdentity.lastReuse`, the one rule ingest's warning, check and
    /// `Database.keepingCorrections` use too, and that m0046's `figure_citations` writes in SQL).
    /// Nil when the key never held another.
    ///
    /// Why: an update by key replaces whatever the key held. A colleague's file that reused `f1`,
    /// forced labour in Nepal, for the trafficking victims of Nepal read in briefs as the source
    /// revising 1.5 million to 170,000: two figures, and no revision of either's number.
    static func keyReuse(_ list: [FigureRevision], of figure: FigureRecord) -> Int? {
        FigureIdentity.lastReuse(list.map { ($0.held, $0.isCorrection) }, now: FigureIdentity(
            measure: figure.measure, place: figure.place, periodStart: figure.periodStart, periodEnd: figure.periodEnd,
            sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form))
    }

    /// The reuses of a key up to the one at `last`, oldest first: each earlier one by the same rule
    /// (`FigureIdentity.lastReuse`), with the figure the key held until the later one as "now".
    ///
    /// Why all of them: a key moved twice, from forced labour in Nepal to victims in Nepal, then to
    /// India, held two figures before this one; a note naming only the last left a reader of a brief
    /// made before the first move taking its `f1` for the Nepal victims.
    static func reuses(_ list: [FigureRevision], upTo last: Int) -> [FigureRevision] {
        var found = [list[last]]
        var end = last
        while let now = list[end].held,
              let earlier = FigureIdentity.lastReuse(list[..<end].map { ($0.held, $0.isCorrection) }, now: now) {
            found.insert(list[earlier], at: 0)
            end = earlier
        }
        return found
    }

    /// The revisions in `list` (oldest first) that changed the figure's number, oldest first: its
    /// value, censoring, bounds or unit (3 persons and 3 per 1,000 are two numbers).
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
            let immediate = later.first.map { revision.numberDiffers(from: $0) } ?? revision.numberDiffers(from: figure)
            guard immediate else { continue }
            let next = revision.isCorrection ? later.first : later.first { !$0.isCorrection }
            let differs = next.map { revision.numberDiffers(from: $0) } ?? revision.numberDiffers(from: figure)
            if differs { kept.append(revision) }
        }
        return kept
    }
}
