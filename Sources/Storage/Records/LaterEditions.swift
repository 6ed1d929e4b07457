/// Counts from records (detected victims, criminal-justice counts) that a later edition of their
/// producer's series gives again for the same measure, place, subgroup, unit and period: for each,
/// the latest edition's figure (`LaterEdition`).
///
/// Why here: the brief's caution said that GLOTIP 2024 revised Nigeria's 1,150 for 2020 (GLOTIP
/// 2022) to 1,210, but `report lineage` called 1,150 "a primary figure" and nothing more, and
/// `search`, `check` and the brief's CSV showed it as current: the tools a witness checks a
/// cited number with were silent on the standard cross-examination question, "has a newer
/// edition revised this number?" (an expert witness's review, session 53). Lineage, search and
/// check read it here; the brief has its own figures in memory (`EditionRevisions` in Report).
///
/// Editions are told as the brief and ingest's note tell them (`EditionNote`): sources sharing a
/// producer's name (`ProducerNames`), neither a second-hand copy (`Source.republisher`) nor a
/// release of a bulk export (`series_vintages`, whose releases have rules of their own), the later
/// one published later by dates that tell it (not `2024` beside `2024-10-01`, nor an undated
/// source); figures that repeat none, are not only reported and state their period, with the same
/// breakdowns (none, or one citizenship) as the later edition's. Cost: the sources are read once; a database where no two sources share a
/// producer (most) reads no figure.
public enum LaterEditions {
    /// For each figure of `keys` (every figure when nil) that a later edition gives again, the
    /// latest edition's figure, by the earlier figure's key.
    public static func find(in db: Database, keys: [String]? = nil) throws -> [String: LaterEdition] {
        if let keys, keys.isEmpty { return [:] }
        let editions = try editionDates(db)
        guard !editions.isEmpty else { return [:] }
        let labelled = try !db.rows("SELECT 1 FROM pragma_table_info('source_labels') LIMIT 1").isEmpty
        let label = labelled ? "(SELECT label FROM source_labels l WHERE l.source = o.source)" : "NULL"
        // The keys' condition is left out when there are none rather than written `?2 IS NULL OR
        // ...`: SQLite cannot use the key's index through the OR, and a search's 20 results then
        // joined every figure of every edition (360 ms of 100,000 figures' 150, session 54).
        let sql = """
            SELECT f.key AS key, f.value AS value, f.censored AS censored, f.source AS source,
                f.period_start AS period_start, f.period_end AS period_end,
                o.key AS other, o.value AS other_value, o.censored AS other_censored, o.source AS other_source,
                o.period_start AS other_start, o.period_end AS other_end, o.low AS other_low, o.high AS other_high,
                o.value_last_digit AS other_digit, o.unit AS unit,
                \(label) AS other_label -- // sql-constant: a fixed subquery, or NULL for a schema without source_labels
            FROM figures f
            JOIN measures m ON m.code = f.measure AND m.counts IN ('detected-count', 'criminal-justice-count')
            JOIN figures o ON o.measure = f.measure AND o.place = f.place AND o.sex = f.sex AND o.age_group = f.age_group
                AND o.form IS f.form AND o.unit = f.unit AND o.source <> f.source
                AND o.cites IS NULL AND o.method <> 'reported' AND o.period_basis = 'stated'
                AND o.source IN (SELECT value FROM json_each(?1))
                AND \(PeriodDays.endsInYearSQL("o.period_end", of: "f.period_end")) -- // sql-constant: column names, for figures_by_measure_place
                AND \(PeriodDays.sameDaysSQL("f", "o")) -- // sql-constant: table aliases
            WHERE f.source IN (SELECT value FROM json_each(?1)) AND f.cites IS NULL AND f.method <> 'reported'
                AND f.period_basis = 'stated'
                \(keys == nil ? "" : "AND f.key IN (SELECT value FROM json_each(?2))") -- // sql-constant: a fixed condition, or none
                AND \(Self.sameBreakdownsSQL("f.key", "o.key")) -- // sql-constant: fixed subqueries over column names
            ORDER BY f.key, o.key
            """
        var found: [String: LaterEdition] = [:]
        // A re-count under another definition: tagged `series-break`, or of an edition's series that a tag broke.
        let breaks = try SeriesBreaks.find(in: db)
        let arguments = [JSONString.array(editions.keys.sorted())] + (keys.map { [JSONString.array($0)] } ?? [])
        for row in try db.rows(sql, arguments) {
            guard let key = row.string("key"), let other = row.string("other"),
                  let mine = row.string("source").flatMap({ editions[$0] }),
                  let theirs = row.string("other_source").flatMap({ editions[$0] }),
                  !mine.names.isDisjoint(with: theirs.names),
                  let start = row.string("period_start"), let end = row.string("period_end"),
                  let otherStart = row.string("other_start"), let otherEnd = row.string("other_end"),
                  PeriodDays.first(start) == PeriodDays.first(otherStart), PeriodDays.last(end) == PeriodDays.last(otherEnd),
                  isLater(theirs.published, than: mine.published)
            else { continue }
            // The latest edition that gives the period: a third edition revises the second's revision.
            if let known = found[key], !isLater(theirs.published, than: known.published) { continue }
            let value = row.double("value"), otherValue = row.double("other_value")
            let censored = row.int("censored") == 1, otherCensored = row.int("other_censored") == 1
            found[key] = LaterEdition(
                earlier: key, earlierSource: mine.key, earlierValue: value, earlierCensored: censored, key: other, source: theirs.key, sourceLabel: row.string("other_label"), published: theirs.published,
                value: otherValue, censored: otherCensored, low: row.double("other_low"), high: row.double("other_high"),
                valueLastDigit: row.int("other_digit").map { Int($0) }, unit: row.string("unit") ?? "",
                differs: censored != otherCensored || value != otherValue, seriesBreak: breaks.contains(other) && !breaks.contains(key))
        }
        return found
    }

    /// Whether the figures whose keys are the columns `a` and `b` have the same breakdowns: both
    /// none, or the same dimensions and categories. Why: two editions' figures for one citizenship
    /// are one figure of the series, as the totals are, and were left out: a later release's Albania
    /// going from 600 to 640 was noticed nowhere (a statistics unit's review, session 55). The
    /// breakdowns are read only for a pair one of which has some. Ingest's `EditionNote` asks the same.
    public static func sameBreakdownsSQL(_ a: String, _ b: String) -> String {
        func breakdowns(_ key: String) -> String {
            "(SELECT group_concat(k, '|') FROM (SELECT x.dimension || '=' || x.category AS k FROM figure_breakdowns x "
                + "WHERE x.figure = \(key) ORDER BY k))"  // sql-constant: a column name
        }
        return "((NOT EXISTS (SELECT 1 FROM figure_breakdowns x WHERE x.figure = \(a)) "  // sql-constant: column names
            + "AND NOT EXISTS (SELECT 1 FROM figure_breakdowns x WHERE x.figure = \(b))) "  // sql-constant: column names
            + "OR \(breakdowns(a)) IS \(breakdowns(b)))"  // sql-constant: fixed subqueries
    }

    /// A source that may be an edition: its key, date and producer's names.
    struct EditionDate {
        let key: String
        let published: String
        let names: Set<String>
    }

    /// The sources that share a producer's name with another such source, by key: dated, neither
    /// a second-hand copy nor a release of a bulk export.
    static func editionDates(_ db: Database) throws -> [String: EditionDate] {
        let vintages = Set(try db.rows("SELECT DISTINCT source FROM series_vintages").compactMap { $0.string("source") })
        var candidates: [EditionDate] = []
        for source in try db.sources() where !vintages.contains(source.key) && source.republisher == nil {
            guard let published = source.published, !published.isEmpty else { continue }
            let names = ProducerNames.of(source)
            if !names.isEmpty { candidates.append(EditionDate(key: source.key, published: published, names: names)) }
        }
        var sharing: [String: Int] = [:]
        for candidate in candidates { for name in candidate.names { sharing[name, default: 0] += 1 } }
        var editions: [String: EditionDate] = [:]
        for candidate in candidates where candidate.names.contains(where: { (sharing[$0] ?? 0) >= 2 }) {
            editions[candidate.key] = candidate
        }
        return editions
    }

    /// Whether `after` is a later date than `before` by dates as written that tell it: `2024` beside
    /// `2024-10-01` does not (`EditionRevisions.isLaterEdition`).
    static func isLater(_ after: String, than before: String) -> Bool {
        !after.isEmpty && !before.isEmpty && after > before && !after.hasPrefix(before)
    }
}
