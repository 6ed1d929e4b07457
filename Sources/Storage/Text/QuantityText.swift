/// A figure's value written with its unit, the way a brief states it: `27.6 million`,
/// `US$236 billion a year`, `98%`, `down 11%`, `5.3 per 1,000`, `<5`.
///
/// The unit decides the wording; money measures in the vocabulary are annual flows, so their
/// values read "a year" (the measures' definitions say so) whatever a figure's period: ILO 2005's
/// US$32 billion a year describes 1995-2004. A figure whose period is not one year is cautioned
/// about instead (`KeyFigurePeriod`, the periods caution): the data cannot tell a yearly amount
/// from a total, and dropping "a year" would misstate the many yearly amounts of longer periods.
public struct QuantityText: Sendable {
    /// The unit code, e.g. `persons`, `USD`, `percent-change`.
    public var unit: String
    /// The unit's label from the units table, used for units this type does not know by code.
    public var unitLabel: String
    /// The unit's dimension: count, money, share, change, rate or index.
    public var dimension: String
    /// True when the measure is an annual money flow (measures.counts = money).
    public var perYear: Bool

    public init(unit: String, unitLabel: String, dimension: String, perYear: Bool) {
        self.unit = unit
        self.unitLabel = unitLabel
        self.dimension = dimension
        self.perYear = perYear
    }

    /// How a figure in `unit` is written, from the units and measures tables: the one rule briefs,
    /// lineage (`Catalog.quantity`) and search titles share, so that a number reads the same in each.
    ///
    /// - Parameters:
    ///   - label: `units.label`, nil for a unit outside the table (the code is written).
    ///   - dimension: `units.dimension`, nil for a unit outside the table (read as a count).
    ///   - measureCounts: `measures.counts` of the figure's measure: `money` is an annual flow.
    public init(unit: String, label: String?, dimension: String?, measureCounts: String?) {
        self.init(unit: unit, unitLabel: label ?? unit, dimension: dimension ?? "count", perYear: measureCounts == "money")
    }

    /// The value with its unit; for a censored figure, `<k` from its upper bound; for an estimate
    /// published only as a range, the range (`10,000 to 13,000`).
    ///
    /// Why the range and never its midpoint: the source gave no central number, and one printed
    /// here would be quoted as published.
    ///
    /// - Parameters:
    ///   - valueLastDigit: `Figure.valueLastDigit`: the value keeps the zeros its source printed
    ///     (`2.50 million`, `12.0%`; `NumberText.published`).
    ///   - lowLastDigit: `Figure.lowLastDigit`, for the range of a figure without a value.
    ///   - highLastDigit: `Figure.highLastDigit`, likewise.
    public func text(
        value: Double?, censored: Bool, low: Double? = nil, high: Double?, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String {
        if censored, let high {
            // Stored as 1...k-1 for a published "<k": print the bound the source printed.
            let bound = FigureClaim.publishedBound(censoredHigh: high)
            return "<" + wrap(number(bound), sign: "")
        }
        guard let value else {
            return range(low: low, high: high, censored: censored, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit) ?? "not published"
        }
        if dimension == "change" {
            // A change reads as a direction, so it cannot be mistaken for a share or a level.
            if value == 0 { return "no change" }
            return (value > 0 ? "up " : "down ") + wrap(number(abs(value), lastDigit: valueLastDigit), sign: "")
        }
        return wrap(number(abs(value), lastDigit: valueLastDigit), sign: value < 0 ? "-" : "")
    }

    /// The number as a caution writes it: the range (`range`) where a bound on one side alone is
    /// the number (a minimum: `at least 12.3 million`; a maximum: `up to 47,000`), otherwise `text`.
    ///
    /// Why: ILO 2005's minimum of 12.3 million and UNODC's "just under 47,000" read "12.3 million"
    /// and "47,000" in the cautions, beside "at least 12.3 million" and "up to 47,000" in the
    /// tables and `≥`/`≤` on the charts: a number quoted from a caution lost its bound.
    /// A bound equal to the value is printed with the value's digits (`at least 2.50 million`).
    ///
    /// An estimate published only as a range is that range with its confidence level, when it has
    /// one (`ciLevel`): `10,000 to 13,000 (95% interval)`. Why: the range is the number here, and
    /// without its level a 95 % interval read as a plain range in the cautions, in search and under
    /// a chart, where the tables beside them said "95% interval".
    public func boundedText(
        value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double? = nil, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String {
        let number = text(
            value: value, censored: censored, low: low, high: high, valueLastDigit: valueLastDigit,
            lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        return boundedText(
            plain: number, value: value, censored: censored, low: low, high: high, ciLevel: ciLevel, valueLastDigit: valueLastDigit,
            lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
    }

    /// `boundedText` for a caller that has made the number's `text` already (`plain`): a
    /// figures table writes both, and making the text twice was a sixth of a large brief's
    /// words for its tables (`perf`, session 59).
    public func boundedText(
        plain number: String, value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double? = nil,
        valueLastDigit: Int? = nil, lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String {
        if value == nil, !censored, let ciLevel, low != nil || high != nil {
            return number + " (" + levelWords(ciLevel, low: low, high: high) + ")"
        }
        guard let value, !censored, (low == value && high == nil) || (high == value && low == nil),
              let range = range(
                low: low, high: high, censored: false, value: value, valueLastDigit: valueLastDigit,
                lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        else { return number }
        return range
    }

    /// The number as a line that names one figure writes it, its uncertainty included:
    /// `boundedText`, followed by any other bounds in brackets with their confidence level:
    /// `12,000 (10,000 to 14,000, 95% interval)`, `45,000 (40,000 to 50,000)`.
    ///
    /// Why: a search result or a study's finding is read, and quoted, without the table beside it
    /// that shows the range. It listed ILO's minimum as "2.45 million", UNODC's "just under
    /// 47,000" as "47,000" and an estimate of 12,000 without its interval, the very loss of a
    /// caveat that turned "at least 2.45 million" into "2.4 million".
    public func statedText(
        value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String {
        let bounded = boundedText(
            value: value, censored: censored, low: low, high: high, ciLevel: ciLevel, valueLastDigit: valueLastDigit, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        guard let uncertainty = uncertainty(
            after: bounded, value: value, censored: censored, low: low, high: high, ciLevel: ciLevel,
            valueLastDigit: valueLastDigit, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        else { return bounded }
        return "\(bounded) (\(uncertainty))"
    }

    /// What `statedText` adds in brackets after `boundedText`: the bounds with their confidence
    /// level, `10,000 to 14,000, 95% interval`; nil where `boundedText` says it all (no bounds, a
    /// minimum or maximum, a range without a value, a censored count).
    ///
    /// Why apart: a caution that follows a number with a bracket of its own (its period and
    /// source) gives the interval first in that bracket, `12,000 (10,000 to 14,000, 95% interval;
    /// 2018, Okafor and Tran 2026 [1])`, rather than two brackets in a row.
    public func uncertaintyText(
        value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String? {
        let bounded = boundedText(
            value: value, censored: censored, low: low, high: high, ciLevel: ciLevel, valueLastDigit: valueLastDigit,
            lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        return uncertainty(
            after: bounded, value: value, censored: censored, low: low, high: high, ciLevel: ciLevel,
            valueLastDigit: valueLastDigit, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
    }

    /// `uncertaintyText` for a number `boundedText` wrote as `bounded`.
    private func uncertainty(
        after bounded: String, value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?,
        valueLastDigit: Int?, lowLastDigit: Int?, highLastDigit: Int?
    ) -> String? {
        // A range without a value is the number itself: `boundedText` gives its level.
        guard value != nil, !censored,
              bounded == text(value: value, censored: censored, low: low, high: high, valueLastDigit: valueLastDigit),
              let range = range(low: low, high: high, censored: false, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        else { return nil }
        return range + (ciLevel.map { ", " + levelWords($0, low: low, high: high) } ?? "")
    }

    /// The number as a caution writes it in brackets after a name, its uncertainty included but
    /// no brackets of its own: `6,000; 5,000 to 7,000, 95% interval`, `5,000 to 7,000, 95%
    /// interval` for a range without a value, `at least 2.45 million` for a minimum, `80,000`.
    ///
    /// Why: the sum and part-above-whole cautions wrote a part with an interval as `6,000, at least
    /// 5,000`, the wording of a published minimum, for the lower bound of a 95 % interval, below
    /// which the number may well lie, and the whole as a bare `8,000`, hiding the interval that
    /// showed there was no conflict (a statistician's review, session 54).
    public func bracketedText(
        value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String {
        let number = text(
            value: value, censored: censored, low: low, high: high, valueLastDigit: valueLastDigit,
            lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        if value == nil, !censored, let ciLevel, low != nil || high != nil {
            return number + ", " + levelWords(ciLevel, low: low, high: high)
        }
        let bounded = boundedText(
            value: value, censored: censored, low: low, high: high, ciLevel: ciLevel, valueLastDigit: valueLastDigit,
            lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        guard value != nil, !censored, bounded == number,
              let range = range(low: low, high: high, censored: false, lowLastDigit: lowLastDigit, highLastDigit: highLastDigit)
        else { return bounded }
        return "\(bounded); \(range)" + (ciLevel.map { ", " + levelWords($0, low: low, high: high) } ?? "")
    }

    /// `95% interval` for a confidence level with both bounds, `95% bound` with one.
    private func levelWords(_ ciLevel: Double, low: Double?, high: Double?) -> String {
        "\(NumberText.decimal(ciLevel * 100, digits: 1))% " + (low != nil && high != nil ? "interval" : "bound")
    }

    /// The range `low to high` with its unit, sharing one scale word when both ends use it:
    /// `1,499 to 1,501`, `19.1 to 22.3 million`, `US$150 to 236 billion a year`; a bound on one
    /// side alone reads `at least 30,000` or `up to 1.5 million`. Nil without either bound, and
    /// for a censored count, whose bounds are only how `<k` is stored.
    ///
    /// Why "to" at every magnitude: a hyphen between decimals (`1.949-1.951 million`) reads as a
    /// minus sign or a code beside `1,499 to 1,501` in the same table; one wording reads the same
    /// in every format and at every size.
    ///
    /// A change reads as a direction, as its value does: `down 1 to 10%` beside `down 5%`, not
    /// `-10 to -1%`; a range across zero reads `down 2% to up 3%`.
    ///
    /// Each bound keeps the digits its source printed (`lowLastDigit`, `highLastDigit`:
    /// `2.50 to 3.10 million`); a bound on one side alone that is the `value` (a minimum, a
    /// maximum) and has none of its own is printed with the value's (`valueLastDigit`):
    /// `at least 2.50 million`.
    public func range(
        low: Double?, high: Double?, censored: Bool, value: Double? = nil, valueLastDigit: Int? = nil,
        lowLastDigit: Int? = nil, highLastDigit: Int? = nil
    ) -> String? {
        guard !censored else { return nil }
        guard let low, let high else {
            if let low { return lowerBound(low, lastDigit: lowLastDigit ?? (low == value ? valueLastDigit : nil)) }
            if let high { return upperBound(high, lastDigit: highLastDigit ?? (high == value ? valueLastDigit : nil)) }
            return nil
        }
        guard dimension == "change" else { return wrap(span(low, high, lowLastDigit, highLastDigit), sign: "") }
        if low > 0 { return "up " + wrap(span(low, high, lowLastDigit, highLastDigit), sign: "") }
        if high < 0 { return "down " + wrap(span(-high, -low, highLastDigit, lowLastDigit), sign: "") }
        let from = low == 0 ? "no change" : "down " + wrap(number(-low, lastDigit: lowLastDigit), sign: "")
        let to = high == 0 ? "no change" : "up " + wrap(number(high, lastDigit: highLastDigit), sign: "")
        return from == to ? from : from + " to " + to
    }

    /// A lower bound alone: `at least 30,000`; for a change `up at least 2%`, `no change or up`,
    /// `up, or down at most 2%`.
    private func lowerBound(_ low: Double, lastDigit: Int? = nil) -> String {
        guard dimension == "change" else { return "at least " + wrap(number(abs(low), lastDigit: lastDigit), sign: low < 0 ? "-" : "") }
        if low > 0 { return "up at least " + wrap(number(low, lastDigit: lastDigit), sign: "") }
        if low == 0 { return "no change or up" }
        return "up, or down at most " + wrap(number(-low, lastDigit: lastDigit), sign: "")
    }

    /// An upper bound alone: `up to 1.5 million`; for a change `down at least 2%`,
    /// `no change or down`, `down, or up at most 3%`.
    private func upperBound(_ high: Double, lastDigit: Int? = nil) -> String {
        guard dimension == "change" else { return "up to " + wrap(number(abs(high), lastDigit: lastDigit), sign: high < 0 ? "-" : "") }
        if high < 0 { return "down at least " + wrap(number(-high, lastDigit: lastDigit), sign: "") }
        if high == 0 { return "no change or down" }
        return "down, or up at most " + wrap(number(high, lastDigit: lastDigit), sign: "")
    }

    /// `low to high` without the unit, one scale word for both ends only when it writes both
    /// exactly, as `NumberText.scaled` would: `2.1 to 2.7 million`, `2 to 3 million`, but
    /// `1 million to 1.4 million`, where `1 to 1.4 million` (a whole number before a fraction)
    /// could be read as starting at one person. Each end keeps the zeros its source printed
    /// (`NumberText.published`): `2.50 to 3.10 million`, `2.0 to 2.5 million`.
    private func span(_ low: Double, _ high: Double, _ lowLastDigit: Int? = nil, _ highLastDigit: Int? = nil) -> String {
        if let lowScale = NumberText.scale(of: low), let highScale = NumberText.scale(of: high), lowScale.word == highScale.word,
           let lowDigits = NumberText.exactDecimals(low / lowScale.divisor),
           let highDigits = NumberText.exactDecimals(high / highScale.divisor) {
            let word = " " + highScale.word
            let lowText = NumberText.published(
                NumberText.decimal(low / lowScale.divisor, digits: lowDigits) + word, value: low, lastDigit: lowLastDigit)
            let highText = NumberText.published(
                NumberText.decimal(high / highScale.divisor, digits: highDigits) + word, value: high, lastDigit: highLastDigit)
            // A digit printed after the point of the whole number is written in full, without the word.
            if lowText.hasSuffix(word), highText.hasSuffix(word) {
                let lowNumber = lowText.dropLast(word.count)
                if lowNumber.contains(".") || !highText.contains(".") { return lowNumber + " to " + highText }
            }
        }
        return number(low, lastDigit: lowLastDigit) + " to " + number(high, lastDigit: highLastDigit)
    }

    /// A number as this unit writes it: a share never rounded to 100% or 0% (`NumberText.share`),
    /// money to the cent when it has a fraction (`NumberText.money`), anything else by
    /// `NumberText.scaled`; with the zeros its source printed after `lastDigit` (`NumberText.published`).
    private func number(_ value: Double, lastDigit: Int? = nil) -> String {
        let text: String
        if unit == "percent" {
            text = NumberText.share(value)
        } else if dimension == "money" || unit.hasPrefix("USD") {
            text = NumberText.money(value)
        } else {
            text = NumberText.scaled(value)
        }
        return NumberText.published(text, value: value, lastDigit: lastDigit)
    }

    /// `value`'s number as its source printed it, without the unit: `2.50 million`, `12.0` for a
    /// share of 12.0%, `236 billion` for US$236 billion, `-3`; the digits `text` writes.
    ///
    /// Why: the JSON of briefs and of `tipdb search` gives `value` as a double, which drops the
    /// zeros the source printed (`Figure.valueLastDigit`); this is the number as quoted.
    public func printedNumber(_ value: Double, lastDigit: Int?) -> String {
        (value < 0 ? "-" : "") + number(abs(value), lastDigit: lastDigit)
    }

    /// A short axis tick for charts: the number with its scale word, no "a year".
    public func tick(_ value: Double) -> String {
        let number = NumberText.scaled(value)
        switch unit {
        case "USD", "USD-per-person", "USD-change": return "US$" + number
        case "percent", "percent-change": return number + "%"
        default: return number
        }
    }

    /// The axis title for charts: what the y axis counts, in words.
    public var axisTitle: String {
        switch unit {
        case "persons": "People"
        case "USD": perYear ? "US dollars a year" : "US dollars"
        case "percent": "Percent"
        default: unitLabel.prefix(1).uppercased() + unitLabel.dropFirst()
        }
    }

    private func wrap(_ number: String, sign: String) -> String {
        let year = perYear ? " a year" : ""
        switch unit {
        case "persons", "persons-change": return sign + number
        case "cases", "cases-change": return sign + number + " cases"
        case "USD", "USD-change": return sign + "US$" + number + year
        case "USD-per-person": return sign + "US$" + number + " per person" + year
        case "percent", "percent-change": return sign + number + "%"
        case "per-1000": return sign + number + " per 1,000"
        case "per-100000": return sign + number + " per 100,000"
        case "index": return sign + number + " (index score)"
        default:
            if dimension == "money" { return sign + number + " " + unitLabel + year }
            return sign + number + " " + unitLabel
        }
    }
}
