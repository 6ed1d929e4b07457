/// Hands batches of parsed rows from the reading thread to the inserting one, and empty batches
/// back for reuse: a fixed pool of `inFlight` batches, so memory stays bounded whatever the file
/// size and no batch is allocated per chunk.
final class CaseBatchQueue: @unchecked Sendable {
    typealias End = Handoff<CaseBatch>.End

    private let full: Handoff<CaseBatch>
    private let empty: Handoff<CaseBatch>

    init(width: Int, batchRows: Int, inFlight: Int) {
        full = Handoff(capacity: inFlight)
        empty = Handoff(capacity: inFlight)
        for _ in 0..<inFlight { _ = empty.send(CaseBatch(width: width, capacity: batchRows)) }
    }

    // MARK: The reading thread

    /// An empty batch to fill, or nil when the inserting side has given up.
    func emptyBatch() -> CaseBatch? {
        guard let batch = empty.next() else { return nil }
        batch.reset()
        return batch
    }

    func send(_ batch: CaseBatch) {
        _ = full.send(batch)  // never waits: only `inFlight` batches exist
    }

    /// The last call of the reading thread.
    func finish(_ outcome: End) {
        full.finish(outcome)
    }

    // MARK: The inserting thread

    /// The next full batch, or nil once the reader has finished and every batch was taken.
    func nextBatch() -> CaseBatch? {
        full.next()
    }

    /// Gives a used batch back to the reading thread.
    func recycle(_ batch: CaseBatch) {
        _ = empty.send(batch)
    }

    /// How the reader ended (valid once ``nextBatch()`` returned nil).
    var outcome: End {
        full.outcome
    }

    /// Stops the reading thread (the inserting side failed) and waits until it has stopped.
    func cancelAndWait() {
        empty.cancel()
        full.cancelAndWait()
    }
}
