/// How a retracted figure loaded again with `--restore-retracted` differs from the one withdrawn
/// (`Database.restoreChange`), for the warning ingest prints at its row.
public struct RestoredFigureChange: Sendable, Equatable {
    /// The retracted figure's number, other than the one restored, and the batch that wrote it.
    public struct Number: Sendable, Equatable {
        /// The number in words, as a kept correction's note writes one (`Figure.numberText`).
        public let retracted: String
        public let restored: String
        /// The batch that last wrote the retracted figure.
        public let batch: Int64
    }

    /// Fields a `--correction` had set over exactly the value the restored row gives.
    public let undone: [KeptCorrection]
    /// The number, when it differs from the one withdrawn and no undone correction explains it.
    public let number: Number?
}
