import Foundation

extension SchemaDocumentation {
    /// Tables with one row per person (CTDC case data): never listed for browsing.
    public static let caseLevelTables: Set<String> = ["cases"]

    /// The full-text index of each table and view that `tipdb search` searches, and the column
    /// the index's rowid is: Datasette's `fts_table` and `fts_pk`.
    ///
    /// Why in the metadata: Datasette finds an index by itself only where the index's SQL reads
    /// `content="sources"` or `content=[sources]`; tipdb's migrations write `content = 'sources'`,
    /// and figures_fts reads its text from the view figures_searchable, not from figures. Without
    /// these, those tables get no search box and `?_search=` is ignored without a word, returning
    /// every row. figures_fts's rowid is the figure's id (figures.id, figures_searchable.id), so
    /// both the figures table and figures_searchable search what `tipdb search` does.
    public static let searchIndexes: [String: (table: String, rowid: String)] = [
        "sources": ("sources_fts", "id"),
        "studies": ("studies_fts", "id"),
        "figures": ("figures_fts", "id"),
        "figures_searchable": ("figures_fts", "id"),
    ]

    /// What a table of figures (`DatasetteSource.figureTables`) gives as its `source` when its
    /// figures come from several sources: where each row's source is, in the columns that table has.
    ///
    /// Why per table: one text for all pointed figure_lineage, figure_breakdowns and
    /// figure_revisions to a `source` column none of them has. Every column named here is written
    /// `the NAME column` (of that table) or `table.column`, which DatasetteSourceTextTests checks
    /// against the schema.
    public static let perRowSource: [String: String] = [
        "figures": "Each row cites its own source: see the source column and the sources table",
        "figure_citations": "Each row cites its own source: see the source column and the sources table; the citation column cites it as a brief's references do, and an earlier number (previous_value) is the previous_source column's, which may be another source",
        "latest_estimates": "Each row cites its own source: see the source column and the sources table",
        "figure_lineage": "Each row follows a figure to the source its number comes from: see the primary_source column and the sources table; the figure's own source is figures.source (join the figure column to figures.key)",
        "figure_breakdowns": "Each row restricts a figure, which cites its own source: join the figure column to figures.key and see figures.source and the sources table",
        "figure_revisions": "Each row keeps an earlier state of a figure, which cites its own source: join the figure column to figures.key and see figures.source and the sources table (the source before the change is in the previous column, as JSON)",
    ]

    /// A Datasette `metadata.json` with the same descriptions as SCHEMA.md: title, description
    /// and source for the database, and per table its description and column descriptions.
    /// The tables in `hidden` (``hiddenTables(_:)`` for a database) are marked hidden.
    ///
    /// The tables of figures (`DatasetteSource.figureTables`) get a `source`, `source_url` and
    /// `license` when every row of the table comes from one source (`figureSources`, by table, from
    /// `DatasetteSource.ofEachTable(in:)`: the source's own URL and licence, each only when it has
    /// one); otherwise their source says where each row's is. The `sources` table's description
    /// says that its URLs and licences are per row. No licence is given for the database as a
    /// whole: Datasette would apply it to every table,
    /// tipdb's reference tables (places, measures) included, which are not the source's.
    /// The tables of ``searchIndexes`` get their `fts_table` and `fts_pk` when the index is there.
    ///
    /// See <https://docs.datasette.io/en/stable/metadata.html>.
    public func datasetteMetadata(
        databaseName: String, hidden: Set<String> = caseLevelTables, figureSources: [String: DatasetteSource] = [:]
    ) throws -> String {
        var tables: [String: Any] = [:]
        let names = Set(objects.map(\.name))
        for object in objects {
            var columns: [String: String] = [:]
            for column in object.columns where !column.description.isEmpty {
                columns[column.name] = column.description
            }
            var table: [String: Any] = ["description": object.description, "columns": columns]
            if DatasetteSource.figureTables.contains(object.name) {
                if let figureSource = figureSources[object.name] {
                    table["source"] = figureSource.text
                    if let url = figureSource.url { table["source_url"] = url }
                    if let license = figureSource.license { table["license"] = license }
                } else {
                    table["source"] = Self.perRowSource[object.name] ?? Self.perRowSource["figures", default: ""]
                }
            }
            if object.name == "sources" {
                table["description"] = object.description
                    + " Sources are per row: each has its own url and license columns, so the table as a whole gives no one source, URL or licence."
            }
            if let index = Self.searchIndexes[object.name], names.contains(index.table) {
                table["fts_table"] = index.table
                table["fts_pk"] = index.rowid
            }
            if hidden.contains(object.name) {
                // Hidden from Datasette's table list; it cannot stop a query, which is why the
                // README says never to publish a database that holds case rows.
                table["hidden"] = true
            }
            tables[object.name] = table
        }
        let metadata: [String: Any] = [
            "title": "tipdb: figures on human trafficking and forced labour",
            "description": "Published figures with their source, definition (measure), place, reference period, uncertainty and lineage. Made with tipdb \(TipdbVersion.current).",
            "source": "tipdb (each figure cites its own source; see the sources table)",
            "databases": [databaseName: ["tables": tables]],
        ]
        return try JSONLayout.document(jsonObject: metadata)
    }
}
