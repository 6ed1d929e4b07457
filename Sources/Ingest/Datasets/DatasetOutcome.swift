/// What loading one dataset file found beyond its summary: the problems that reject rows or the
/// command, and whether the command must stop.
struct DatasetOutcome {
    var errors: [IngestIssue] = []
    /// True when the file could not be read at all (bad header, unknown source, out-of-order
    /// vintage): the command stops and is rolled back.
    var fatal = false

    static func stop(_ issue: IngestIssue) -> DatasetOutcome {
        DatasetOutcome(errors: [issue], fatal: true)
    }
}
