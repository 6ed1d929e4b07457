/// A number a search query gives, as a reader typed it (`27.6 million`, `2,400,000`, `<5`), with
/// the values it stands for at the precision it is written to.
///
/// Why a range: a number is quoted rounded. `2.4 million` is what a report makes of 2,449,000 or
/// of 2.45 million; a search for it that found only figures stored as exactly 2,400,000 would
/// miss the figure a quote came from, which is what a fact-checker searches for.
public struct SearchNumber: Equatable, Sendable {
    /// The value as written.
    public let value: Double
    /// The smallest and largest values that round to it: half the unit of its last digit either
    /// side (`2.4 million`: 2.35 to 2.45 million), both ends included.
    public let low: Double
    public let high: Double
    /// For a censored count `<k`, as a figures file and every brief write one: k - 1, the bound
    /// of the figures it finds (those censored with that bound, `figures.censored` 1 and `high`
    /// k - 1); nil for any other number.
    ///
    /// Why not a range of values: a censored figure has no value, only its bounds, and `<5` in a
    /// brief is the figure suppressed so, not one whose value rounds to 5.
    public let censoredBound: Double?
    /// The unit the words give when only figures in it are that number: `per-1000` for `5.3 per
    /// 1,000`, `per-100000` for `0.35 per 100,000`; nil for any unit.
    ///
    /// Why for rates: `3 per 1,000` is no count of 3 persons, and a rate typed as the brief prints
    /// it found the study's text but not the figure (a supply-chain analyst's review, session 53).
    public let unit: String?

    public init(value: Double, low: Double, high: Double, unit: String? = nil) {
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        censoredBound = nil
    }

    /// The censored count `<k`, given its bound k - 1 (`ParsedNumber.censoredBelow`).
    public init(censoredBelow bound: Double) {
        value = bound
        low = bound
        high = bound
        censoredBound = bound
        unit = nil
    }
}
