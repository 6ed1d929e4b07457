extension SchemaDocumentation {
    /// The sources (dataset versions) whose derived figures a newer derived version of the same
    /// dataset supersedes, as `latest_estimates` has it (m0009): a SELECT of one column, for
    /// `IN (...)`. Shared by the reports, which leave those figures out, and by the warnings below.
    public static let supersededDerivedSources = """
        SELECT d.source FROM datasets d
        JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
        JOIN derivations r ON r.dataset_id = newer.id
        """

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
            warnings.append("the database holds \(cases) case-level row\(cases == 1 ? "" : "s") (personal data, table cases): the metadata hides the table from Datasette's list, but anyone who can query the database can read them; publish a copy without them (tipdb backup copy.sqlite, then DELETE FROM cases in copy.sqlite with the sqlite3 shell) or the derived figures only")
        }
        let superseded = try db.integer("SELECT count(*) FROM figures WHERE source IN (" + supersededDerivedSources + ")")  // sql-constant: a constant subquery
        if superseded > 0 {
            warnings.append("\(superseded) figure\(superseded == 1 ? " is" : "s are") derived from a dataset version that a newer derived version supersedes: side by side with the newer counts, they can single out the people added or removed between versions (briefs leave them out); delete them from the copy you publish")
        }
        return warnings
    }
}
