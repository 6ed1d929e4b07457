/// The figures counted under a definition their producer's earlier editions did not use: those
/// tagged `series-break` (`Figure.seriesBreakTag`), and, untagged, the other figures of the same
/// series (measure, place, sex, age group, form, breakdown and unit) that the same edition, or a
/// later edition of the same producer, gives (`implied`).
///
/// Why a break belongs to an edition's series, not to the one figure tagged: a 2024 monitor that
/// re-counted 2016 under a new definition counts 2023 under it too, yet its 1,900 for 2023,
/// untagged, was drawn on the old definition's line after 2012's 1,711 and 2016's 952 (session 54's
/// closing note). A definition changes from an edition on; an analyst tags the re-count they can
/// compare, rarely every year of the edition. Erring this way keeps apart two numbers that might
/// have been comparable, which the brief says (its caution names each such figure); erring the
/// other way drew a change of definition as a change over time, which nothing said.
///
/// Editions are told as `LaterEditions` tells them (sources sharing a producer's name, neither a
/// copy nor a bulk export's release, the later one published later by dates that tell it).
public struct SeriesBreaks: Sendable {
    /// An untagged figure taken as counted under the new definition, and the tagged figure that says so.
    public struct Implied: Sendable, Equatable {
        /// The tagged figure: the same edition's when it has one, else the latest earlier edition's;
        /// of those, the one whose period starts first.
        public let tagged: String
        /// Its source, and its reference period as stored.
        public let taggedSource: String
        public let taggedPeriodStart: String
        public let taggedPeriodEnd: String
        /// Whether the tagged figure is of the same edition (source) as the untagged one.
        public let sameEdition: Bool
    }

    /// The keys of the figures tagged `series-break`.
    public let tagged: Set<String>
    /// The untagged figures of a series a tagged figure broke, by key.
    public let implied: [String: Implied]

    public static let none = SeriesBreaks(tagged: [], implied: [:])

    /// Whether the figure is counted under a new definition: tagged, or implied.
    public func contains(_ key: String) -> Bool {
        tagged.contains(key) || (!implied.isEmpty && implied[key] != nil)
    }

    /// Every key `contains` is true for.
    public var all: Set<String> { tagged.union(implied.keys) }

    /// Reads the tagged figures and the figures they imply: one query over the few tagged figures'
    /// series (by the index on measure and place); nothing more in a database that tags none.
    public static func find(in db: Database) throws -> SeriesBreaks {
        let tagged = Set(try db.rows("SELECT figure FROM figure_tags WHERE tag = ?1", [Figure.seriesBreakTag]).compactMap { $0.string("figure") })
        guard !tagged.isEmpty else { return .none }
        let rows = try db.rows("""
            SELECT o.key AS figure, o.source AS source, t.key AS tagged, t.source AS tagged_source,
                t.period_start AS tagged_start, t.period_end AS tagged_end
            FROM figure_tags g
            JOIN figures t ON t.key = g.figure
            JOIN figures o ON o.measure = t.measure AND o.place = t.place AND o.sex = t.sex AND o.age_group = t.age_group
                AND o.form IS t.form AND o.unit = t.unit AND o.key <> t.key
            WHERE g.tag = ?1 AND o.cites IS NULL AND o.method <> 'reported'
              AND NOT EXISTS (SELECT 1 FROM figure_tags x WHERE x.figure = o.key AND x.tag = ?1)
              AND (SELECT group_concat(dimension || ':' || category, ';') FROM
                      (SELECT dimension, category FROM figure_breakdowns WHERE figure = o.key ORDER BY dimension))
                  IS (SELECT group_concat(dimension || ':' || category, ';') FROM
                      (SELECT dimension, category FROM figure_breakdowns WHERE figure = t.key ORDER BY dimension))
            ORDER BY o.key, t.period_start, t.period_end, t.key
            """, [Figure.seriesBreakTag])
        guard !rows.isEmpty else { return SeriesBreaks(tagged: tagged, implied: [:]) }
        // Editions are read only when another source than the tagged figure's own gives the series.
        let editions = rows.contains { $0.string("source") != $0.string("tagged_source") } ? try LaterEditions.editionDates(db) : [:]
        var implied: [String: Implied] = [:]
        for row in rows {
            guard let key = row.string("figure"), let source = row.string("source"), let taggedKey = row.string("tagged"),
                  let taggedSource = row.string("tagged_source") else { continue }
            let same = source == taggedSource
            if !same {
                // A later edition of the tagged figure's producer; an earlier one keeps the earlier definition.
                guard let mine = editions[source], let theirs = editions[taggedSource], !mine.names.isDisjoint(with: theirs.names),
                      LaterEditions.isLater(mine.published, than: theirs.published) else { continue }
            }
            let found = Implied(
                tagged: taggedKey, taggedSource: taggedSource, taggedPeriodStart: row.string("tagged_start") ?? "",
                taggedPeriodEnd: row.string("tagged_end") ?? "", sameEdition: same)
            // The same edition's tag first, else the latest earlier edition's; the first period of either.
            if let known = implied[key] {
                if known.sameEdition { continue }
                if !same, let knownEdition = editions[known.taggedSource], let edition = editions[taggedSource],
                   !LaterEditions.isLater(edition.published, than: knownEdition.published) { continue }
            }
            implied[key] = found
        }
        return SeriesBreaks(tagged: tagged, implied: implied)
    }
}
