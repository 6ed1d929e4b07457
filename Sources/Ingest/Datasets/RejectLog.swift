import Storage

/// Collects the problems of a bulk file's rows and, under `--on-error skip`, keeps each rejected
/// row in `ingest_rejects` (its text too, except for a case-level row: see ``reject(raw:issues:)``).
///
/// A systematic problem in a 250,000-row file would otherwise print 250,000 lines: the first
/// ``listLimit`` problems are listed with their positions and the rest are counted. Every
/// rejected row still goes to `ingest_rejects`, so nothing is lost.
struct RejectLog {
    static let listLimit = 100

    let db: Database
    let file: String
    let batch: Int64
    let onError: IngestOptions.OnError
    private(set) var listed: [IngestIssue] = []
    private(set) var unlisted = 0
    /// Rows rejected.
    private(set) var rows = 0

    init(context: DatasetContext) {
        db = context.db
        file = context.path
        batch = context.batch
        onError = context.options.onError
    }

    /// Rejects one row for `issues` (at least one). `raw` is the row's text, or nil for a row of
    /// a CTDC case file: such a row is about a person (and may hold the identifier columns that
    /// `--allow-identifiers` leaves out), so only its line, column and reason are kept.
    mutating func reject(raw: String?, issues: [IngestIssue]) throws {
        rows += 1
        for issue in issues {
            if listed.count < Self.listLimit { listed.append(issue) } else { unlisted += 1 }
        }
        if onError == .skip, let first = issues.first {
            try db.insertReject(batch: batch, line: first.line, column: first.column, raw: raw,
                                reason: issues.map(\.message).joined(separator: "; "))
        }
    }

    /// The listed problems, and one more line counting those not listed.
    var issues: [IngestIssue] {
        guard unlisted > 0 else { return listed }
        return listed + [IngestIssue(
            file: file, line: 0, column: 0,
            message: "\(unlisted) more problem\(unlisted == 1 ? "" : "s") not listed (the first \(Self.listLimit) are)\(onError == .skip ? "; every rejected row is in ingest_rejects" : "")")]
    }
}
