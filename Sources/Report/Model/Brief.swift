/// A policy brief as data: everything every renderer (Markdown, HTML, JSON, CSV, a Mustache
/// template) shows, already ordered, numbered and written in words.
///
/// Renderers only lay this out; they decide nothing. That is what makes the formats agree with
/// each other and lets an organisation's template show exactly what the built-in ones show.
/// The JSON format is this value encoded with sorted keys; the README documents its fields.
public struct Brief: Codable, Sendable, Equatable {
    public var title: String
    /// The date printed on the brief (`--date`, `SOURCE_DATE_EPOCH`, or today), YYYY-MM-DD.
    public var date: String
    public var scope: BriefScope
    /// The most recent primary estimate for each measure and place in scope.
    public var keyFigures: [KeyFigure]
    public var comparability: Comparability
    public var charts: [Chart]
    /// The series no chart draws because of their unit, for the measures without a chart.
    public var unchartedSeries: [UnchartedSeries]
    /// How repeated figures travel back to their primary source.
    public var lineage: [LineageEntry]
    public var studies: [StudyEntry]
    public var gaps: DataGaps
    /// Every figure in scope, grouped by measure.
    public var figureGroups: [FigureGroup]
    /// Numbered references, in the order they are first cited.
    public var references: [Reference]
    public var provenance: Provenance
    /// Figures for other places that count only citizens of the places asked for, shown apart
    /// (`CitizensElsewhere`); nil when there are none, and then absent from the JSON, which is
    /// as before for such a brief.
    public var citizensElsewhere: CitizensElsewhere? = nil
}

/// What a brief covers, in words and as counts.
public struct BriefScope: Codable, Sendable, Equatable {
    /// "Forced labour and its sub-measures; Asia and the Pacific and its 57 countries; reference years 2010-2024".
    public var description: String
    /// The filters as command-line options ("" without filters).
    public var filters: String
    /// Measure codes in scope, including sub-measures (empty: all measures).
    public var measures: [String]
    /// Place codes asked for (empty: all places).
    public var places: [String]
    /// The years of `from` and `to`: a month or a day gives its year.
    public var fromYear: Int?
    public var toYear: Int?
    /// The first and last reference periods asked for, as given: `2019`, `2019-06` or
    /// `2019-06-30` (`--period 2019-06` gives both). Why beside `fromYear`: the year of a month
    /// filter read as the whole year it falls in.
    public var from: String?
    public var to: String?
    public var figureCount: Int
    public var sourceCount: Int
    public var studyCount: Int
    public var placeCount: Int
    public var measureCount: Int
}
