/// What one row of a finding names, as data: the kind of row and its keys.
///
/// Why beside the row's sentence: a script that flags or drops the figures `tipdb check` complains
/// about joins the findings to the figures table by key, and a key cannot be read back out of a
/// sentence, since keys may hold `: ` and ` (` (review of session 48). `BatchFinding.keys` gives
/// ingest the same keys for placing its warnings at a file's lines.
public struct FindingKeys: Codable, Sendable, Equatable {
    /// What `keys` are keys of: `figure`, `source`, `study` or `dataset` (their `key` or name);
    /// for a row of another table, the table's name, whose key or code (or rowid) `keys` holds; a
    /// schema object's type (`table`, `view`, `index`, `trigger`) for its name; `database` for a
    /// row that names no row (`PRAGMA integrity_check`'s lines), with no keys.
    public var kind: String
    /// The keys the row names, in the order it names them (a repeat before the figure it repeats).
    public var keys: [String]

    public init(kind: String, keys: [String]) {
        self.kind = kind
        self.keys = keys
    }

    /// `keys` of figures.
    public static func figures(_ keys: [String]) -> FindingKeys { FindingKeys(kind: figure, keys: keys) }

    /// The kinds of tipdb's main tables' rows, by their key.
    public static let figure = "figure", source = "source", study = "study", dataset = "dataset"

    /// The kind of a row of `table`: `figure` for `figures`, `source`, `study`, `dataset`; the
    /// table's own name for any other.
    public static func kind(ofTable table: String) -> String {
        switch table {
        case "figures": figure
        case "sources": source
        case "studies": study
        case "datasets": dataset
        default: table
        }
    }
}
