import Foundation

/// Hands batches of parsed rows from the reading thread to the inserting one, with at most a few
/// in flight so that memory stays bounded whatever the file size, and empty batches back for reuse.
final class CaseBatchQueue: @unchecked Sendable {
    /// What the reading thread ended with.
    enum End: Sendable {
        case finished
        /// A defect in the file after which nothing can be trusted.
        case failed(IngestIssue)
    }

    private let condition = NSCondition()
    private var full: [CaseBatch] = []
    private var empty: [CaseBatch]
    private var end: End?
    private var cancelled = false
    private var readerDone = false

    init(width: Int, batchRows: Int, inFlight: Int) {
        empty = (0..<inFlight).map { _ in CaseBatch(width: width, capacity: batchRows) }
    }

    // MARK: The reading thread

    /// An empty batch to fill, or nil when the inserting side has given up.
    func emptyBatch() -> CaseBatch? {
        condition.lock()
        defer { condition.unlock() }
        while empty.isEmpty && !cancelled { condition.wait() }
        guard !cancelled else { return nil }
        let batch = empty.removeLast()
        batch.reset()
        return batch
    }

    func send(_ batch: CaseBatch) {
        condition.lock()
        full.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The last call of the reading thread.
    func finish(_ outcome: End) {
        condition.lock()
        end = outcome
        readerDone = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The inserting thread

    /// The next full batch, or nil once the reader has finished and every batch was taken.
    func nextBatch() -> CaseBatch? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !readerDone { condition.wait() }
        return full.isEmpty ? nil : full.removeFirst()
    }

    /// Gives a used batch back to the reading thread.
    func recycle(_ batch: CaseBatch) {
        condition.lock()
        empty.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// How the reader ended (valid once ``nextBatch()`` returned nil).
    var outcome: End {
        condition.lock()
        defer { condition.unlock() }
        return end ?? .finished
    }

    /// Stops the reading thread (the inserting side failed) and waits until it has stopped.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !readerDone { condition.wait() }
        condition.unlock()
    }
}
