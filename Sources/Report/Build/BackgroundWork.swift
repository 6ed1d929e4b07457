import Dispatch

/// Work handed from the calling thread to one background thread, run in the order it was
/// handed over, its results joined in that order.
///
/// Why: some work has a serial half that must stay on one thread (stepping a SQLite statement)
/// and a half that need not (making records of the rows read). Handing the second half over,
/// chunk by chunk, lets the two run at the same time on two cores. Unlike the ingest's bounded
/// `Handoff` between a reader and a writer, this keeps every result until `results` is called.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "tipdb.report.background")
    private let group = DispatchGroup()
    /// Touched only on `queue`, and by `results` after every piece of work has finished.
    private var collected: [T] = []

    /// Runs `work` after everything handed over before it.
    func run(_ work: @escaping @Sendable () -> [T]) {
        queue.async(group: group) {
            let part = work()
            // The first part is kept as it is: one large piece of work is not copied.
            if self.collected.isEmpty { self.collected = part } else { self.collected.append(contentsOf: part) }
        }
    }

    /// Waits for all the work handed over, and returns its results in order. They are moved
    /// out, not shared, so that the caller can change them without copying; call it once.
    func results() -> [T] {
        group.wait()
        return queue.sync {
            defer { collected = [] }
            return collected
        }
    }
}
