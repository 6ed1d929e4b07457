import Foundation
import Testing
import TestSupport

@testable import Report

@Suite("Charts: coordinates written by hand as printf writes them")
struct XMLCoordinateTests {
    /// Values where rounding to one decimal is hard: halves of tenths (exact ties such as 0.25,
    /// and 0.35, a little below its decimal), their neighbours a few ulps away, negatives, values
    /// near zero and large ones, and random values of the sizes charts use.
    static func values(count: Int, seed: UInt64) -> [Double] {
        var random = SeededGenerator(seed: seed)
        var values: [Double] = [0, -0, 0.04, -0.04, 0.05, -0.05, 0.06, -0.06, 0.25, 0.35, 2.5, 1e15, -1e15, 9e14, 4.5e15, 1e300, .nan, .infinity]
        for k in -2_000...2_000 {
            let tie = Double(k) / 20
            values += [tie, tie.nextUp, tie.nextDown, tie.nextUp.nextUp, tie.nextDown.nextDown]
        }
        for _ in 0..<count {
            values.append(Double.random(in: -1_000...1_000, using: &random))
            values.append(Double(Int.random(in: -100_000...100_000, using: &random)) / 100)
            values.append(Double.random(in: -1...1, using: &random) * pow(10, Double(Int.random(in: -6...14, using: &random))))
        }
        return values
    }

    @Test("the same text as %.1f with .0 dropped, for every value")
    func sameAsPrintf() {
        for value in Self.values(count: 30_000, seed: 21) {
            let expected = XMLText.printfCoordinate(value.isFinite ? value : 0)
            #expect(XMLText.coordinate(value) == expected, "\(value)")
        }
        #expect(XMLText.coordinate(0.35) == "0.3")
        #expect(XMLText.coordinate(0.25) == "0.2")
        #expect(XMLText.coordinate(-0.04) == "0")
        #expect(XMLText.coordinate(120) == "120")
        #expect(XMLText.coordinate(33.5) == "33.5")
    }
}
