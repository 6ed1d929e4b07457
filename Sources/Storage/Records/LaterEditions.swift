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
        // The slots of the figures asked about (every edition's figure when none are named), then
        // every edition's figure of those measures, places, subgroups and years, read through
        // `figures_by_measure_place` and paired in memory slot by slot (`EditionSlots`). The year
        // keeps the index's range to it: without it, a search's 20 keys read every year of their
        // places (4 ms to 86 ms for 20 subgroups of a place with 15,000 figures, review of session 60).
        let sql = """
            WITH editions(source) AS (SELECT value FROM json_each(?1)),
            asked AS (
                SELECT DISTINCT f.measure, f.place, f.sex, f.age_group, f.form, f.unit, substr(f.period_end, 1, 4) AS year
                FROM figures f
                JOIN measures m ON m.code = f.measure AND m.counts IN ('detected-count', 'criminal-justice-count')
                WHERE f.source IN editions AND f.cites IS NULL AND f.method <> 'reported' AND f.period_basis = 'stated'
                    \(keys == nil ? "" : "AND f.key IN (SELECT value FROM json_each(?2))") -- // sql-constant: a fixed condition, or none
            )
            SELECT \(EditionSlots.columns), -- // sql-constant: fixed column list
                o.value AS value, o.censored AS censored, o.low AS low, o.high AS high, o.value_last_digit AS digit,
                \(label) AS label -- // sql-constant: a fixed subquery, or NULL for a schema without source_labels
            FROM asked a
            JOIN figures o ON o.measure = a.measure AND o.place = a.place AND o.sex = a.sex AND o.age_group = a.age_group
                AND o.form IS a.form AND o.unit = a.unit AND o.period_end BETWEEN a.year AND a.year || '-99'
            WHERE o.source IN editions AND o.cites IS NULL AND o.method <> 'reported' AND o.period_basis = 'stated'
            ORDER BY o.key
            """
        var found: [String: LaterEdition] = [:]
        // A re-count under another definition: tagged `series-break`, or of an edition's series that a tag broke.
        let breaks = try SeriesBreaks.find(in: db)
        let arguments = [JSONString.array(editions.keys.sorted())] + (keys.map { [JSONString.array($0)] } ?? [])
        let asked = keys.map(Set.init)
        // Each earlier figure against the others of its slot, both in key order, as the pairs were read before.
        for slot in EditionSlots.slots(try db.rows(sql, arguments)) {
            for row in slot {
                guard let key = row.string("key"), asked?.contains(key) ?? true,
                      let mine = row.string("source").flatMap({ editions[$0] }) else { continue }
                for other in slot {
                    guard let otherKey = other.string("key"), let theirs = other.string("source").flatMap({ editions[$0] }),
                          theirs.key != mine.key, !mine.names.isDisjoint(with: theirs.names),
                          isLater(theirs.published, than: mine.published)
                    else { continue }
                    // The latest edition that gives the period: a third edition revises the second's revision.
                    if let known = found[key], !isLater(theirs.published, than: known.published) { continue }
                    let value = row.double("value"), otherValue = other.double("value")
                    let censored = row.int("censored") == 1, otherCensored = other.int("censored") == 1
                    found[key] = LaterEdition(
                        earlier: key, earlierSource: mine.key, earlierValue: value, earlierCensored: censored, key: otherKey, source: theirs.key,
                        sourceLabel: other.string("label"), published: theirs.published, value: otherValue, censored: otherCensored,
                        low: other.double("low"), high: other.double("high"), valueLastDigit: other.int("digit").map { Int($0) },
                        unit: other.string("unit") ?? "", differs: censored != otherCensored || value != otherValue,
                        seriesBreak: breaks.contains(otherKey) && !breaks.contains(key))
                }
            }
        }
        return found
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
