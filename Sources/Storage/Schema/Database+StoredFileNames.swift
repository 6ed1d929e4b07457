import Foundation

extension Database {
    /// m0056's follow-up: the paths stored before it, shortened by the rule ingest now follows
    /// (`StoredFileName`), in `ingest_batches.file` and `datasets.file`.
    ///
    /// Why in Swift: a batch recorded before m0042 by an absolute path has no `file_identity` and
    /// was matched by that path; it first gets the identity a load of that path gets now (the
    /// digest of the path with links resolved, `FileIdentity.storedDigest` in Ingest, or of the
    /// path as stored when it no longer resolves, which is what a later load of a path without
    /// links gives), so that shortening it to the file's name does not make it the same file as
    /// every other file of that name. SQL has neither `realpath` nor SHA-256. A retract or derive
    /// batch keeps its command. Applied again, it finds nothing to shorten.
    func shortenStoredFilePaths() throws {
        for row in try rows("SELECT id, file, file_identity FROM ingest_batches WHERE format NOT IN ('retract', 'derive')") {
            guard let id = row.int("id"), let file = row.string("file") else { continue }
            let stored = StoredFileName.of(file)
            guard stored != file else { continue }
            let identity = row.string("file_identity") ?? (file.hasPrefix("/") ? Self.pathDigest(file) : nil)
            try execute("UPDATE ingest_batches SET file = ?, file_identity = ? WHERE id = ?", [stored, identity, id])
        }
        for row in try rows("SELECT id, file FROM datasets") {
            guard let id = row.int("id"), let file = row.string("file"), StoredFileName.of(file) != file else { continue }
            try execute("UPDATE datasets SET file = ? WHERE id = ?", [StoredFileName.of(file), id])
        }
    }

    /// The hex SHA-256 of the absolute `path` with its links resolved, or of the path made
    /// standard (no `.`, `..` or doubled `/`) when the system cannot resolve it.
    private static func pathDigest(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            return Checksum.sha256(Array(URL(fileURLWithPath: path).standardizedFileURL.path.utf8))
        }
        defer { free(resolved) }
        return Checksum.sha256(Array(String(cString: resolved).utf8))
    }
}
