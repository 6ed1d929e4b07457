import Storage

/// Collects the problems of a bulk file's rows and, under `--on-error skip`, keeps each rejected
/// row in `ingest_rejects` (its text too, except for a case-level row: see ``reject(raw:issues:)``).
///
/// Every problem is listed, as a figures file's are: under `--on-error abort` nothing is stored,
/// so the list is the only place they can be read. It used to stop at the first 100 and count the
/// rest in one more line, which `tipdb ingest` then counted as one problem (a file of 250 bad
/// rows ended `101 problems found`), and which under `skip` pointed to `ingest_rejects` even when
/// the command was rejected and that table kept nothing.
///
/// The first `keptInMemory` problems are held here; the rest go to an `IssueSpill`, so that
/// memory does not grow with the number of rejected rows (a file of 250,000 refused rows peaked
/// at 131 MB when every message was held).
struct RejectLog {
    /// Problems held in memory before the rest are spilled: some 5 MB of messages.
    static let keptInMemory = 10_000
    let db: Database
    let batch: Int64
    let onError: IngestOptions.OnError
    /// The first problems of the rejected rows, in file order: a row's problems stay together,
    /// here or in `spill`.
    private(set) var issues: [IngestIssue] = []
    /// The problems after `issues`, in file order, once there are more than `keptInMemory`.
    private(set) var spill: IssueSpill?
    /// Rows rejected.
    private(set) var rows = 0

    init(context: DatasetContext) {
        db = context.db
        batch = context.batch
        onError = context.options.onError
    }

    /// Rejects one row for `issues` (at least one). `raw` is the row's text, or nil for a row of
    /// a CTDC case file: such a row is about a person (and may hold the identifier columns that
    /// `--allow-identifiers` leaves out), so only its line, column and reason are kept.
    mutating func reject(raw: String?, issues: [IngestIssue]) throws {
        rows += 1
        if self.issues.count < Self.keptInMemory && spill == nil {
            self.issues += issues
        } else {
            let spill = try self.spill ?? IssueSpill()
            self.spill = spill
            for issue in issues { try spill.append(issue) }
        }
        if onError == .skip, let first = issues.first {
            try db.insertReject(batch: batch, line: first.line, column: first.column, raw: raw,
                                reason: issues.map(\.message).joined(separator: "; "))
        }
    }
}
