/// The one source every figure of a database comes from, as Datasette's metadata gives a table
/// its `source`, `source_url` and `license`.
///
/// Why only then: Datasette has one source and one licence per table, and a table of figures from
/// several sources has none that is right for every row (each row names its own; the `sources`
/// table holds each one's URL and licence). Naming one of them for the table would misattribute
/// the others' rows.
public struct DatasetteSource: Equatable, Sendable {
    /// `UNODC (2025). Global Report on Trafficking in Persons` or `van der Berg, Jan (2018). ...`,
    /// with `, republished by Our World in Data` for a second-hand copy (`Source.republisher`).
    public var text: String
    public var url: String?
    public var license: String?

    /// The tables and views whose every row is one figure (or a figure's breakdown, revision or
    /// lineage), and so comes from that figure's source.
    public static let figureTables: Set<String> = [
        "figures", "figure_citations", "latest_estimates", "figure_lineage", "figure_breakdowns", "figure_revisions",
    ]

    public init(_ source: Source) {
        // Led as the reference list leads the entry (`SourceLabel.leadText`): the authors, else the
        // publisher; the publisher first credited a journal with its authors' article.
        var text = "\(SourceLabel.leadText(source)) (\(SourceLabel.year(of: source))). \(source.richTitle.plain)"
        if let republisher = source.republisher, republisher != source.publisher { text += ", republished by \(republisher)" }
        self.text = text
        url = source.url
        license = source.license
    }

    /// The source of every figure in `db`, or nil when the figures come from several sources or
    /// there are none.
    public static func ofEveryFigure(in db: Database) throws -> DatasetteSource? {
        let keys = try db.rows("SELECT DISTINCT source FROM figures LIMIT 2").compactMap { $0.string("source") }
        guard keys.count == 1, let source = try db.source(key: keys[0]) else { return nil }
        return DatasetteSource(source)
    }
}
