extension SchemaRepair {
    /// tipdb's objects that an ingest and a search rely on without a word when they are gone, as
    /// `type name`: each search index (`Audit.searchIndexes`) with FTS5's shadow tables and the
    /// triggers that keep it, the view `figures_fts` indexes, and `source_labels`.
    ///
    /// Why a list and not the whole schema: comparing with tipdb's definitions needs a database
    /// made by every migration (`Migrator.reference()`), too slow for each search; these names are
    /// one read of `sqlite_schema`. An ingest with `figures_fts_insert` dropped loaded figures
    /// that no search found, and one with `figures_fts` dropped failed with SQL of tipdb's own
    /// (review of session 44). `SearchObjectsTests` holds the list to the reference schema.
    public static var searchObjects: [String] {
        Audit.searchIndexes.flatMap { index in
            ["", "_data", "_idx", "_docsize", "_config"].map { "table \(index.name)\($0)" }
                + ["insert", "delete", "update"].map { "trigger \(index.name)_\($0)" }
        } + ["view figures_searchable", "table source_labels"]
    }

    /// Whether one of `searchObjects` is missing from `db`, a database of the current schema:
    /// one read of `sqlite_schema`, cheap enough for every ingest and search, which then compare
    /// the whole schema (`damage(of:)`) to say what is damaged.
    public static func searchObjectMissing(in db: Database) throws -> Bool {
        let present = Set(try db.rows("SELECT type || ' ' || name AS object FROM sqlite_schema WHERE type IN ('table', 'trigger', 'view')")
            .compactMap { $0.string("object") })
        return searchObjects.contains { !present.contains($0) }
    }
}
