extension Search {
    /// The note for a search of a database that holds no source, study or figure: nothing can
    /// match, and what loads them.
    ///
    /// Why: on a database just made with `tipdb init`, `tipdb search forced labour` printed
    /// "(0 results)" alone, and `tipdb search nigeria` a note that no figure is for Nigeria, which
    /// read as tipdb knowing of no such figure anywhere rather than as an empty file (newcomer
    /// review, session 50). The notes about the query's words are left out: every word is
    /// unmatched in an empty database.
    static let emptyDatabaseNote = "the database holds no sources, studies or figures yet, so no search finds anything; "
        + "load them with tipdb ingest, as in tipdb ingest sources.json studies.csv figures.csv"

    /// Whether the database holds no source, study or figure: three lookups of a first row.
    func holdsNothing() throws -> Bool {
        try db.integer("""
            SELECT NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM studies)
              AND NOT EXISTS (SELECT 1 FROM figures)
            """) == 1
    }
}
