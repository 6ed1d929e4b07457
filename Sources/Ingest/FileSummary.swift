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
    /// Valid rows not loaded because `tipdb retract` withdrew their key (`RetractedKeys`); each
    /// is named in a row note.
    public var retracted = 0
    /// The `ingest_batches` id; nil for a dry run or a rolled-back command.
    public var batch: Int64?
    /// Valid rows without a key, whose key was derived, and the first few of those keys.
    public var derivedKeys = 0
    public var derivedKeyExamples: [String] = []
    /// Rows without a key that were rejected: with `derivedKeys`, every row without a key, so
    /// that "N rows had no key" counts them all, not only the valid ones (review W5).
    public var keylessRejected = 0
    /// What the loader decided or found that the user should know, in words (e.g. which column
    /// aliases matched, which vintage or dataset version was written).
    public var notes: [String] = []
    /// Notes about particular rows (a date that could not be read, the first of several rows
    /// that repeat a figure), each at the row's position, so that an editor can jump to it.
    public var rowNotes: [IngestIssue] = []
    /// What loading the file writes besides its rows, in words (the source made for an export,
    /// the vintage or dataset version recorded): shown once the command commits, and by a dry run
    /// as what it would write; dropped when the command is rejected, since none of it was written.
    public var writes: [String] = []
    /// Problems in the data that did not stop the load (e.g. a subgroup larger than its total,
    /// kept as published), each at its position.
    public var warnings: [IngestIssue] = []
    /// The problems `warnings` holds: each row warning, and the rows a truncated list left out
    /// (`IngestIssue.unlistedRows`), not the line that says how many they are.
    public var warningCount: Int {
        warnings.reduce(0) { $0 + $1.problemCount }
    }

    /// Why the file could not be used at all, in a few words (`kind unknown`, `no such file`): its
    /// error says the rest. Nil (absent from `--json`) for a file that was opened.
    public var unusable: String?
    /// Where reading stopped before the end of a file it could not read to its end (invalid
    /// UTF-8, a quote never closed): `read` counts only the rows before it. Nil (absent from
    /// `--json`) for a file read to its end.
    public var stoppedReading: ReadingStop?

    public init(file: String, format: String, kind: String) {
        self.file = file
        self.format = format
        self.kind = kind
    }

    /// `figures.csv: 42 read, 38 inserted, 2 updated, 2 unchanged, 0 rejected (batch 7)`, with
    /// `, 1 retracted (skipped)` after the rejected when a row's key was retracted; for a
    /// rejected command `figures.csv: 42 read, 2 rejected; nothing written (the command was
    /// rejected)` (with its retracted rows too, as `--json` counts them), without counts of rows that were never inserted, updated or even compared. A dry
    /// run of a command that would be rejected says so in the same words: it shows what the real
    /// run would do, not what it would have written had the command been accepted.
    ///
    /// A file that could not be used at all rejects the command: `bad.json: 0 read, rejected (kind
    /// unknown: see its error); nothing written (the command was rejected)`. One read up to a
    /// defect says where reading stopped (`ReadingStop`), lest its count pass for the whole file.
    public func line(dryRun: Bool, commandRejected: Bool) -> String {
        let warned = warningCount == 0 ? "" : ", \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        let outcome = dryRun ? "dry run: the command would be rejected" : "the command was rejected"
        if let unusable {
            return "\(file): 0 read, rejected (\(unusable): see its error); nothing written (\(outcome))"
        }
        let skipped = retracted == 0 ? "" : ", \(retracted) retracted (skipped)"
        if commandRejected {
            // The retracted rows too, as `--json` counts them: "2 read, 1 rejected" left one row unaccounted for.
            return "\(file): \(read) read, \(rejected) rejected\(skipped)\(warned)\(stoppedReading?.words ?? ""); nothing written (\(outcome))"
        }
        let counts = "\(file): \(read) read, \(inserted) inserted, \(updated) updated, \(unchanged) unchanged, \(rejected) rejected\(skipped)\(warned)"
        if dryRun { return counts + " (dry run: nothing written)" }
        return counts + (batch.map { " (batch \($0))" } ?? "")
    }

    /// What to say about the rows without a key, or nil when every row had one: `3 rows had no
    /// key; derived keys such as line 2: KEY, ...`, with how many of them were rejected when any were.
    public var keylessRows: String? {
        let rows = derivedKeys + keylessRejected
        guard rows > 0 else { return nil }
        let counted = "\(rows) row\(rows == 1 ? "" : "s") had no key"
        // The examples are the first five valid rows; a lineage check may have rejected them all since.
        let examples = derivedKeyExamples.isEmpty ? "" : " such as " + derivedKeyExamples.joined(separator: ", ")
        if keylessRejected == 0 { return "\(counted); derived keys\(examples)" }
        if derivedKeys == 0 { return "\(counted) (\(rows == 1 ? "it was" : "all were") rejected: see the errors)" }
        return "\(counted) (\(keylessRejected) of them rejected: see the errors); derived keys of the \(derivedKeys) valid "
            + "\(derivedKeys == 1 ? "one" : "ones")\(examples)"
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
