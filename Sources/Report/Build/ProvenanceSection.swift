import Storage

/// Section 10 of a brief: the ingest batches behind its figures, sources, studies and measures of
/// one's own and every batch its text names, the tipdb and schema versions, the database state it reports (its latest
/// batch, and a digest of the figures), and the command that renders the same brief again.
enum ProvenanceSection {
    static func build(
        context: BriefContext, references: [Reference], studies: [StudyEntry], figuresSHA256: String, command: String, db: Database
    ) throws -> Provenance {
        let counts = context.set.batchCounts
        var ids = context.set.batchIDs.union(namedBatches(context.set))
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
        // The measures files that defined the figures' measures, and the measures those are part of,
        // whose labels and definitions the brief prints: without them a rebuild from the listed
        // files refused every figure of a measure of one's own (review of session 54).
        for row in try db.rows(
            """
            WITH RECURSIVE stated(code) AS (
                SELECT value FROM json_each(?1)
                UNION SELECT m.parent FROM measures m JOIN stated s ON m.code = s.code WHERE m.parent IS NOT NULL
            )
            SELECT DISTINCT batch_id FROM measures WHERE code IN (SELECT code FROM stated) AND batch_id IS NOT NULL
            """, [JSONString.array(BriefContext.measures(of: context.set.figures, catalog: context.catalog).sorted())]) {
            if let id = row.int("batch_id") { ids.insert(id) }
        }
        let idList = JSONTree.array(ids.sorted().map { .number(String($0)) }).compact
        // `released` as given, or `released_from_mtime` where a dataset loader dated the file by
        // its modification time (`CTDCLoader`, `GLOTIPLoader`); options another program wrote
        // that are not JSON read as neither.
        let rows = try db.rows(
            """
            SELECT id, file, sha256, kind, format, started_at, finished_at, tipdb_version,
                CASE WHEN json_valid(options) THEN options ->> '$.released' END AS released,
                CASE WHEN json_valid(options) THEN options ->> '$.released_from_mtime' END AS released_from_mtime
            FROM ingest_batches WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id
            """, [idList])
        let batches = rows.map { row in
            let id = row.int("id") ?? 0
            var entry = BatchEntry(
                id: Int(id), file: row.string("file") ?? "", sha256: row.string("sha256") ?? "",
                kind: row.string("kind") ?? "", format: row.string("format") ?? "",
                date: row.string("finished_at") ?? row.string("started_at") ?? "",
                tipdbVersion: row.string("tipdb_version") ?? "", figureCount: counts[id] ?? 0)
            if let mtime = row.string("released_from_mtime") {
                (entry.released, entry.releasedFrom) = (mtime, BatchEntry.modificationTime)
            } else if let given = row.string("released") {
                (entry.released, entry.releasedFrom) = (given, BatchEntry.releasedOption)
            }
            return entry
        }
        var provenance = Provenance(tipdbVersion: TipdbVersion.current, command: command, batches: batches)
        provenance.schemaVersion = try Migrator().currentVersion(of: db)
        if let last = try db.rows("SELECT id, finished_at, started_at FROM ingest_batches ORDER BY id DESC LIMIT 1").first {
            provenance.lastBatch = last.int("id").map(Int.init)
            provenance.dataAsOf = last.string("finished_at") ?? last.string("started_at")
        }
        provenance.figuresSHA256 = figuresSHA256
        provenance.vintages = try vintages(of: context.set.figures.map(\.key), db: db)
        return provenance
    }

    /// The batches the brief names in its text besides those that last wrote its figures: the
    /// load of each earlier number ("revised from 40,000 (batch 2; replaced ... by batch 3)"),
    /// the earlier figure a key held, each retraction under Data gaps or in a chain, and the
    /// loads that refused a later row or whose value a figure keeps.
    ///
    /// Why: the provenance table is an auditor's recipe for rebuilding the database. Listing only
    /// the batch that last wrote each figure left out the file behind a "revised from" and the
    /// retraction, so a rebuild from the listed files gave another brief (audit, session 52).
    private static func namedBatches(_ set: FigureSet) -> Set<Int64> {
        var ids: Set<Int64> = []
        for revision in set.revisions.values.flatMap({ $0 }) + set.reusedKeys.values.flatMap({ $0 }) {
            ids.insert(revision.replacedBy)
            if let loadedBy = revision.loadedBy { ids.insert(loadedBy) }
        }
        for batch in set.retracted.batches { ids.insert(Int64(batch.batch)) }
        for origin in set.withdrawnOrigins.values { ids.formUnion([origin.clearedBy, origin.retraction.batch]) }
        for row in set.refusedInLatest.values { ids.insert(row.batch) }
        for row in set.refusedInLaterFile.values { ids.formUnion([row.batch, row.keptBatch]) }
        return ids
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
