/// A number as analysts write it in a spreadsheet, parsed.
public struct ParsedNumber: Equatable, Sendable {
    /// The value; nil for a censored count such as `<5`.
    public var value: Double?
    /// For `<k`: the largest value the count can have (k - 1).
    public var censoredBelow: Double?
    /// A unit the text itself implies: `percent` for `12%`, `USD` for `US$150 billion`.
    public var impliedUnit: String?
    /// The power of ten of the scale word written after the digits: 6 for `2.45 million` and
    /// `40m`, 0 for none. Kept because a bound written `20` beside a high of `40 million` is most
    /// often 20 million with its word left out, which only the words tell (`ScaleWordCheck`).
    public var scaleExponent = 0
    /// The power of ten of the last digit printed, when the text ends in a zero after its decimal
    /// point (`2.50 million`: 4, `0.50`: -2, `1.20e6`: 4, `12.0%`: -1); nil otherwise.
    ///
    /// Why: the stored double drops such a zero, and "2.50 million" (a claim of precision to ten
    /// thousand) printed back as "2.5 million" misstates the source. Zeros before the point say
    /// nothing (`2,450,000` may be rounded or not), and a whole number followed by a single `.0`
    /// (`2450000.0`, `-3.0`) is how pandas and Python write every number of a float column, so
    /// neither is read as a claim (`NumberParser.printedLastDigit`).
    public var lastDigit: Int?

    public var isCensored: Bool { censoredBelow != nil }
}
