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

    /// A point's figure as its table cell writes it: the number, and what it was revised from.
    static func figure(_ point: ChartPoint) -> String {
        point.revised.map { "\(point.text) (\($0))" } ?? point.text
    }

    /// A point's source as its table cell writes it: `ILO et al. 2022 [1]`.
    static func source(_ point: ChartPoint) -> String { "\(point.sourceLabel) [\(point.citation)]" }

    /// The figures drawn, in one sentence for the SVG's description:
    /// `Figures drawn: 2018, 2.4 million (2.0 to 2.8 million (95% interval)), ILO et al. 2022 [1]; 2021, 1.9 million (at least 1.9 million), ...`.
    static func sentence(_ chart: Chart) -> String {
        let items = chart.points.map { point in
            "\(point.period), \(figure(point))" + (point.range.map { " (\($0))" } ?? "") + ", \(source(point))"
        }
        return "Figures drawn: " + items.joined(separator: "; ") + "."
    }

    /// The caption of the HTML table under a chart, which names the chart it gives the figures of.
    static func caption(_ chart: Chart) -> String { "Figures drawn in the chart: \(chart.title)" }
}
