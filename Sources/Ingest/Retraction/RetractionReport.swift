/// What `tipdb retract` withdrew, or would withdraw in a dry run, or why it withdrew nothing.
///
/// Encoded as the command's `--json` document (keys sorted, see README "JSON output"): a refused
/// command prints it too, with `problems` saying why and no figure, as `ingest --json` prints its
/// report when it rejects rows, so that a script gets every problem, not one error message.
public struct RetractionReport: Equatable, Sendable, Encodable {
    /// One figure withdrawn: its key and the batch that had written its last values.
    public struct Withdrawn: Equatable, Sendable, Encodable {
        public var key: String
        public var writtenBy: Int64
    }

    /// The figures, in the order their keys were given (each once); none when refused.
    public var figures: [Withdrawn] = []
    /// The retract batch (`ingest_batches.id`); nil for a dry run or a refusal (left out of the JSON).
    public var batch: Int64?
    public var dryRun: Bool
    /// Why the figures are withdrawn, as kept with them.
    public var reason: String
    /// Why nothing was withdrawn, one sentence per figure that cannot go; empty when nothing stood in the way.
    public var problems: [String] = []

    public init(dryRun: Bool, reason: String, problems: [String] = []) {
        self.dryRun = dryRun
        self.reason = reason
        self.problems = problems
    }

    /// The lines `tipdb retract` prints: one per figure, then what happened to them all.
    public var lines: [String] {
        let verb = dryRun ? "would retract" : "retracted"
        let each = figures.map { "\(verb) \($0.key) (written by batch \($0.writtenBy))" }
        let count = figures.count == 1 ? "1 figure" : "\(figures.count) figures"
        guard let batch, !dryRun else { return each + ["\(count) would be retracted (dry run: nothing written)"] }
        let them = figures.count == 1 ? "its" : "their"
        return each + ["\(count) retracted (batch \(batch)); \(them) values, tags, breakdowns and revisions are kept in figure_retractions"]
    }
}
