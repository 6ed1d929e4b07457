/// The outcome of one `tipdb ingest` command.
public struct IngestReport: Codable, Sendable {
    public var files: [FileSummary] = []
    /// Every problem found: with `--on-error abort` they rejected the command, with `skip` the rows.
    public var errors: [IngestIssue] = []
    public var dryRun: Bool
    public var onError: IngestOptions.OnError
    /// True when the changes were written to the database.
    public var committed = false
    /// True when a problem concerned a whole file (missing, of no kind tipdb can tell, a header
    /// it cannot use, bytes it cannot read), which rejects the command even with `--on-error skip`.
    public var stoppedAtFile = false
    /// True when rows gave counts derived from case data numbers that disclosure control would not
    /// publish (`DerivedCountCheck`), which rejects the command even with `--on-error skip`.
    public var disclosureRefused = false

    /// True when the command is refused as a whole, so a real run writes nothing: a file it
    /// cannot use, or any problem under `--on-error abort`. A dry run reports such a command as
    /// the real run would, not the rows it would have written had it been accepted.
    public var commandRejected: Bool { stoppedAtFile || disclosureRefused || (onError == .abort && errorCount > 0) }

    /// True when the command loaded everything it read (exit code 0).
    public var isClean: Bool { errorCount == 0 }

    /// The problems of bulk files' rejected rows beyond the first 10,000 of each file, kept out
    /// of memory (`IssueSpill`); not in `errors`, but listed with them by `forEachError`.
    public var spilled: [IssueSpill] = []

    private enum CodingKeys: String, CodingKey {
        case files, errors, dryRun, onError, committed, stoppedAtFile
    }

    /// Every problem found, those in `errors` and those spilled.
    public var errorCount: Int {
        spilled.reduce(errors.count) { $0 + $1.count }
    }

    /// Calls `body` with every problem in the order they are listed: by file as given, then by
    /// line and column, each spilled run in its place among `errors`.
    public func forEachError(_ body: (IngestIssue) throws -> Void) throws {
        let runs = spilled.sorted { $0.position < $1.position }
        var next = runs.startIndex
        for (index, error) in errors.enumerated() {
            while next < runs.endIndex && runs[next].position <= index {
                try runs[next].forEach(body)
                next += 1
            }
            try body(error)
        }
        for run in runs[next...] { try run.forEach(body) }
    }

    /// The report with every spilled problem moved into `errors`: its memory grows with the
    /// number of problems, so `--json` writes its document in pieces instead (`writeJSON`).
    func withSpilledErrors() throws -> IngestReport {
        guard !spilled.isEmpty else { return self }
        var all = self
        all.errors = []
        all.errors.reserveCapacity(errorCount)
        try forEachError { all.errors.append($0) }
        all.spilled = []
        return all
    }
}
