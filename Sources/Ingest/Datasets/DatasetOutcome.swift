/// What loading one dataset file found beyond its summary: the problems that reject rows or the
/// command, and whether the command must stop.
struct DatasetOutcome {
    var errors: [IngestIssue] = []
    /// The rejected rows' problems beyond the first `RejectLog.keptInMemory`, after `errors`'
    /// own problems of those rows.
    var spill: IssueSpill?
    /// True when the file could not be read at all (bad header, unknown source, out-of-order
    /// vintage): the command stops and is rolled back.
    var fatal = false

    /// The problems of the rows `rejects` refused, then `more` (a problem that stopped the file).
    init(rejects: RejectLog, adding more: [IngestIssue] = [], fatal: Bool) {
        errors = rejects.issues + more
        spill = rejects.spill
        self.fatal = fatal
    }

    init(errors: [IngestIssue] = [], fatal: Bool = false) {
        self.errors = errors
        self.fatal = fatal
    }

    static func stop(_ issue: IngestIssue) -> DatasetOutcome {
        DatasetOutcome(errors: [issue], fatal: true)
    }
}
