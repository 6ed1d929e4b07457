/// A figure found by a search, its stored fields as typed values: what `tipdb search --json`
/// writes (keys sorted, members without a value left out), where the text output writes them
/// in the result's title.
public struct SearchFigure: Sendable, Equatable, Encodable {
    public var measure: String
    public var measureLabel: String?
    public var place: String
    public var placeName: String?
    /// `2019`, `1995-2004`, `2019-01-01/2019-06-30`, as the title writes it; `period not stated
    /// (filed under 2014)` when the source does not state it.
    public var period: String
    public var periodStart: String
    public var periodEnd: String
    /// `publication` when the source does not state the period (`figures.period_basis`); nil,
    /// and left out of the JSON, when it does.
    public var periodBasis: String?
    public var sex: String
    public var ageGroup: String
    public var form: String?
    /// The number as published, or for a censored count `"<5"`, as a JSON figures file gives it
    /// to ingest (`JSONNumber.value`).
    public var value: JSONNumber?
    /// The value's number as its source printed it, without the unit (`QuantityText.printedNumber`):
    /// `2.50 million` where `value` is 2500000, `12.0` for 12.0%; nil for a censored count or a
    /// range alone. The digits the title writes, for a script that quotes the number.
    public var valueText: String? = nil
    /// Published only as "fewer than" (`<5`).
    public var censored: Bool
    /// The bounds; nil for a censored count, whose `"<5"` implies them (ingest refuses low or
    /// high beside it).
    public var low: JSONNumber?
    public var high: JSONNumber?
    /// The confidence level of `low`..`high` as a fraction (0.95); nil for a range without one.
    public var ciLevel: Double?
    public var unit: String
    /// The figure's source key, and the label briefs cite it by (nil, and left out, when it has
    /// none): whose the number is (`SearchSourcing`).
    public var source: String
    public var sourceLabel: String?
    /// The figure it cites, with that one's source; nil, and left out, for a figure that cites none.
    public var repeats: RepeatedFigure?
    /// What the figure is restricted to beyond sex, age group and form, as `figure_citations.breakdown`
    /// words it (`citizenship: Nationals`); nil, and left out, for none.
    public var breakdown: String? = nil
    /// For a figure whose number a later load revised, what it was revised from, as the title
    /// and the brief write it (`revised from 300`); nil, and left out, for a figure never revised.
    public var revisedFrom: String? = nil
}
