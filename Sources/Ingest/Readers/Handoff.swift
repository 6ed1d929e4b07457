import Foundation

/// Passes items in order from one thread to another, with at most `capacity` waiting, so that
/// memory stays bounded whatever the file size. Either side may stop early: the reader by
/// `finish`, the other side by `cancel`.
///
/// Used by ingest's two-thread loops: records (`RecordPipeline`) and case rows (`CaseBatchQueue`).
final class Handoff<Item>: @unchecked Sendable {
    /// How the sending side ended.
    enum End {
        case finished
        /// A defect in the file after which nothing can be trusted.
        case failed(IngestIssue)
    }

    private let capacity: Int
    private let condition = NSCondition()
    private var ready: [Item] = []
    private var end: End?
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    // MARK: The sending side

    /// Queues `item`, waiting while `capacity` items wait; false once the other side cancelled.
    func send(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        ready.append(item)
        condition.broadcast()
        return true
    }

    /// The sending side's last call.
    func finish(_ outcome: End) {
        condition.lock()
        end = outcome
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The receiving side

    /// The next item, or nil once the sender has finished (or this side cancelled) and none is left.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && end == nil && !cancelled { condition.wait() }
        guard !ready.isEmpty, !cancelled else { return nil }
        condition.broadcast()
        return ready.removeFirst()
    }

    /// How the sender ended (meaningful once `next()` returned nil).
    var outcome: End {
        condition.lock()
        defer { condition.unlock() }
        return end ?? .finished
    }

    /// Stops the other side at its next `send` or `next`.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Cancels, then waits until the sender has called `finish`.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while end == nil { condition.wait() }
        condition.unlock()
    }
}
