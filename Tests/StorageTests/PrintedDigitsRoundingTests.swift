import Testing

@testable import Storage

/// A repeat's printed digits say where it was rounded: `28.0 million` claims a hundred thousand,
/// so it is no rounding of 27.6 million, where `28 million` (zeros that say nothing) is.
@Suite("What a repeat changes: rounding at the repeat's printed last digit, when known")
struct PrintedDigitsRoundingTests {
    @Test("the printed last digit decides the rounding; without it, the number's own", arguments: [
        (28_000_000.0, 27_600_000.0, Int?.none, true), (28_000_000, 27_600_000, 5, false),
        (2_500_000, 2_450_000, nil, true), (2_500_000, 2_450_000, 4, false),
        (2_450_000, 2_450_000, 4, true), (2_400_000, 2_450_000, 5, true), (12, 12.4, -1, false), (12, 12.4, nil, true),
    ])
    func rounding(repeated: Double, cited: Double, lastDigit: Int?, isRounding: Bool) {
        #expect(RepeatChange.isRounding(repeated, of: cited, printedTo: lastDigit) == isRounding)
    }

    @Test("between: a repeat printed 28.0 million changes the number of 27.6 million, and one printed 2.50 to 3.10 million its range")
    func between() {
        let cited = FigureClaim(
            measure: "forced-labour", place: "BGD", unit: "persons", sex: "total", ageGroup: "total", form: nil,
            periodStart: "2016", periodEnd: "2016", value: 27_600_000, statedLow: 2_450_000, statedHigh: 3_050_000)
        var repeating = cited
        repeating.value = 28_000_000
        #expect(RepeatChange.between(repeating, cites: cited) == [])
        repeating.valueLastDigit = 5
        #expect(RepeatChange.between(repeating, cites: cited) == [.value])
        repeating.value = 27_600_000
        (repeating.statedLow, repeating.statedHigh) = (2_500_000, 3_100_000)
        #expect(RepeatChange.between(repeating, cites: cited) == [])
        (repeating.lowLastDigit, repeating.highLastDigit) = (4, 4)
        #expect(RepeatChange.between(repeating, cites: cited) == [.range])
    }
}
