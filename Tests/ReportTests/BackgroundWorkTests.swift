import Testing

@testable import Report

@Suite("Work handed to a background thread")
struct BackgroundWorkTests {
    /// The pieces run one after another on one queue; this fails if that ever changes (a
    /// concurrent queue would reorder them, or race on the results).
    @Test("results come back in the order the work was handed over")
    func order() {
        let work = BackgroundWork<Int>()
        for piece in 0..<200 {
            work.run { Array(piece * 3..<piece * 3 + 3) }
        }
        #expect(work.results() == Array(0..<600))
    }

    @Test("no work gives no results; one piece is returned whole")
    func edges() {
        #expect(BackgroundWork<String>().results().isEmpty)
        let one = BackgroundWork<String>()
        one.run { ["a", "b"] }
        #expect(one.results() == ["a", "b"])
    }
}
