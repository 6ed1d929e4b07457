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

    public var isCensored: Bool { censoredBelow != nil }
}
