/// A figure found by a search, its stored fields as typed values: what `tipdb search --json`
/// writes (keys sorted, members without a value left out), where the text output writes them
/// in the result's title.
public struct SearchFigure: Sendable, Equatable, Encodable {
    public var measure: String
    public var measureLabel: String?
    public var place: String
    public var placeName: String?
    /// The period as the brief and `report lineage` write it (`2019`, `1995-2004`, `June 2019 to May
    /// 2020`; `period not stated` when the source does not state it), which `tipdb search` sets
    /// (`ReferencePeriod.briefText`); here, as the title writes it (`2019-06/2020-05`, `period not
    /// stated (filed under 2014)`).
    public var period: String
    public var periodStart: String
    public var periodEnd: String
    /// `publication` when the source does not state the period (`figures.period_basis`); nil,
    /// and left out of the JSON, when it does.
    public var periodBasis: String?
    public var sex: String
    public var ageGroup: String
    public var form: String?
    /// The number as published; nil for a censored count (its bounds are `low` and `high`) and for
    /// a range alone, as in the brief's JSON.
    public var value: JSONNumber?
    /// The value's number as its source printed it, without the unit (`QuantityText.printedNumber`):
    /// `2.50 million` where `value` is 2500000, `12.0` for 12.0%; nil for a censored count or a
    /// range alone. The digits the title writes, for a script that quotes the number.
    public var valueText: String? = nil
    /// The number in words with its unit, as the brief's `text` (`QuantityText.text`): `2.4 million`,
    /// `12%`, `<5` for a censored count, `10,000 to 13,000` for a range alone.
    public var text: String = ""
    /// Published only as "fewer than" (`<5`).
    public var censored: Bool
    /// The bounds, as stored: 1 and 4 for a count published as `<5`, as the brief gives them.
    public var low: JSONNumber?
    public var high: JSONNumber?
    /// The confidence level of `low`..`high` as a fraction (0.95); nil for a range without one.
    public var ciLevel: JSONNumber?
    public var unit: String
    /// The figure's source key, and the label briefs cite it by (nil, and left out, when it has
    /// none): whose the number is (`SearchSourcing`).
    public var source: String
    public var sourceLabel: String?
    /// The figure it cites, with that one's source; nil, and left out, for a figure that cites none.
    public var repeats: RepeatedFigure?
    /// The key of the figure it cites, as the brief's and `report lineage`'s `cites`; nil, and left
    /// out, for a figure that cites none. `repeats.key` says it too, but the brief's `repeats` is a
    /// sentence: a script reads the key from `cites` in all three.
    public var cites: String? = nil
    /// What the figure is restricted to beyond sex, age group and form, as `figure_citations.breakdown`
    /// words it (`citizenship: Nationals`); nil, and left out, for none.
    public var breakdown: String? = nil
    /// For a figure whose number a later load revised, what it was revised from, as the title
    /// and the brief write it (`revised from 300`); nil, and left out, for a figure never revised.
    public var revisedFrom: String? = nil
    /// For a count that a later edition of its producer's series gave again, what the title says
    /// of it (`revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)`), and that figure's
    /// key; nil, and left out, otherwise (`Search.laterEditions`).
    public var laterEdition: String? = nil
    public var laterEditionKey: String? = nil
    /// For a figure the latest release of its bulk series no longer gives, what the title says of
    /// it (`not in the latest release (2024-12-11)`), as the brief's JSON `release`; nil, and left
    /// out, otherwise (`Search.releases`).
    public var release: String? = nil
}
