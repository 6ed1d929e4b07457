extension Database {
    /// The load `batch`, read from `ingest_batches` once per batch and kept on the connection.
    func reloadedFile(batch: Int64) throws -> ReloadedFile {
        if let reloaded = reloadedFileCache, reloaded.batch == batch { return reloaded }
        let row = try rows(
            """
            SELECT file, file_identity, format, kind, coalesce(options ->> '$.correction', 0) AS correction
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
    /// loaded again (`reloadedFile`) as another file's load: the batch loaded another file than
    /// this one (`SameFile`, by identity, or by name for a batch recorded before m0042), and this
    /// file had been loaded before it. Nil otherwise: a change made by this file itself, edited
    /// and loaded, is the user's own, and a file loaded for the first time replaced nothing of its own.
    ///
    /// Asked once per changing batch and load, and only for a field the load gives back as it was
    /// before that change.
    func otherLoad(_ changing: Int64, reloading batch: Int64) throws -> String? {
        var reloaded = try reloadedFile(batch: batch)
        if let known = reloaded.otherLoads[changing] { return known }
        let arguments = SameFile.arguments(identity: reloaded.identity, name: reloaded.name) + [changing]
        let name = try rows(
            "SELECT file FROM ingest_batches WHERE id = ?4 AND NOT coalesce(" + SameFile.condition + ", 0)"
                + " AND EXISTS (SELECT 1 FROM ingest_batches WHERE id < ?4 AND " + SameFile.condition + ")",
            arguments
        ).first?.string("file")
        reloaded.otherLoads[changing] = .some(name)
        reloadedFileCache = reloaded
        return name
    }
}
