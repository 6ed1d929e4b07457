import Testing

@testable import Report

@Suite("Chart axes: round ticks, whole numbers for counts")
struct ChartScaleTests {
    @Test("ticks cover the range in three to seven round steps; for counts every tick is a whole number", arguments: [
        // (low, high, whole numbers, expected ticks)
        (0.0, 13.2, false, [0.0, 2.5, 5, 7.5, 10, 12.5, 15]),
        (0, 13.2, true, [0.0, 5, 10, 15]),
        (0, 4.4, true, [0.0, 1, 2, 3, 4, 5]),
        (0, 1.1, true, [0.0, 1, 2]),
        (0, 0.55, false, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
        (0, 2_750_000, true, [0.0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000]),
        (0, 33, true, [0.0, 10, 20, 30, 40]),
    ] as [(Double, Double, Bool, [Double])])
    func ticks(low: Double, high: Double, wholeNumbers: Bool, expected: [Double]) {
        let ticks = ChartScale.ticks(from: low, to: high, wholeNumbers: wholeNumbers)
        #expect(ticks.count == expected.count, "\(ticks)")
        for (tick, want) in zip(ticks, expected) { #expect(abs(tick - want) < 1e-9, "\(ticks)") }
        if wholeNumbers { #expect(ticks.allSatisfy { $0 == $0.rounded() }) }
    }
}
