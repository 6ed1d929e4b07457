extension SchemaRepair {
    /// What the rest of the database says about a dropped table of data: whether it can only
    /// have been empty, or what shows it may have held rows.
    public enum Holdings: Sendable, Equatable {
        /// Nothing in the database refers to rows it could have held: it is recreated empty.
        case empty
        /// "3 series vintages refer to it": rows that show it may have held data.
        case shownBy(String)
        /// Nothing tells: tipdb knows no rows that would point to its rows, or cannot read them.
        case unknown
    }

    /// A table whose rows are only ever written alongside rows of another table, counted by
    /// `query`: none of those, and the table was empty.
    struct EmptinessRule {
        var query: String
        var singular: String
        var plural: String
    }

    /// Why these, and only these: each is written by one command that leaves its own trace in a
    /// table that stays (a bulk series' vintages, a batch's refused rows or `--on-error skip`, a
    /// retract or derive batch, a dataset version, a measure a measures file loaded). Any other table of data (`figures`,
    /// `sources`, ...) may hold rows nothing refers to, so only a backup can tell (review of
    /// session 41: repair told a user to restore a backup for a table that never held a row).
    static let emptinessRules: [String: EmptinessRule] = [
        "series_figures": EmptinessRule(
            query: "SELECT count(*) FROM series_vintages",
            singular: "1 series vintage refers to it", plural: "%d series vintages refer to it"),
        "ingest_rejects": EmptinessRule(
            query: "SELECT count(*) FROM ingest_batches WHERE rows_rejected > 0 OR options LIKE '%skip%'",
            singular: "1 ingest batch refused rows or ran with --on-error skip",
            plural: "%d ingest batches refused rows or ran with --on-error skip"),
        "figure_retractions": EmptinessRule(
            query: "SELECT count(*) FROM ingest_batches WHERE format = 'retract'",
            singular: "1 batch of tipdb retract wrote to it", plural: "%d batches of tipdb retract wrote to it"),
        "derivations": EmptinessRule(
            query: "SELECT count(*) FROM ingest_batches WHERE format = 'derive'",
            singular: "1 batch of tipdb derive wrote to it", plural: "%d batches of tipdb derive wrote to it"),
        // Only a measure a measures file loaded can be changed by one (tipdb's own are refused), and none is ever deleted.
        "measure_revisions": EmptinessRule(
            query: "SELECT count(*) FROM measures WHERE batch_id IS NOT NULL",
            singular: "1 measure loaded from a measures file may have been changed", plural: "%d measures loaded from measures files may have been changed"),
        "cases": EmptinessRule(
            query: "SELECT count(*) FROM datasets",
            singular: "1 dataset version refers to it", plural: "%d dataset versions refer to it"),
    ]

    /// What shows whether the missing table `name` held rows. `.unknown` when the table it is read
    /// from is missing too, or the query fails for any other reason: never recreated then.
    public static func holdings(ofMissing name: String, in db: Database) -> Holdings {
        guard let rule = emptinessRules[name] else { return .unknown }
        guard let count = try? db.integer(rule.query) else { return .unknown }
        if count == 0 { return .empty }
        return .shownBy(count == 1 ? rule.singular : rule.plural.replacingOccurrences(of: "%d", with: String(count)))
    }

    /// Whether `tipdb migrate --repair` makes the missing table `name` again: a search index's
    /// table or `source_labels`, which hold only what tipdb derives, or a table shown empty.
    public static func recreates(missingTable name: String, in db: Database) -> Bool {
        name == "source_labels" || name.contains("_fts") || holdings(ofMissing: name, in: db) == .empty
    }
}
