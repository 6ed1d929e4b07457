extension SchemaDocumentation {
    /// The sources (dataset versions) whose derived figures a newer derived version of the same
    /// dataset supersedes, as `latest_estimates` has it (m0009): a SELECT of one column, for
    /// `IN (...)`. Shared by the reports, which leave those figures out, and by the warnings below.
    public static let supersededDerivedSources = """
        SELECT d.source FROM datasets d
        JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
        JOIN derivations r ON r.dataset_id = newer.id
        """

    /// The ingest batches of case-level files: the rows of `ingest_rejects` they refused are
    /// about people (a line of the file, and the refused value in the reason).
    static let caseBatches = "SELECT id FROM ingest_batches WHERE format = 'ctdc'"

    /// What to run on a copy to publish it without personal data. VACUUM, because deleted rows
    /// stay in the file's free pages until it runs, and `tipdb backup` copies pages as they are.
    static let cleanCopy = "tipdb backup copy.sqlite, then sqlite3 copy.sqlite \"DELETE FROM cases; DELETE FROM ingest_rejects WHERE batch_id IN (\(caseBatches)); VACUUM\""

    /// The tables `metadata.json` hides from Datasette's table list: `cases` always, and
    /// `ingest_rejects` when it holds rows refused from a case-level file (Datasette hides tables,
    /// not rows).
    public static func hiddenTables(_ db: Database) throws -> Set<String> {
        try caseRejects(db) > 0 ? caseLevelTables.union(["ingest_rejects"]) : caseLevelTables
    }

    /// Rows of `ingest_rejects` refused from case-level files.
    static func caseRejects(_ db: Database) throws -> Int64 {
        try db.integer("SELECT count(*) FROM ingest_rejects WHERE batch_id IN (" + caseBatches + ")")  // sql-constant: a constant subquery
    }

    /// What publishing this database (for example with Datasette) would expose beyond its
    /// published figures, one warning each; empty when nothing would be.
    ///
    /// Why warn at export: `metadata.json` hides `cases` from Datasette's table list, but a hidden
    /// table still answers a query, and the README's advice not to publish such a file is read
    /// long before the moment it matters.
    public static func publicationWarnings(_ db: Database) throws -> [String] {
        var warnings: [String] = []
        let cases = try db.integer("SELECT count(*) FROM cases")
        if cases > 0 {
            warnings.append("the database holds \(cases) case-level row\(cases == 1 ? "" : "s") (personal data, table cases): the metadata hides the table from Datasette's list, but anyone who can query the database can read them; publish a copy without them (\(cleanCopy)) or the derived figures only")
        }
        let rejects = try caseRejects(db)
        if rejects > 0 {
            warnings.append("ingest_rejects holds \(rejects) row\(rejects == 1 ? "" : "s") refused from case-level files (personal data: the line of a person's row and the value refused): the metadata hides ingest_rejects from Datasette's list, but anyone who can query the database can read \(rejects == 1 ? "it" : "them"); publish a copy without \(rejects == 1 ? "it" : "them") (\(cleanCopy))")
        }
        let superseded = try db.integer("SELECT count(*) FROM figures WHERE source IN (" + supersededDerivedSources + ")")  // sql-constant: a constant subquery
        if superseded > 0 {
            warnings.append("\(superseded) figure\(superseded == 1 ? " is" : "s are") derived from a dataset version that a newer derived version supersedes: side by side with the newer counts, they can single out the people added or removed between versions (briefs leave them out); delete them from the copy you publish")
        }
        return warnings
    }
}
