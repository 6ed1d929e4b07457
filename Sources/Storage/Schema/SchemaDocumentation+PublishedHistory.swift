extension SchemaDocumentation {
    /// The warnings about what a published copy keeps of the database's history besides its
    /// figures: figures withdrawn with `tipdb retract`, exact earlier numbers of figures
    /// published only as `<k` now or since, earlier numbers of another source under another licence, and the folders of the paths files were loaded by; each with how to leave
    /// it out of the copy. Empty when there is none.
    ///
    /// Why: `tipdb retract` is the answer to "this figure should not be in the database", yet its
    /// last values, earlier numbers and the reason stay readable in `figure_retractions` and
    /// `figure_changes`, and the export said nothing, as it said nothing of another source's
    /// all-rights-reserved number kept in `figure_revisions` (publisher's review, session 49).
    static func historyWarnings(_ db: Database) throws -> [String] {
        var warnings: [String] = []
        let retracted = try db.integer("SELECT count(*) FROM figure_retractions")
        if retracted > 0 {
            let one = retracted == 1
            warnings.append(
                "\(retracted) figure\(one ? "" : "s") withdrawn with tipdb retract keep\(one ? "s" : "") \(one ? "its" : "their") last values, earlier numbers and the reason "
                    + "given in figure_retractions, and figure_changes lists \(one ? "its" : "their") loads with the old and new values (the retract batch's "
                    + "note in ingest_batches repeats the reason): the export publishes them as it publishes the figures; to leave them out of the copy "
                    + "you publish: sqlite3 copy.sqlite \"DELETE FROM figure_retractions; UPDATE ingest_batches SET note = NULL WHERE format = 'retract'; VACUUM\"")
        }
        if let withheld = try withheldCountWarning(db) { warnings.append(withheld) }
        if let licences = try otherLicenceWarning(db) { warnings.append(licences) }
        if let paths = try folderWarning(db) { warnings.append(paths) }
        return warnings
    }

    /// Figures published only as `<k` now, or at a load after an earlier number that was not,
    /// whose history (`figure_revisions`, listed by `figure_changes`) keeps that earlier number:
    /// which figures, and how to clear it from a published copy.
    ///
    /// Why: a small count published exactly (3) and suppressed later (loaded again as `<5`, or by a
    /// newer GLOTIP vintage) is withheld by briefs, `report lineage` and `figure_citations`, but the
    /// export publishes `figure_revisions` as it is, so the copy would disclose the count the
    /// source withdrew (rapporteur's review, session 50). A source that publishes another number
    /// after the `<5` (7, or `<10`) has not undone its suppression: the 3 stays withheld
    /// (`FigureRevision.isWithheld`, m0059), so the warning and its statement name such figures too,
    /// where they named only the figures censored now (review of session 51).
    static func withheldCountWarning(_ db: Database) throws -> String? {
        let keys = try db.rows(
            """
            SELECT DISTINCT r.figure AS key FROM figure_revisions r JOIN figures f ON f.key = r.figure
            WHERE json_valid(r.previous) AND coalesce(r.previous ->> '$.censored', 0) = 0
                AND (f.censored = 1 OR EXISTS (SELECT 1 FROM figure_revisions l WHERE l.figure = r.figure AND l.id > r.id
                    AND json_valid(l.previous) AND coalesce(l.previous ->> '$.censored', 0) = 1))
            ORDER BY r.figure
            """).compactMap { $0.string("key") }
        guard !keys.isEmpty else { return nil }
        let one = keys.count == 1
        let named = keys.prefix(3).joined(separator: ", ") + (keys.count > 3 ? ", ..." : "")
        return "\(keys.count) figure\(one ? "" : "s") published only as \"<k\" now or since (\(named)) keep\(one ? "s" : "") in figure_revisions an earlier "
            + "number that was not, an exact count the source has since suppressed, and figure_changes lists it: briefs, tipdb report lineage and "
            + "figure_citations withhold it, but the export publishes those tables as they are; to leave it out of the copy you publish: sqlite3 copy.sqlite "
            + "\"DELETE FROM figure_revisions AS r WHERE json_valid(r.previous) AND coalesce(r.previous ->> '$.censored', 0) = 0 "
            + "AND (r.figure IN (SELECT key FROM figures WHERE censored = 1) OR EXISTS (SELECT 1 FROM figure_revisions l WHERE l.figure = r.figure "
            + "AND l.id > r.id AND json_valid(l.previous) AND coalesce(l.previous ->> '$.censored', 0) = 1)); VACUUM\""
    }

    /// Earlier numbers (`figure_revisions`) published by another source than their figure's now,
    /// under another licence (or one stated against none): which sources, and how to leave them
    /// out. An earlier release of one series cited as a source of its own (a GLOTIP vintage)
    /// carries the same licence, and is not named.
    static func otherLicenceWarning(_ db: Database) throws -> String? {
        let rows = try db.rows(
            """
            SELECT o.key, o.license, count(*) AS n FROM figure_revisions r
            JOIN figures f ON f.key = r.figure
            JOIN sources s ON s.key = f.source
            JOIN sources o ON o.key = CASE WHEN json_valid(r.previous) THEN r.previous ->> '$.source' END
            WHERE o.key <> f.source AND o.license IS NOT s.license
            GROUP BY o.key ORDER BY o.key
            """)
        guard !rows.isEmpty else { return nil }
        let count = rows.reduce(0) { $0 + ($1.int("n") ?? 0) }
        let keys = rows.compactMap { $0.string("key") }
        let named = rows.map { row in "\(row.string("key") ?? "?") (\(row.string("license") ?? "no licence stated"))" }
        let quoted = keys.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
        let one = count == 1
        return "\(count) earlier number\(one ? " in figure_revisions is" : "s in figure_revisions are") another source's than \(one ? "its figure's" : "their figures'") now, under another licence: "
            + "\(named.joined(separator: ", ")); figure_citations shows the latest as previous_value, with previous_source. The metadata gives "
            + "figure_revisions and figure_citations no one source or licence; publish those numbers only where their licence allows it, or leave them "
            + "out of the copy you publish: sqlite3 copy.sqlite \"DELETE FROM figure_revisions WHERE json_valid(previous) AND previous ->> '$.source' IN (\(quoted)) "
            + "AND previous ->> '$.source' IS NOT (SELECT f.source FROM figures f WHERE f.key = figure_revisions.figure); VACUUM\""  // sql-constant: advice printed for the user, never run; each key quoted with '' doubled
    }

    /// Files recorded by a path with folders (`partnerA/figures.csv`): ingest keeps a path typed
    /// within the working directory as given, so that two folders' files of one name stay apart,
    /// but the folders' names are then published too.
    static func folderWarning(_ db: Database) throws -> String? {
        let batches = try db.rows("SELECT file FROM ingest_batches WHERE format NOT IN ('retract', 'derive')")
            .compactMap { $0.string("file") }.filter(StoredFileName.hasFolder)
        let datasets = try db.rows("SELECT file FROM datasets").compactMap { $0.string("file") }.filter(StoredFileName.hasFolder)
        guard let example = batches.first ?? datasets.first else { return nil }
        let name = "substr(file, length(rtrim(file, replace(file, '/', ''))) + 1)"
        let counted = [
            batches.isEmpty ? nil : "\(batches.count) ingest batch\(batches.count == 1 ? "" : "es") (ingest_batches.file)",
            datasets.isEmpty ? nil : "\(datasets.count) dataset version\(datasets.count == 1 ? "" : "s") (datasets.file)",
        ].compactMap { $0 }.joined(separator: " and ")
        return "\(counted) \(batches.count + datasets.count == 1 ? "names its file" : "name their files") by a path with folders, as typed within the working directory "
            + "(\(example)): the export publishes the folders' names; to keep only the files' names in the copy you publish: sqlite3 copy.sqlite "
            + "\"UPDATE ingest_batches SET file = \(name) WHERE format NOT IN ('retract', 'derive'); UPDATE datasets SET file = \(name); VACUUM\""
    }
}
