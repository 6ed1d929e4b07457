import Report
import Storage
import Testing

/// `QuantityText.range` writes `low to high` whatever the size of the numbers, a scale word
/// shared only when both ends take it exactly.
@Suite("Range wording is the same at every magnitude")
struct RangeWordingTests {
    static let persons = QuantityText(unit: "persons", unitLabel: "persons", dimension: "count", perYear: false)
    static let dollars = QuantityText(unit: "USD", unitLabel: "US dollars", dimension: "money", perYear: true)
    static let share = QuantityText(unit: "percent", unitLabel: "percent", dimension: "share", perYear: false)

    @Test("thousands, millions, billions and shares all read 'to'", arguments: [
        (persons, 1_499.0, 1_501.0, "1,499 to 1,501"),
        (persons, 1_949_000.0, 1_951_000.0, "1.949 to 1.951 million"),
        (persons, 19_100_000.0, 22_300_000.0, "19.1 to 22.3 million"),
        (persons, 900_000.0, 1_200_000.0, "900,000 to 1.2 million"),
        // A whole number before a fraction keeps its scale word: "1 to 1.4 million" reads as from one person.
        (persons, 1_000_000.0, 1_400_000.0, "1 million to 1.4 million"),
        (persons, 2_000_000.0, 3_000_000.0, "2 to 3 million"),
        (dollars, 150e9, 236e9, "US$150 to 236 billion a year"),
        (share, 2.5, 4.0, "2.5 to 4%"),
    ])
    func magnitudes(quantity: QuantityText, low: Double, high: Double, expected: String) {
        let text = quantity.range(low: low, high: high, censored: false)
        #expect(text == expected)
        #expect(text?.contains("-") == false)
    }
}
