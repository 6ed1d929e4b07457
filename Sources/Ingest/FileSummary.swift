/// What an ingest did with one file: the line `tipdb ingest` prints for it.
public struct FileSummary: Codable, Sendable, Equatable {
    public var file: String
    public var format: String
    public var kind: String
    /// What was inferred rather than given, in words (e.g. "format csv from the extension").
    public var inferred: [String] = []
    public var read = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// The `ingest_batches` id; nil for a dry run or a rolled-back command.
    public var batch: Int64?
    /// Rows without a key whose key was derived, and the first few of those keys.
    public var derivedKeys = 0
    public var derivedKeyExamples: [String] = []
    /// What the loader decided or found that the user should know, in words (e.g. which column
    /// aliases matched, which vintage or dataset version was written).
    public var notes: [String] = []
    /// What loading the file writes besides its rows, in words (the source made for an export,
    /// the vintage or dataset version recorded): shown once the command commits, and by a dry run
    /// as what it would write; dropped when the command is rejected, since none of it was written.
    public var writes: [String] = []
    /// Problems in the data that did not stop the load (e.g. a subgroup larger than its total,
    /// kept as published), each at its position.
    public var warnings: [IngestIssue] = []
    /// Why the file could not be used at all, in a few words (`kind unknown`, `no such file`): its
    /// error says the rest. Nil (absent from `--json`) for a file that was opened.
    public var unusable: String?

    public init(file: String, format: String, kind: String) {
        self.file = file
        self.format = format
        self.kind = kind
    }

    /// `figures.csv: 42 read, 38 inserted, 2 updated, 2 unchanged, 0 rejected (batch 7)`; for a
    /// rejected command `figures.csv: 42 read, 2 rejected; nothing written (the command was
    /// rejected)`, without counts of rows that were never inserted, updated or even compared. A dry
    /// run of a command that would be rejected says so in the same words: it shows what the real
    /// run would do, not what it would have written had the command been accepted.
    ///
    /// A file that could not be used at all rejects the command: `bad.json: 0 read, rejected (kind
    /// unknown: see its error); nothing written (the command was rejected)`.
    public func line(dryRun: Bool, commandRejected: Bool) -> String {
        let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        let outcome = dryRun ? "dry run: the command would be rejected" : "the command was rejected"
        if let unusable {
            return "\(file): 0 read, rejected (\(unusable): see its error); nothing written (\(outcome))"
        }
        if commandRejected {
            return "\(file): \(read) read, \(rejected) rejected\(warned); nothing written (\(outcome))"
        }
        let counts = "\(file): \(read) read, \(inserted) inserted, \(updated) updated, \(unchanged) unchanged, \(rejected) rejected\(warned)"
        if dryRun { return counts + " (dry run: nothing written)" }
        return counts + (batch.map { " (batch \($0))" } ?? "")
    }

    /// Forgets what a rejected command would have written: no row was inserted, updated or kept
    /// unchanged, and no source, vintage or dataset version was made. What was read, and refused,
    /// stays: that is what the user has to act on.
    mutating func forgetWrites() {
        inserted = 0
        updated = 0
        unchanged = 0
        writes = []
        batch = nil
    }
}
