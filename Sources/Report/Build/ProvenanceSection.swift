import Storage

/// Section 10 of a brief: the ingest batches behind its figures, sources and studies, the tipdb
/// version, and the command that renders the same brief again.
enum ProvenanceSection {
    static func build(context: BriefContext, references: [Reference], studies: [StudyEntry], command: String, db: Database) throws -> Provenance {
        let counts = context.set.batchCounts
        var ids = context.set.batchIDs
        for row in try db.rows(
            "SELECT DISTINCT batch_id FROM sources WHERE key IN (SELECT value FROM json_each(?1))",
            [JSONString.array(references.map(\.key))]) {
            if let id = row.int("batch_id") { ids.insert(id) }
        }
        for row in try db.rows(
            "SELECT DISTINCT batch_id FROM studies WHERE key IN (SELECT value FROM json_each(?1))",
            [JSONString.array(studies.map(\.key))]) {
            if let id = row.int("batch_id") { ids.insert(id) }
        }
        let idList = JSONTree.array(ids.sorted().map { .number(String($0)) }).compact
        let rows = try db.rows(
            """
            SELECT id, file, sha256, kind, format, started_at, finished_at, tipdb_version
            FROM ingest_batches WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id
            """, [idList])
        let batches = rows.map { row in
            let id = row.int("id") ?? 0
            return BatchEntry(
                id: Int(id), file: row.string("file") ?? "", sha256: row.string("sha256") ?? "",
                kind: row.string("kind") ?? "", format: row.string("format") ?? "",
                date: row.string("finished_at") ?? row.string("started_at") ?? "",
                tipdbVersion: row.string("tipdb_version") ?? "", figureCount: counts[id] ?? 0)
        }
        var provenance = Provenance(tipdbVersion: TipdbVersion.current, command: command, batches: batches)
        provenance.vintages = try vintages(of: context.set.figures.map(\.key), db: db)
        return provenance
    }

    /// The vintage each series' figures in the brief were last published in.
    private static func vintages(of keys: [String], db: Database) throws -> [VintageEntry] {
        // Most databases hold no bulk export: skip the lookup of every key.
        guard try db.integer("SELECT count(*) FROM series_vintages") > 0 else { return [] }
        return try db.rows(
            """
            SELECT v.series, v.released, v.source, v.sha256,
                v.id = (SELECT max(x.id) FROM series_vintages x WHERE x.series = v.series) AS latest,
                count(*) AS figures
            FROM series_figures sf JOIN series_vintages v ON v.id = sf.last_vintage
            WHERE sf.figure IN (SELECT value FROM json_each(?1))
            GROUP BY v.id ORDER BY v.series, v.id
            """, [JSONString.array(keys)]
        ).map { row in
            VintageEntry(
                series: row.string("series") ?? "", released: row.string("released") ?? "",
                source: row.string("source") ?? "", sha256: row.string("sha256") ?? "",
                isLatest: row.int("latest") == 1, figureCount: Int(row.int("figures") ?? 0))
        }
    }
}
