/// One run of `tipdb ingest` over one file: a row of `ingest_batches`.
public struct IngestBatch: Equatable, Sendable, Codable {
    public var id: Int64
    /// The file as `StoredFileName` keeps it (no path from outside the working directory), or the
    /// command of a batch that reads no file (`retract KEY...`, `derive ctdc ...`).
    public var file: String
    /// The SHA-256 of the file's absolute path with links resolved, or nil for a batch that reads
    /// no file (retract, derive). Why not the path: databases are shared between colleagues, and
    /// `file` as typed cannot tell `2023/figures.csv` from `2024/figures.csv` loaded as `figures.csv`
    /// from each folder, nor see `./figures.csv` and `data/figures.csv` as one file (m0042).
    public var fileIdentity: String?
    public var sha256: String
    public var size: Int64
    public var format: String
    public var kind: String
    public var startedAt: String
    public var finishedAt: String?
    public var rowsRead: Int
    public var rowsInserted: Int
    public var rowsUpdated: Int
    public var rowsUnchanged: Int
    public var rowsRejected: Int
    /// Rows about a figure `tipdb retract` withdrew, also counted in `rowsRead`: a retract
    /// batch's withdrawn figures, or a load's rows skipped for a withdrawn key. Why a count of its
    /// own: without it a batch's counts did not add up to the rows it read (m0033).
    public var rowsRetracted: Int
    public var tipdbVersion: String
    /// The command-line options as a JSON object.
    public var options: String
    public var note: String?

    public init(
        id: Int64 = 0, file: String, sha256: String, size: Int64, format: String, kind: String,
        startedAt: String, options: String = "{}", note: String? = nil, fileIdentity: String? = nil
    ) {
        self.id = id
        self.file = file
        self.fileIdentity = fileIdentity
        self.sha256 = sha256
        self.size = size
        self.format = format
        self.kind = kind
        self.startedAt = startedAt
        self.finishedAt = nil
        self.rowsRead = 0
        self.rowsInserted = 0
        self.rowsUpdated = 0
        self.rowsUnchanged = 0
        self.rowsRejected = 0
        self.rowsRetracted = 0
        self.tipdbVersion = TipdbVersion.current
        self.options = options
        self.note = note
    }
}
