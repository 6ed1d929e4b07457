import Storage

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
    /// For glotip, owid and ctdc files: the key of the source to cite instead of one made from the file.
    public var source: String?
    /// For ctdc files: the dataset name (default: ctdc-global or ctdc-synthetic, from the header).
    public var dataset: String?
    /// For ctdc files: load a file whose columns look like direct identifiers (those columns are never stored).
    public var allowIdentifiers: Bool
    /// For owid files: the measure of every indicator column, instead of matching it from the title.
    public var measure: String?
    /// For owid files: the grapher metadata JSON (default: `<name>.metadata.json` beside the CSV).
    public var metadata: String?
    /// The day the data was released (YYYY-MM-DD), instead of the file's modification date, which
    /// is the download's or the last save's: for glotip files without UNODC's preamble, the export
    /// date; for ctdc files, CTDC's release date, which their source is cited with.
    public var released: String?
    /// The command's changes fix tipdb's copy of figures (a typing slip), not a new release of
    /// their source: its figure revisions are kept as corrections, which briefs do not print as
    /// "revised from" (`report lineage` and SQL still show them).
    public var correction: Bool
    /// Load figures whose keys `tipdb retract` withdrew, as new figures, instead of skipping
    /// them (`RetractedKeys`): a retraction undone on purpose.
    public var restoreRetracted: Bool

    public init(
        kind: RecordKind? = nil, format: InputFormat? = nil, dryRun: Bool = false, onError: OnError = .abort,
        note: String? = nil, source: String? = nil, dataset: String? = nil, allowIdentifiers: Bool = false,
        measure: String? = nil, metadata: String? = nil, released: String? = nil, correction: Bool = false,
        restoreRetracted: Bool = false
    ) {
        self.restoreRetracted = restoreRetracted
        self.correction = correction
        self.released = released
        self.kind = kind
        self.format = format
        self.dryRun = dryRun
        self.onError = onError
        self.note = note
        self.source = source
        self.dataset = dataset
        self.allowIdentifiers = allowIdentifiers
        self.measure = measure
        self.metadata = metadata
    }

    /// The options as the JSON object stored in `ingest_batches.options`.
    var json: String {
        var parts = ["\"on_error\":\"\(onError.rawValue)\"", "\"dry_run\":\(dryRun)"]
        if let kind { parts.append("\"kind\":\"\(kind.rawValue)\"") }
        if let format { parts.append("\"format\":\"\(format.rawValue)\"") }
        // `released` too: a brief's provenance says which date a dataset's source was cited with,
        // and that it was given, so that a rebuild repeats the load (audit, session 52).
        for (name, value) in [("source", source), ("dataset", dataset), ("measure", measure), ("metadata", metadata), ("released", released)] {
            if let value { parts.append("\"\(name)\":\(JSONString.literal(value))") }
        }
        if allowIdentifiers { parts.append("\"allow_identifiers\":true") }
        // Read back by the revisions the batch makes (`Database.keepRevision`): keep the name.
        if correction { parts.append("\"correction\":true") }
        if restoreRetracted { parts.append("\"restore_retracted\":true") }
        return "{" + parts.sorted().joined(separator: ",") + "}"
    }

    /// Why `released` cannot be a release date (a day from 1000 to next year, YYYY-MM-DD), or nil
    /// when it can.
    public static func problem(released text: String) -> String? {
        do {
            let day = try PeriodParser.singleDate(text, kind: .publication)
            return day.count == 10 ? nil : "--released \"\(text)\" is not a day; expected YYYY-MM-DD, the day the data was released (the export date on the UNODC data portal, CTDC's release date)"
        } catch {
            return "--released: \(error.message)"
        }
    }
}
