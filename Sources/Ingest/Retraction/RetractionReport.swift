/// What `tipdb retract` withdrew, or would withdraw in a dry run.
public struct RetractionReport: Equatable, Sendable {
    /// One figure withdrawn: its key and the batch that had written its last values.
    public struct Withdrawn: Equatable, Sendable {
        public var key: String
        public var writtenBy: Int64
    }

    /// The figures, in the order their keys were given (each once).
    public var figures: [Withdrawn] = []
    /// The retract batch (`ingest_batches.id`); nil for a dry run.
    public var batch: Int64?
    public var dryRun: Bool

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
