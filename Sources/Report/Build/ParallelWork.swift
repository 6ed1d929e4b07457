import Dispatch
import Foundation

/// Runs pure work over consecutive slices of a range on every core, keeping results in order.
///
/// Briefs over large databases spend most of their time writing the same words for each of
/// many figures; that work depends on nothing shared that changes, so it is split. Output is
/// the same whatever the number of cores: slices are joined in order.
enum ParallelWork {
    static let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// An array of `count` elements made by `body(index)`, slices of it on every core, each
    /// element built in place: no slice is copied afterwards.
    static func array<T: Sendable>(_ count: Int, minimum: Int = 5_000, _ body: @Sendable (Int) -> T) -> [T] {
        let parts = count >= minimum ? cores : 1
        guard parts > 1 else { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            // Each slice initialises only its own elements.
            nonisolated(unsafe) let start = base
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for index in (count * part / parts)..<(count * (part + 1) / parts) {
                    (start + index).initialize(to: body(index))
                }
            }
            initialized = count
        }
    }

    /// `body` for consecutive slices of `0..<count`, concurrently when `count` is large enough to
    /// be worth it; the results in slice order. `body` must not touch shared mutable state.
    static func slices<T: Sendable>(_ count: Int, minimum: Int = 10_000, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let parts = count >= minimum ? cores : 1
        guard parts > 1 else { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each slice writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                slots[part] = body((count * part / parts)..<(count * (part + 1) / parts))
            }
        }
        return results.compactMap { $0 }
    }
}
