import Storage

/// Section 10 of a brief: the ingest batches behind its figures, sources and studies, the tipdb
/// version, and the command that renders the same brief again.
enum ProvenanceSection {
    static func build(context: BriefContext, references: [Reference], studies: [StudyEntry], command: String, db: Database) throws -> Provenance {
        let counts = context.set.batchCounts
        var ids = context.set.batchIDs
        for row in try db.rows(
            "SELECT DISTINCT batch_id FROM sources WHERE key IN (SELECT value FROM json_each(?1))",
            [JSONArray.strings(references.map(\.key))]) {
            if let id = row.int("batch_id") { ids.insert(id) }
        }
        for row in try db.rows(
            "SELECT DISTINCT batch_id FROM studies WHERE key IN (SELECT value FROM json_each(?1))",
            [JSONArray.strings(studies.map(\.key))]) {
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
        return Provenance(tipdbVersion: TipdbVersion.current, command: command, batches: batches)
    }
}
