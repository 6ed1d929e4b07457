/// A count from records that a later edition of its producer's series gives again, with the
/// later edition's figure: GLOTIP 2022's 1,150 detected victims in Nigeria for 2020, which GLOTIP
/// 2024 gives as 1,210 (`LaterEditions`).
public struct LaterEdition: Sendable, Equatable {
    /// The earlier edition's figure, the one a later edition revised or gave again, with its
    /// source and number as stored.
    public let earlier: String
    public let earlierSource: String
    public let earlierValue: Double?
    public let earlierCensored: Bool
    /// The latest edition's figure for the same measure, place, subgroup, unit and period.
    public let key: String
    /// Its source, and the label briefs cite it by (`source_labels`; nil without one).
    public let source: String
    public let sourceLabel: String?
    /// Its source's publication date, as written.
    public let published: String
    /// Its number, as `figures` stores it.
    public let value: Double?
    public let censored: Bool
    public let low: Double?
    public let high: Double?
    public let valueLastDigit: Int?
    public let unit: String
    /// Whether its number is another than the earlier figure's (by value, or censored where the
    /// other is not): "revised by a later edition" when it is, "given again" when not.
    public let differs: Bool
    /// Whether the later figure is counted under a new definition (`SeriesBreaks`: tagged
    /// `series-break`, or of a series an edition's tag broke) and the earlier one is not: the later
    /// edition counted under another definition, and revised nothing.
    public var seriesBreak = false

    /// "revised by a later edition" or, for the same number, "given again by a later edition";
    /// "counted under another definition by a later edition (a series break, not a revision)" for a
    /// series break, whatever its number.
    public var verb: String {
        if seriesBreak { return "counted under another definition by a later edition (a series break, not a revision)" }
        return differs ? "revised by a later edition" : "given again by a later edition"
    }
}
