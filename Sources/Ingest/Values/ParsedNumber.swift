/// A number as analysts write it in a spreadsheet, parsed.
public struct ParsedNumber: Equatable, Sendable {
    /// The value; nil for a censored count such as `<5`.
    public var value: Double?
    /// For `<k`: the largest value the count can have (k - 1).
    public var censoredBelow: Double?
    /// A unit the text itself implies: `percent` for `12%`, `USD` for `US$150 billion`.
    public var impliedUnit: String?

    public var isCensored: Bool { censoredBelow != nil }
}
