import Storage

/// Collects the problems of a bulk file's rows and, under `--on-error skip`, keeps each rejected
/// row in `ingest_rejects` (its text too, except for a case-level row: see ``reject(raw:issues:)``).
///
/// Every problem is listed, as a figures file's are: under `--on-error abort` nothing is stored,
/// so the list is the only place they can be read. It used to stop at the first 100 and count the
/// rest in one more line, which `tipdb ingest` then counted as one problem (a file of 250 bad
/// rows ended `101 problems found`), and which under `skip` pointed to `ingest_rejects` even when
/// the command was rejected and that table kept nothing.
struct RejectLog {
    let db: Database
    let batch: Int64
    let onError: IngestOptions.OnError
    /// Every problem of the rejected rows, in file order.
    private(set) var issues: [IngestIssue] = []
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
        self.issues += issues
        if onError == .skip, let first = issues.first {
            try db.insertReject(batch: batch, line: first.line, column: first.column, raw: raw,
                                reason: issues.map(\.message).joined(separator: "; "))
        }
    }
}
