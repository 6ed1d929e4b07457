extension Database {
    /// The load `batch`, read from `ingest_batches` once per batch and kept on the connection.
    func reloadedFile(batch: Int64) throws -> ReloadedFile {
        if let reloaded = reloadedFileCache, reloaded.batch == batch { return reloaded }
        let row = try rows(
            """
            SELECT file, file_identity, format, kind, coalesce(CASE WHEN json_valid(options) THEN options ->> '$.correction' END, 0) AS correction
            FROM ingest_batches WHERE id = ?
            """, [batch]).first
        let reloaded = ReloadedFile(
            batch: batch, correction: (row?.int("correction") ?? 0) != 0,
            isFiguresFile: row?.string("kind") == "figures" && ReloadedFile.figuresFormats.contains(row?.string("format") ?? ""),
            identity: row?.string("file_identity"), name: row?.string("file") ?? "")
        reloadedFileCache = reloaded
        return reloaded
    }

    /// The name of the file `changing` loaded, when that load changed a figure of the file now
    /// loaded as another file's ordinary load (`SameFile`, by identity, or by name for a batch
    /// recorded before m0042), and whether this file gave nothing before it (`firstLoad`: a
    /// colleague's export, a copy made before that load). Nil for a change made by this file
    /// itself, edited and loaded: the user's own.
    ///
    /// Why a file loaded for the first time counts too (session 52): a colleague's export holding
    /// 410, made before this database's erratum load wrote 412, wrote 410 back, and briefs printed
    /// "410 (revised from 412, and before that from 410)", a revision no source made.
    ///
    /// Asked once per changing batch and load, and only for a field the load gives back as it was
    /// before that change.
    func otherLoad(_ changing: Int64, reloading batch: Int64) throws -> (name: String, firstLoad: Bool)? {
        var reloaded = try reloadedFile(batch: batch)
        if let known = reloaded.otherLoads[changing] { return known }
        let arguments = SameFile.arguments(identity: reloaded.identity, name: reloaded.name) + [changing]
        let found = try rows(
            "SELECT file, NOT EXISTS (SELECT 1 FROM ingest_batches WHERE id < ?4 AND " + SameFile.condition + ") AS first_load"
                + " FROM ingest_batches WHERE id = ?4 AND NOT coalesce(" + SameFile.condition + ", 0)",
            arguments
        ).first.flatMap { row in row.string("file").map { (name: $0, firstLoad: (row.int("first_load") ?? 0) != 0) } }
        reloaded.otherLoads[changing] = .some(found)
        reloadedFileCache = reloaded
        return found
    }
}
