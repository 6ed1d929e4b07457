import Dispatch
import Testing

@testable import Report

/// `BackgroundSequence` runs its pieces in order on another thread and hands each result over as
/// soon as it is made: a result taken early is not held back by the pieces after it.
@Suite("BackgroundSequence: pieces run in order after what they wait for, each taken when done")
struct BackgroundSequenceTests {
    @Test("every piece's result, in order, once; none starts before the group it waits for is done")
    func resultsInOrder() {
        let gate = DispatchGroup()
        gate.enter()
        let started = DispatchSemaphore(value: 0)
        let sequence = BackgroundSequence<[Int]>(count: 5, after: gate) { index in
            if index == 0 { started.signal() }
            return Array(repeating: index, count: index + 1)
        }
        // Nothing runs while the group it waits for is not done.
        #expect(started.wait(timeout: .now() + .milliseconds(50)) == .timedOut)
        gate.leave()
        #expect(sequence.take(0) == [0])
        #expect(sequence.take(1) == [1, 1])
        #expect(sequence.take(4) == [4, 4, 4, 4, 4])
        #expect(sequence.take(3) == [3, 3, 3, 3])
        #expect(sequence.take(2) == [2, 2, 2])
        // Moved out: a piece taken twice has nothing left, and one out of range none; neither waits.
        #expect(sequence.take(1) == nil)
        #expect(sequence.take(5) == nil)
    }

    @Test("the first result is handed over while a later piece is still running")
    func firstBeforeLast() {
        let release = DispatchSemaphore(value: 0)
        let sequence = BackgroundSequence<Int>(count: 2) { index in
            if index == 1 { release.wait() }
            return index * 10
        }
        // Taken while piece 1 waits: with results handed over only at the end, this would hang.
        #expect(sequence.take(0) == 0)
        release.signal()
        #expect(sequence.take(1) == 10)
    }
}
