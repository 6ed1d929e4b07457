import Testing

@testable import Storage

/// The measures' reading order, derived once in Storage for every report (tables, key figures,
/// charts and the ranks each figure record carries).
@Suite("Measure.readingOrder: what is counted first, then label; sub-measures after their parent; loops last")
struct MeasureReadingOrderTests {
    @Test("prevalence before counts before money, by label within each; children depth first by label; a parent loop last, by code")
    func order() throws {
        // A measures table of its own: the vocabulary's rules (a parent that exists, no loop) would refuse these.
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE measures (code TEXT, label TEXT, counts TEXT, parent TEXT)")
        for (code, label, counts, parent) in [
            ("profits", "Illegal profits", "money", nil),
            ("detected", "Detected victims", "detected-count", nil),
            ("fl", "Forced labour", "prevalence-estimate", nil),
            ("fl-state", "State-imposed forced labour", "prevalence-estimate", "fl"),
            ("fl-private", "Privately imposed forced labour", "prevalence-estimate", "fl"),
            ("fl-private-sex", "Forced commercial sexual exploitation", "prevalence-estimate", "fl-private"),
            ("am", "Slavery", "prevalence-estimate", nil),
            ("loop-b", "B", "rate", "loop-a"),
            ("loop-a", "A", "rate", "loop-b"),
        ] as [(String, String, String, String?)] {
            try db.execute("INSERT INTO measures VALUES (?, ?, ?, ?)", [code, label, counts, parent])
        }
        let measures = try Measure.all(in: db)
        let order = Measure.readingOrder(Dictionary(uniqueKeysWithValues: measures.map { ($0.code, $0) }))
        #expect(order == ["fl", "fl-private", "fl-private-sex", "fl-state", "am", "detected", "profits", "loop-a", "loop-b"])
        #expect(Measure.readingRanks(order)["detected"] == 5 && Measure.readingRanks(order)["loop-b"] == 8)
    }
}
