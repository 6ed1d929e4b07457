import Storage

/// A note for the counts from records (detected victims, criminal-justice counts) a figures file
/// wrote that another edition of their producer's series also gives, under another source, for
/// the same measure, place, subgroup, unit and period: a note, not a refusal, since a yearly
/// monitor that revises last year for late returns publishes exactly that.
///
/// Why: a rapporteur's office loaded its 2024 monitor, whose 925 detected victims for 2022 revise
/// the 2023 monitor's 910, and ingest said only "3 inserted", while the brief then called the two
/// monitors different data collections that disagree (session 51). The note says how briefs take
/// the two (`EditionRevisions` in Report): the later edition's number, as that series' revision.
///
/// Editions are told as the brief tells them: sources sharing a producer's name (`ProducerNames`),
/// not releases of one export nor second-hand copies (judged by their own rules), the later one
/// published later by dates that tell it. Cost: one query over the batch's figures of record-count
/// measures; a file of estimates, or a bulk load (`Ingester.warnAboutLoadedFigures`), costs nothing more.
enum EditionNote {
    /// How many figures the note names before "and N more".
    static let listed = 5

    /// The figures of the batch's measures, places and subgroups (the batch's own included) that
    /// could be one figure of two editions: their slots are compared in memory (`EditionSlots`).
    private static let candidates = """
        WITH batch AS (
            SELECT DISTINCT f.measure, f.place, f.sex, f.age_group, f.form, f.unit
            FROM figures f
            JOIN measures m ON m.code = f.measure AND m.counts IN ('detected-count', 'criminal-justice-count')
            WHERE f.batch_id = ?1 AND f.cites IS NULL AND f.method <> 'reported' AND f.period_basis = 'stated'
                AND f.source NOT IN (SELECT source FROM series_vintages)
        )
        SELECT \(EditionSlots.columns), -- // sql-constant: fixed column list
            o.value AS value, o.censored AS censored, o.batch_id = ?1 AS loaded,
            EXISTS (SELECT 1 FROM figure_tags t WHERE t.figure = o.key AND t.tag = 'series-break') AS tagged
        FROM batch b
        JOIN figures o ON o.measure = b.measure AND o.place = b.place AND o.sex = b.sex AND o.age_group = b.age_group
            AND o.form IS b.form AND o.unit = b.unit
        WHERE o.cites IS NULL AND o.method <> 'reported' AND o.period_basis = 'stated'
            AND o.source NOT IN (SELECT source FROM series_vintages)
        ORDER BY o.key
        """

    /// The note for the figures `batch` wrote, or nil when none restates another edition's count.
    static func note(db: Database, batch: Int64) throws -> String? {
        let slots = EditionSlots.slots(try db.rows(candidates, [batch]))
        guard !slots.isEmpty else { return nil }
        // Untagged figures of a series an edition's tag broke are re-counts too (`SeriesBreaks`): no revision to note.
        let breaks = try SeriesBreaks.find(in: db)
        var sources: [String: Source] = [:]
        func source(_ key: String) throws -> Source? {
            if let known = sources[key] { return known }
            let found = try db.source(key: key)
            sources[key] = found
            return found
        }
        // Each of the batch's figures with the first other figure of its slot that another edition gives, by key.
        var pairs: [(key: String, row: Row, other: Row, theirs: Source, later: Bool)] = []
        for slot in slots {
            for row in slot where row.int("loaded") == 1 && row.int("tagged") != 1 {
                guard let key = row.string("key"), !breaks.contains(key), let mine = try row.string("source").flatMap(source),
                      mine.republisher == nil else { continue }
                for other in slot where other.int("tagged") != 1 {
                    guard let otherKey = other.string("key"), !breaks.contains(otherKey), let theirs = try other.string("source").flatMap(source),
                          theirs.key != mine.key, theirs.republisher == nil,
                          !ProducerNames.of(mine).isDisjoint(with: ProducerNames.of(theirs)),
                          let order = order(mine.published ?? "", theirs.published ?? "") else { continue }
                    pairs.append((key, row, other, theirs, order))
                    break
                }
            }
        }
        let number = { (value: Double?, censored: Bool) in censored ? "a censored count" : value.map(NumberText.plain) ?? "a range" }
        let named = pairs.sorted { $0.key < $1.key }.map { pair in
            let given = number(pair.row.double("value"), pair.row.int("censored") == 1)
            let otherGiven = number(pair.other.double("value"), pair.other.int("censored") == 1)
            return "\(pair.key) (\(given); \(pair.later ? "earlier" : "later") edition \(pair.theirs.key), published "
                + "\(pair.theirs.published ?? ""), gives \(otherGiven) as \(pair.other.string("key") ?? ""))"
        }
        guard !named.isEmpty else { return nil }
        let count = named.count
        let listed = named.prefix(Self.listed).joined(separator: "; ") + (count > Self.listed ? "; and \(count - Self.listed) more" : "")
        return "\(count == 1 ? "1 figure gives a count" : "\(count) figures give counts") that another edition of the same producer's "
            + "series gives under another source, for the same measure, place, subgroup and period: \(listed). Loaded as "
            + "\(count == 1 ? "a figure" : "figures") of \(count == 1 ? "its" : "their") own; briefs take the later edition's number "
            + "as that series' later number, not as a source that disagrees: a revision, or a re-count under a changed definition, "
            + "which the numbers alone do not tell (tag a re-count \(Figure.seriesBreakTag) to keep the two apart as a series break)"
    }

    /// True when `mine` was published after `theirs`, false when before, nil when the dates as
    /// written do not tell (one missing, the same, or `2024` beside `2024-10-01`).
    private static func order(_ mine: String, _ theirs: String) -> Bool? {
        guard !mine.isEmpty, !theirs.isEmpty, !mine.hasPrefix(theirs), !theirs.hasPrefix(mine) else { return nil }
        return mine > theirs
    }
}
