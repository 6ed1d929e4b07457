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

    /// The batch's figures that another source's figure matches (same measure, place, subgroup,
    /// unit and period as written; their days are compared after), with that figure.
    private static let candidates = """
        SELECT f.key, f.value, f.censored, f.source, f.period_start, f.period_end,
            o.key AS other, o.value AS other_value, o.censored AS other_censored, o.source AS other_source,
            o.period_start AS other_start, o.period_end AS other_end
        FROM figures f
        JOIN measures m ON m.code = f.measure AND m.counts IN ('detected-count', 'criminal-justice-count')
        JOIN figures o ON o.measure = f.measure AND o.place = f.place AND o.sex = f.sex AND o.age_group = f.age_group
            AND o.form IS f.form AND o.unit = f.unit AND o.source <> f.source
            AND o.cites IS NULL AND o.method <> 'reported' AND o.period_basis = 'stated'
        WHERE f.batch_id = ?1 AND f.cites IS NULL AND f.method <> 'reported' AND f.period_basis = 'stated'
            AND \(LaterEditions.sameBreakdownsSQL("f.key", "o.key")) -- // sql-constant: fixed subqueries over column names
            AND f.source NOT IN (SELECT source FROM series_vintages)
            AND NOT EXISTS (SELECT 1 FROM figure_tags t WHERE t.figure IN (f.key, o.key) AND t.tag = 'series-break')
            AND o.source NOT IN (SELECT source FROM series_vintages)
        ORDER BY f.key, o.key
        """

    /// The note for the figures `batch` wrote, or nil when none restates another edition's count.
    static func note(db: Database, batch: Int64) throws -> String? {
        let rows = try db.rows(candidates, [batch])
        guard !rows.isEmpty else { return nil }
        // Untagged figures of a series an edition's tag broke are re-counts too (`SeriesBreaks`): no revision to note.
        let breaks = try SeriesBreaks.find(in: db)
        var sources: [String: Source] = [:]
        func source(_ key: String) throws -> Source? {
            if let known = sources[key] { return known }
            let found = try db.source(key: key)
            sources[key] = found
            return found
        }
        var named: [String] = []
        var seen: Set<String> = []
        for row in rows {
            guard let key = row.string("key"), let other = row.string("other"), !seen.contains(key),
                  !breaks.contains(key), !breaks.contains(other),
                  let mine = try row.string("source").flatMap(source), let theirs = try row.string("other_source").flatMap(source),
                  mine.republisher == nil, theirs.republisher == nil,
                  !ProducerNames.of(mine).isDisjoint(with: ProducerNames.of(theirs)),
                  let start = row.string("period_start"), let end = row.string("period_end"),
                  let otherStart = row.string("other_start"), let otherEnd = row.string("other_end"),
                  PeriodDays.first(start) == PeriodDays.first(otherStart), PeriodDays.last(end) == PeriodDays.last(otherEnd),
                  let order = order(mine.published ?? "", theirs.published ?? "") else { continue }
            seen.insert(key)
            let number = { (value: Double?, censored: Bool) in censored ? "a censored count" : value.map(NumberText.plain) ?? "a range" }
            let given = number(row.double("value"), row.int("censored") == 1)
            let otherGiven = number(row.double("other_value"), row.int("other_censored") == 1)
            named.append("\(key) (\(given); \(order ? "earlier" : "later") edition \(theirs.key), published \(theirs.published ?? ""), "
                + "gives \(otherGiven) as \(other))")
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
