/// The load a figure's update comes from, as `Database.keepingCorrections` judges it: a
/// correction or not, a figures file or not, which file; and, asked once each, which of the
/// loads that changed its figures before were another file's, made after this file was loaded.
///
/// Why kept on the connection (`Database.reloadedFile(batch:)`): the answers are the same for
/// every row of a batch, and a reload of a large file would otherwise ask them once per updated
/// row. Only rows that would be updated ask at all.
struct ReloadedFile {
    /// The batch loading the file.
    let batch: Int64
    /// Whether it is a `tipdb ingest --correction` load, which nothing holds back.
    let correction: Bool
    /// Whether it loads a figures file (csv, tsv, json, ndjson): the only loads whose reload keeps
    /// another file's values. A GLOTIP, OWID or CTDC export has its own vintage rules, and a
    /// derivation reads no file.
    let isFiguresFile: Bool
    /// The file's `ingest_batches.file_identity` and its name as given, matched as `SameFile` does.
    let identity: String?
    let name: String
    /// For each batch asked about (`Database.otherLoad(_:)`): the name of its file when it loaded
    /// another file than this one, and whether this one was loaded only after it; nil when it did not.
    var otherLoads: [Int64: (name: String, firstLoad: Bool)?] = [:]

    /// The formats of figures files, as `ingest_batches.format` names them.
    static let figuresFormats: Set<String> = ["csv", "tsv", "json", "ndjson"]
}
