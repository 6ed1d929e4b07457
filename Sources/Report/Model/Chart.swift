/// A chart of one measure over reference periods, with its data and its drawing.
public struct Chart: Codable, Sendable, Equatable {
    /// Unique in the brief: `chart-forced-labour`; also the SVG file name stem next to Markdown output.
    public var id: String
    public var measure: String
    public var measureLabel: String
    public var place: String
    public var placeName: String
    public var unit: String
    /// "Forced labour, World, 1995-2021".
    public var title: String
    /// What the chart shows and leaves out, in one sentence (also the SVG's description).
    public var description: String
    public var xAxisLabel: String
    public var yAxisLabel: String
    /// "Sources: ILO 2005 [3]; ILO 2012 [5]. ...", with the `caution` when there is one.
    public var sourceLine: String
    /// "The 4 figures come from 4 different studies or sources. Their methods and coverage
    /// changed between editions, so the differences between them are not a trend." when the
    /// points are not one comparable series, as the Comparability section words it; nil for one
    /// study or one export's releases. Also in the SVG's source line, title and description, so
    /// a chart pasted alone into slides still says it.
    public var caution: String?
    public var points: [ChartPoint]
    /// The chart as a standalone SVG document (no XML declaration), text as real SVG text.
    public var svg: String
    /// Where in `sourceLine` its citations are written.
    public var sourceLineMarks = CitationMarks()
    /// For a chart in percent of a measure whose definition names its shares' whole, that whole
    /// (`ShareWhole`), which the chart's table of figures writes after each number; not a JSON
    /// member, whose `description` says it.
    public var shareOf: String? = nil

    private enum CodingKeys: String, CodingKey {
        case id, measure, measureLabel, place, placeName, unit, title, description, xAxisLabel, yAxisLabel, sourceLine, caution, points, svg
    }
}

/// One figure drawn in a chart.
public struct ChartPoint: Codable, Sendable, Equatable {
    public var key: String
    public var period: String
    public var periodStart: String
    public var periodEnd: String
    public var value: Double
    public var low: Double?
    public var high: Double?
    public var text: String
    /// The figure's range as the tables write it (`10,000 to 17,000 (95% interval)`,
    /// `at least 30,000`), nil without bounds: a bound on one side is not drawn, so the point's
    /// title says it.
    public var range: String?
    /// The confidence level of `low` to `high` (0.95), nil for a range without one: the bar is
    /// drawn solid for an interval, dashed for a range (`ChartBars`).
    public var ciLevel: Double? = nil
    public var source: String
    public var sourceLabel: String
    public var citation: Int
    /// "revised from 1,523" for a figure whose number a later load changed, nil otherwise: the
    /// point's title says it, so that a chart pasted alone never shows a revised number alone.
    public var revised: String? = nil
    /// The marker shape of the point's source: circle, square, triangle, diamond, ...
    public var marker: String
    /// The marker colour (Okabe-Ito palette), as #RRGGBB.
    public var colour: String
}
