import Testing

@testable import Report

@Suite("Work handed to a background thread")
struct BackgroundWorkTests {
    @Test("results come back in the order the work was handed over, however long each piece takes")
    func order() {
        let work = BackgroundWork<Int>()
        for piece in 0..<200 {
            work.run {
                // Uneven pieces: a later piece finishing first must not overtake an earlier one.
                var spin = 0
                for step in 0..<((200 - piece) * 50) { spin &+= step }
                return spin >= 0 ? Array(piece * 3..<piece * 3 + 3) : []
            }
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
