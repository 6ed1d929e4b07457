/// What `ingest_batches.file` and `datasets.file` keep of the path a file was loaded by.
///
/// Why not the path as typed: databases are shared and published, and a path such as
/// `/home/jdoe/Survivor casework 2024/intake.csv` tells whose machine it was, their login and how
/// they name their folders, which for case work can itself be sensitive (publisher's review,
/// session 49). A path relative to the working directory without `..` (`figures.csv`,
/// `partnerA/figures.csv`) is kept as given, so that two folders' files of one name stay apart,
/// as the user named them; an absolute path, one starting with `~`, or one with a `..` part, which
/// climbs out of the folder the command ran in, keeps its file name only. Which file it was on
/// the machine is `ingest_batches.file_identity`, a digest of the real path, not the path.
public enum StoredFileName {
    /// `path` as stored: `figures.csv` for `/home/jdoe/data/figures.csv`, `~/figures.csv` or
    /// `../data/figures.csv`; `partnerA/figures.csv` and `./figures.csv` as given. Stored names
    /// are left as they are (the rule applied again changes nothing).
    public static func of(_ path: String) -> String {
        let parts = path.split(separator: "/")
        guard path.hasPrefix("/") || path.hasPrefix("~") || parts.contains(".."), let name = parts.last else { return path }
        return String(name)
    }

    /// Whether `path` keeps folders that `of(_:)` keeps too: a relative path with a folder
    /// (`partnerA/figures.csv`), which a published copy may want to shorten to its name.
    public static func hasFolder(_ path: String) -> Bool {
        let stored = of(path)
        let bare = stored.hasPrefix("./") ? String(stored.dropFirst(2)) : stored
        return bare.contains("/")
    }
}
