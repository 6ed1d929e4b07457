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
    /// not rows); and every view that reads one of them (`viewsReading`).
    public static func hiddenTables(_ db: Database) throws -> Set<String> {
        let tables = try caseRejects(db) > 0 ? caseLevelTables.union(["ingest_rejects"]) : caseLevelTables
        return tables.union(try viewsReading(tables, db: db))
    }

    /// The views whose definition names one of `tables`, or a view that does, as a whole word, sorted.
    ///
    /// Why: hiding `ingest_rejects` while listing `open_rejects`, a view of it, left the refused
    /// personal values one click away in Datasette, and the warning called them hidden (review of
    /// session 48). A name in a view's comment hides the view too: the safe side for personal data.
    static func viewsReading(_ tables: Set<String>, db: Database) throws -> [String] {
        var views: [(name: String, words: Set<String>)] = []
        for row in try db.rows("SELECT name, sql FROM sqlite_schema WHERE type = 'view'") {
            guard let name = row.string("name") else { continue }
            let words = (row.string("sql") ?? "").lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
            views.append((name, Set(words)))
        }
        var reading = Set(tables.map { $0.lowercased() })
        var found: [String] = []
        // A view of a view of `cases` reads it too: repeat until no view is added.
        while let next = views.first(where: { !found.contains($0.name) && !$0.words.isDisjoint(with: reading) }) {
            found.append(next.name)
            reading.insert(next.name.lowercased())
        }
        return found.sorted()
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
            let views = try viewsReading(["ingest_rejects"], db: db)
            let alsoHidden = views.isEmpty ? "" : " (and the view\(views.count == 1 ? "" : "s") \(views.joined(separator: ", ")), which read\(views.count == 1 ? "s" : "") it)"
            warnings.append("ingest_rejects holds \(rejects) row\(rejects == 1 ? "" : "s") refused from case-level files (personal data: the line of a person's row and the value refused): the metadata hides ingest_rejects\(alsoHidden) from Datasette's list, but anyone who can query the database can read \(rejects == 1 ? "it" : "them"); publish a copy without \(rejects == 1 ? "it" : "them") (\(cleanCopy))")
        }
        if let versions = try supersededVersionsWarning(db) { warnings.append(versions) }
        return warnings + (try historyWarnings(db))
    }

    /// The warning about figures derived from superseded dataset versions: which versions the
    /// export publishes, and when their tables may still single out the people added or removed
    /// between versions.
    ///
    /// Why not simply "delete them": `tipdb derive` audits a new table together with the tables
    /// already derived from the dataset's other versions, and protects each count that changed by
    /// fewer than `--min-cell` people, so two versions derived in turn by such a tipdb may be
    /// published side by side. A tipdb without that audit protected nothing across versions, and
    /// the database cannot tell its derivations apart (`ingest_batches.tipdb_version` is the same
    /// for every build so far), so the warning gives each version's derivation time, and says how
    /// to know whether the tipdb that made the later one had the audit.
    static func supersededVersionsWarning(_ db: Database) throws -> String? {
        let superseded = try db.integer("SELECT count(*) FROM figures WHERE source IN (" + supersededDerivedSources + ")")  // sql-constant: a constant subquery
        guard superseded > 0 else { return nil }
        let rows = try db.rows(
            "SELECT d.name, d.version, d.source, max(r.derived_at) AS derived, d.source IN (" + supersededDerivedSources + ") AS superseded, "  // sql-constant: a constant subquery
                + "(SELECT count(*) FROM figures f WHERE f.source = d.source) AS figures "
                + "FROM datasets d JOIN derivations r ON r.dataset_id = d.id GROUP BY d.id ORDER BY d.name, d.version")
        var datasets: [String] = []
        var sources: [String] = []
        var listed: [String: [String]] = [:]
        for row in rows {
            guard let name = row.string("name"), let version = row.int("version"), let source = row.string("source") else { continue }
            if listed[name] == nil { datasets.append(name) }
            let figures = row.int("figures") ?? 0
            let isSuperseded = (row.int("superseded") ?? 0) != 0
            if isSuperseded { sources.append("'" + source.replacingOccurrences(of: "'", with: "''") + "'") }
            listed[name, default: []].append(
                "version \(version) (\(figures) figure\(figures == 1 ? "" : "s")\(isSuperseded ? ", superseded" : ", the latest derived"), last derived \(row.string("derived") ?? "?"))")
        }
        let versions = datasets.map { "\($0) " + (listed[$0] ?? []).joined(separator: ", ") }.joined(separator: "; ")
        return "\(superseded) figure\(superseded == 1 ? " is" : "s are") derived from a dataset version that a newer derived version supersedes, "
            + "and the export publishes every version's figures (briefs and latest_estimates leave the superseded ones out; figure_citations "
            + "marks them with in_latest_release 0): \(versions). "
            + "Side by side, two versions' tables can single out the people added or removed between them. tipdb derive audits each "
            + "new table with the tables already derived from the dataset's other versions, and protects every count that changed by fewer "
            + "than --min-cell people, so two versions are protected when the later of their derivations was made by a tipdb that does so "
            + "(its tipdb derive ctdc --help says a new table is audited with the tables of the dataset's other versions). "
            + "The database does not record which tipdb derived a table: if the later derivation may be older than that, delete the "
            + "superseded versions' figures from the copy you publish (sqlite3 copy.sqlite \"PRAGMA foreign_keys = ON; "
            + "DELETE FROM figures WHERE source IN (\(sources.joined(separator: ", "))); VACUUM\")"  // sql-constant: advice printed for the user, never run; each key quoted with '' doubled
    }
}
