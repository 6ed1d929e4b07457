import Foundation

/// The name Datasette serves a database file under, which keys its tables in `metadata.json`:
/// the file's name without its extension (`tipdb-public` for `tipdb-public.sqlite`).
///
/// Why it matters: Datasette applies the metadata of `databases.NAME` only to the database it
/// serves as NAME, and ignores the rest without a word: a copy published under another file
/// name lost every description and hidden table, and `?_search=` returned every row
/// (publisher's review, session 49). `--name` names the copy the metadata is for.
enum DatasetteDatabaseName {
    /// The extensions Datasette drops from a database file's name, as tipdb's files are named.
    static let fileExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    /// The name for a database file at `path`, as Datasette derives it (its stem).
    static func of(file path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The name `--name` gives: a file name or path given for it (`copy.sqlite`, `out/copy.db`)
    /// stands for the name Datasette serves that file under; any other text is the name itself.
    static func of(given: String) -> String {
        let url = URL(fileURLWithPath: given)
        let isFile = given.contains("/") || fileExtensions.contains(url.pathExtension.lowercased())
        return isFile ? of(file: given) : given
    }
}
