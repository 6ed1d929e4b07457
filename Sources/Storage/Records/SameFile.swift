/// Which `ingest_batches` rows loaded the same file as a new load: the one condition the note on
/// figures a file no longer holds (`AbsentFigures`), the rejects a load supersedes
/// (`OpenRejects`) and the values a reload keeps (`Database.reloadedFile(batch:)`) share with the
/// `open_rejects` view (m0042).
///
/// Why not the path as typed: `figures.csv` loaded from a folder 2023 and then from a folder 2024
/// was taken for one file, and `./figures.csv` loaded again as `data/figures.csv` for two. A batch
/// recorded since m0042 holds its file's `file_identity` (`FileIdentity.storedDigest(path:)`);
/// one recorded before holds none, and is matched by its name as stored (`./` aside): m0056 gave
/// the ones loaded by an absolute path an identity (the digest of that path) before it shortened
/// the path to the file's name.
public enum SameFile {
    /// A condition on `ingest_batches`' columns, bound by `arguments(identity:name:)` as `?1` to
    /// `?3`: a query adds its own from `?4`. A retract or derive batch, which reads no file, has no
    /// identity, and a name (`retract KEY`, `derive ctdc ...`) no file is given by.
    public static let condition = "(file_identity = ?1 OR (file_identity IS NULL AND file IN (?2, ?3)))"

    /// The identity, then the name as stored (`StoredFileName`: a path typed from outside the
    /// working directory by its file name only, as m0056 left the batches before it), without and
    /// with `./` (`figures.csv`, `./figures.csv`).
    public static func arguments(identity: String?, name: String) -> [any DatabaseValueConvertible] {
        let stored = StoredFileName.of(name)
        let bare = stored.hasPrefix("./") ? String(stored.dropFirst(2)) : stored
        return [identity, bare, "./" + bare]
    }
}
