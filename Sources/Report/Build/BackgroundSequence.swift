import Dispatch
import Foundation

/// Pieces of work run one after another on one background thread, each result taken as soon as
/// its piece is done rather than after the last: the caller works through the first while the
/// next are made.
///
/// Why not `BackgroundWork`, whose `results` waits for everything handed over: a brief completes
/// its figures' entries (citation numbers, in order) on its main thread, measure by measure, and
/// waiting for every measure's words first left the other core idle while it did (`perf`,
/// session 61).
final class BackgroundSequence<T: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "tipdb.report.sequence")
    private let lock = NSLock()
    /// The results made and not yet taken, by index. Guarded by `lock`.
    private var made: [Int: T] = [:]
    /// The indices taken so far. Guarded by `lock`.
    private var taken: Set<Int> = []
    /// Signalled once each piece's result is in `made`.
    private let ready: [DispatchSemaphore]

    /// Starts `work(0)`, `work(1)` and so on to `work(count - 1)`, once `after` (when given) is done.
    init(count: Int, after: DispatchGroup? = nil, _ work: @escaping @Sendable (Int) -> T) {
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        queue.async { [self] in
            after?.wait()
            for index in 0..<count {
                let result = work(index)
                lock.withLock { made[index] = result }
                ready[index].signal()
            }
        }
    }

    /// Waits for piece `index` and returns its result, moved out, not copied: each index is
    /// taken once, and nil is returned at once for an index taken before or out of range (its
    /// piece's signal was waited for already, or never comes).
    func take(_ index: Int) -> T? {
        guard ready.indices.contains(index), lock.withLock({ taken.insert(index).inserted }) else { return nil }
        ready[index].wait()
        return lock.withLock { made.removeValue(forKey: index) }
    }
}
