extension Figure {
    /// The stored number as messages quote one (`NumberText.exact`), with its bounds: `2014`, `<5`,
    /// `12000 (11000 to 13000, ci_level 0.95)`, `11000 to 13000`, `at least 30000`, `no number`,
    /// `2500000 (printed 2.50 million)`, `2500000 (2400000 (printed 2.40 million) to 2600000)`.
    ///
    /// Why one text: the note of a kept correction (`FigureField`, the value field) and ingest's
    /// key-reuse warning (`KeyReuseCheck`) both name a stored number to the analyst who typed it,
    /// and wrote it two ways (the warning dropped a value's bounds and read a one-sided range as
    /// "no number").
    public var numberText: String {
        if censored, let high { return "<" + NumberText.exact(FigureClaim.publishedBound(censoredHigh: high)) }
        let low = low.map { Self.exactText($0, printedTo: lowLastDigit) }
        let high = high.map { Self.exactText($0, printedTo: highLastDigit) }
        let range: String? = switch (low, high) {
        case let (low?, high?): "\(low) to \(high)"
        case let (low?, nil): "at least \(low)"
        case let (nil, high?): "up to \(high)"
        case (nil, nil): nil
        }
        let level = ciLevel.map { ", ci_level \(NumberText.exact($0))" } ?? ""
        guard let value else { return (range ?? "no number") + level }
        // The digits it was printed with, when the number drops them: a note about "2.50 million"
        // kept over "2.5 million" would otherwise name 2500000 twice.
        return Self.exactText(value, printedTo: valueLastDigit) + (range.map { " (\($0)\(level))" } ?? "")
    }

    /// `NumberText.exact(number)`, followed by how it was printed when the number drops digits its
    /// source printed (`valueLastDigit`, `lowLastDigit`, `highLastDigit`): `2500000 (printed 2.50 million)`.
    private static func exactText(_ number: Double, printedTo lastDigit: Int?) -> String {
        let printed = lastDigit.map { " (printed \(NumberText.published(NumberText.scaled(number), value: number, lastDigit: $0)))" } ?? ""
        return NumberText.exact(number) + printed
    }
}
