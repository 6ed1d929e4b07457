import Storage
import Testing

/// `NumberText.published` and `QuantityText` with `valueLastDigit`: a number prints the zeros its
/// source printed after the point (`2.50 million`), never zeros after a rounded number, and
/// exactly as before without them.
@Suite("Number text: the digits a figure was printed with")
struct PublishedDigitsTextTests {
    private static let persons = QuantityText(unit: "persons", label: "persons", dimension: "count", measureCounts: nil)
    private static let percent = QuantityText(unit: "percent", label: "percent", dimension: "share", measureCounts: nil)
    private static let money = QuantityText(unit: "USD", label: "US dollars", dimension: "money", measureCounts: "money")
    private static let change = QuantityText(unit: "percent-change", label: "percent change", dimension: "change", measureCounts: nil)

    @Test("zeros put back after the digits scaled, share and money write", arguments: [
        (2_500_000.0, 4 as Int?, "2.50 million"), (2_000_000, 5, "2.0 million"), (2_000_000, 4, "2.00 million"),
        (1_200_000, 4, "1.20 million"), (0.5, -2, "0.50"), (12, -1, "12.0"), (2_500_000, -1, "2,500,000.0"),
        (2_500_000, 2, "2.5000 million"), (1_234_000, 2, "1.2340 million"), (150_000_000_000, 8, "150.0 billion"),
        (-2_500_000, 4, "-2.50 million"), (0, -2, "0.00"),
        // Already shown, or no claim: as before.
        (2_500_000, 5, "2.5 million"), (2_500_000, 6, "2.5 million"), (140_000, 3, "140,000"), (2_500_000, nil, "2.5 million"),
        // A rounded text gets no zeros: 0.12345 is written 0.123.
        (0.12345, -6, "0.123"),
    ])
    func published(value: Double, lastDigit: Int?, expected: String) {
        #expect(NumberText.published(NumberText.scaled(value), value: value, lastDigit: lastDigit) == expected)
    }

    @Test("a figure's text in every unit keeps its printed digits; without them it reads as before")
    func quantities() {
        #expect(Self.persons.text(value: 2_500_000, censored: false, high: nil, valueLastDigit: 4) == "2.50 million")
        #expect(Self.persons.text(value: 2_500_000, censored: false, high: nil) == "2.5 million")
        #expect(Self.percent.text(value: 12, censored: false, high: nil, valueLastDigit: -1) == "12.0%")
        // A share rounded away from 100 gets no zeros after it.
        #expect(Self.percent.text(value: 99.99999, censored: false, high: nil, valueLastDigit: -6) == ">99.99%")
        #expect(Self.money.text(value: 150e9, censored: false, high: nil, valueLastDigit: 8) == "US$150.0 billion a year")
        #expect(Self.money.text(value: 2.5, censored: false, high: nil, valueLastDigit: -3) == "US$2.500 a year")
        #expect(Self.change.text(value: -5, censored: false, high: nil, valueLastDigit: -1) == "down 5.0%")
    }

    @Test("messages name the printed form beside the stored number, and only when it differs")
    func messages() {
        var figure = Figure(key: "a", measure: "forced-labour", value: 2_500_000, unit: "persons", place: "NPL",
                            periodStart: "2018", periodEnd: "2018", source: "rep", valueLastDigit: 4)
        #expect(figure.numberText == "2500000 (printed 2.50 million)")
        figure.valueLastDigit = nil
        #expect(figure.numberText == "2500000")
    }

    @Test("a minimum's bound is the value, printed with its digits; other bounds as before")
    func bounds() {
        #expect(Self.persons.boundedText(value: 2_500_000, censored: false, low: 2_500_000, high: nil, valueLastDigit: 4)
            == "at least 2.50 million")
        #expect(Self.persons.boundedText(value: 2_500_000, censored: false, low: nil, high: 2_500_000, valueLastDigit: 4)
            == "up to 2.50 million")
        #expect(Self.persons.statedText(value: 2_500_000, censored: false, low: 2_000_000, high: 3_000_000, ciLevel: 0.95, valueLastDigit: 4)
            == "2.50 million (2 to 3 million, 95% interval)")
        #expect(Self.persons.statedText(value: 2_500_000, censored: false, low: 2_500_000, high: nil, ciLevel: nil, valueLastDigit: 4)
            == "at least 2.50 million")
    }
}
