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

    /// The tables of figures whose rows also hold earlier numbers of a figure, which may be
    /// another source's: `figure_revisions` (each earlier state, source included, in `previous`)
    /// and `figure_citations` (`previous_value`, published by `previous_source`).
    public static let revisionTables: Set<String> = ["figure_revisions", "figure_citations"]

    /// For each table of figures (`figureTables`) whose every row comes from one source, that
    /// source; a table whose rows come from several has none.
    ///
    /// Why per table: with one source in `figures`, `figure_revisions` and `figure_citations`
    /// still hold the earlier numbers of a figure whose source changed, another source's, and the
    /// metadata gave them the figures' source and licence: an all-rights-reserved number shown
    /// under "License: OGL v3.0" (publisher's review, session 49). Those two get the source only
    /// when every earlier state in `figure_revisions` is that source's too (one whose JSON cannot
    /// be read counts as another's).
    public static func ofEachTable(in db: Database) throws -> [String: DatasetteSource] {
        let keys = try db.rows("SELECT DISTINCT source FROM figures LIMIT 2").compactMap { $0.string("source") }
        guard keys.count == 1, let source = try db.source(key: keys[0]) else { return [:] }
        let others = try db.integer(
            "SELECT EXISTS (SELECT 1 FROM figure_revisions WHERE (CASE WHEN json_valid(previous) THEN previous ->> '$.source' END) IS NOT ?)",
            [keys[0]])
        let tables = others == 0 ? figureTables : figureTables.subtracting(revisionTables)
        return Dictionary(uniqueKeysWithValues: tables.map { ($0, DatasetteSource(source)) })
    }
}
