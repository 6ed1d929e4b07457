/// A chart's figures as text: the text alternative of the drawing, which is what a reader who
/// cannot see it (a screen reader, a search, a translation) gets in its place.
///
/// Why: the numbers were only in the drawn labels and the points' hover titles. A chart is an
/// image (`role="img"`), whose drawn text screen readers do not expose, and its description said
/// "4 primary figures" without one of them, so a blind reader never heard what was charted
/// (review of session 48). The same figures are written as a table beside every chart (Markdown
/// on standard output and with `-o`, HTML) and in the SVG's `desc`, for a chart file used alone.
enum ChartFigures {
    /// The columns of a chart's table of figures, as Markdown and HTML head it.
    static let columns = ["Reference period", "Figure", "Range", "Source"]

    /// A point's figure as its table cell writes it: the number, and what it was revised from; a
    /// minimum or maximum whose bound is the value as that bound (`at least 12.3 million`), as the
    /// figures tables write it (`BriefContext.tableTexts`).
    /// A share of a whole its measure names says it: `9.6% of all children aged 5 to 17` (`shareOf`).
    static func figure(_ point: ChartPoint, shareOf: String? = nil) -> String {
        let bare = boundIsNumber(point) ? point.range ?? point.text : point.text
        let number = shareOf.map { ShareWhole.text(bare, whole: $0, subgroup: "all") } ?? bare
        return point.revised.map { "\(number) (\($0))" } ?? number
    }

    /// A point's range as its table cell writes it: none where the figure's cell is the bound already.
    static func range(_ point: ChartPoint) -> String? {
        boundIsNumber(point) ? nil : point.range
    }

    /// Whether the point is a minimum or maximum whose bound is its value, without a confidence
    /// level: its range (`at least 12.3 million`) is then its number. The point keeps `text` as
    /// the bare number, which the drawn label marks `≥` or `≤` (`ChartRenderer.label`).
    private static func boundIsNumber(_ point: ChartPoint) -> Bool {
        guard point.ciLevel == nil, point.range != nil else { return false }
        return (point.low == point.value && point.high == nil) || (point.high == point.value && point.low == nil)
    }

    /// A point's source as its table cell writes it: `ILO et al. 2022 [1]`.
    static func source(_ point: ChartPoint) -> String { "\(point.sourceLabel) [\(point.citation)]" }

    /// The figures drawn, in one sentence for the SVG's description:
    /// `Figures drawn: 2018, 2.4 million (2.0 to 2.8 million (95% interval)), ILO et al. 2022 [1]; 2021, at least 1.9 million, ...`.
    static func sentence(_ chart: Chart) -> String {
        let items = chart.points.map { point in
            "\(point.period), \(figure(point, shareOf: chart.shareOf))" + (range(point).map { " (\($0))" } ?? "") + ", \(source(point))"
        }
        return "Figures drawn: " + items.joined(separator: "; ") + "."
    }

    /// The caption of the HTML table under a chart, which names the chart it gives the figures of.
    static func caption(_ chart: Chart) -> String { "Figures drawn in the chart: \(chart.title)" }
}
