/// How `tipdb ingest` should treat its files.
public struct IngestOptions: Sendable {
    /// What to do with an invalid row.
    public enum OnError: String, CaseIterable, Codable, Sendable {
        /// Reject the whole command; the database is unchanged.
        case abort
        /// Load the valid rows; keep each rejected row in `ingest_rejects`.
        case skip
    }

    /// The kind of every file, instead of inferring it.
    public var kind: RecordKind?
    /// The format of every file, instead of inferring it.
    public var format: InputFormat?
    /// Validate and report, write nothing.
    public var dryRun: Bool
    public var onError: OnError
    /// Free text kept with each batch.
    public var note: String?

    public init(kind: RecordKind? = nil, format: InputFormat? = nil, dryRun: Bool = false, onError: OnError = .abort, note: String? = nil) {
        self.kind = kind
        self.format = format
        self.dryRun = dryRun
        self.onError = onError
        self.note = note
    }

    /// The options as the JSON object stored in `ingest_batches.options`.
    var json: String {
        var parts = ["\"on_error\":\"\(onError.rawValue)\"", "\"dry_run\":\(dryRun)"]
        if let kind { parts.append("\"kind\":\"\(kind.rawValue)\"") }
        if let format { parts.append("\"format\":\"\(format.rawValue)\"") }
        return "{" + parts.sorted().joined(separator: ",") + "}"
    }
}
