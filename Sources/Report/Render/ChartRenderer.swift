import Foundation
import Storage

/// Draws a `Chart` as SVG: reference period on x (spans drawn as spans), value on y from zero,
/// ranges as error bars, one marker shape and colour per source, axis titles with units, a title,
/// a legend and a source line, all as real SVG text so it can be read, searched and translated.
struct ChartRenderer {
    let chart: Chart
    let quantity: QuantityText
    /// The chart's caution in a few words for the SVG title ("figures from 4 different studies
    /// or sources, not a trend"), nil when its points are one comparable series.
    var shortCaution: String? = nil

    private let width = 720.0
    private let plotTop = 56.0
    private let plotHeight = 250.0
    private let left = 112.0
    private let right = 28.0
    private var plotWidth: Double { width - left - right }
    private var plotBottom: Double { plotTop + plotHeight }

    /// The SVG document, without an XML declaration so it can also be inlined in XHTML.
    func svg() -> String {
        let c = XMLText.coordinate
        let e = XMLText.escape
        let id = chart.id
        let xDomain = timeDomain()
        // A tenth of headroom above the highest point, so its value label stays inside the plot.
        // Only a range drawn as an error bar (both bounds) widens the axis: a bound on one side
        // is not drawn, and "up to 1.5 million" would squash a series of thousands to the floor.
        let yTicks = ChartScale.ticks(from: min(0, chart.points.map { $0.high == nil ? $0.value : $0.low ?? $0.value }.min() ?? 0),
                                      to: (chart.points.map { $0.low == nil ? $0.value : $0.high ?? $0.value }.max() ?? 1) * 1.1,
                                      wholeNumbers: quantity.dimension == "count")
        let yMin = yTicks.first ?? 0
        let yMax = yTicks.last ?? 1
        func x(_ position: Double) -> Double { left + (position - xDomain.lower) / (xDomain.upper - xDomain.lower) * plotWidth }
        func y(_ value: Double) -> Double { plotBottom - (value - yMin) / (yMax - yMin) * plotHeight }

        let sources = legendEntries()
        let legendRows = (min(sources.count, 12) + 2) / 3
        let sourceLines = wrap(chart.sourceLine, at: 110)
        // The key to the error bars is wrapped as the source line is: unwrapped, its last words
        // ("(dashed)", what the dash means) ran off the chart with a wider fallback font.
        let bars = ChartBars.legend(chart.points).map { wrap($0, at: Self.keyLineLength) } ?? []
        let labelsLevels = ChartBars.labelsLevels(chart.points)
        let height = plotBottom + 64 + Double(legendRows) * 20 + Double(bars.count) * 17 + (bars.isEmpty ? 0 : 3)
            + Double(sourceLines.count) * 15 + 8

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(c(width))\" height=\"\(c(height))\" "
        out += "viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" "
        out += "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        // The caution goes into the title and description a screen reader or an image search
        // reads, not only into the drawn source line. The title names the chart; the description
        // gives its figures (`ChartFigures`), since an image's drawn text is not read out.
        let title = chart.title + (shortCaution.map { ": " + $0 } ?? "")
        let description = chart.description + " " + ChartFigures.sentence(chart) + (chart.caution.map { " " + $0 } ?? "")
        out += "<title id=\"\(id)-title\">\(e(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(e(description))</desc>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(c(width))\" height=\"\(c(height))\" fill=\"#FFFFFF\"/>\n"
        out += "<text x=\"\(c(left))\" y=\"24\" font-size=\"15\" font-weight=\"bold\" fill=\"#000000\">\(e(chart.title))</text>\n"
        out += "<text x=\"\(c(left))\" y=\"42\" fill=\"#333333\">\(e(chart.yAxisLabel))</text>\n"

        // Grid and y axis.
        out += "<g class=\"y-axis\" fill=\"#333333\" text-anchor=\"end\">\n"
        for tick in yTicks {
            out += "<line x1=\"\(c(left))\" x2=\"\(c(left + plotWidth))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\" "
            out += "stroke=\"\(tick == 0 ? "#000000" : "#DDDDDD")\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(c(left - 8))\" y=\"\(c(y(tick) + 4))\">\(e(quantity.tick(tick)))</text>\n"
        }
        out += "</g>\n"

        // X axis: a tick in the middle of each labelled year, or of each labelled month for monthly figures.
        out += "<g class=\"x-axis\" fill=\"#333333\" text-anchor=\"middle\">\n"
        out += "<line x1=\"\(c(left))\" x2=\"\(c(left + plotWidth))\" y1=\"\(c(plotBottom))\" y2=\"\(c(plotBottom))\" stroke=\"#000000\"/>\n"
        let ticks: [(position: Double, label: String)] = isMonthly
            ? ChartScale.months(from: xDomain.lower, to: xDomain.upper).map { month in
                // As the brief writes a month (`ReferencePeriod`): January 2023.
                ((Double(month) + 0.5) / 12, PeriodDays.monthNames[month % 12] + " " + String(month / 12))
            }
            : ChartScale.years(from: xDomain.lower, to: xDomain.upper).map { (Double($0) + 0.5, String($0)) }
        for tick in ticks {
            let position = x(tick.position)
            out += "<line x1=\"\(c(position))\" x2=\"\(c(position))\" y1=\"\(c(plotBottom))\" y2=\"\(c(plotBottom + 5))\" stroke=\"#000000\"/>\n"
            out += "<text x=\"\(c(position))\" y=\"\(c(plotBottom + 19))\">\(e(tick.label))</text>\n"
        }
        out += "<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(plotBottom + 40))\">\(e(chart.xAxisLabel))</text>\n"
        out += "</g>\n"

        // Points: span, error bar, marker, value label; each with a tooltip title. Points on one
        // spot move apart and labels find a free place (`ChartPointLayout`).
        let labelled = chart.points.count <= 12
        let layout = ChartPointLayout(
            points: chart.points.map { point in
                let period = ReferencePeriod(start: point.periodStart, end: point.periodEnd)
                let x1 = x(period.startPosition)
                let x2 = x(period.endPosition)
                let bar = point.low.flatMap { low in point.high.map { high in (top: y(high), bottom: y(low)) } }
                // The level beside the upper cap (`90%`) is drawn where the bar is, so labels keep off it too.
                let level = labelsLevels && bar != nil ? point.ciLevel.map(ChartBars.percent) : nil
                return ChartPointLayout.Point(
                    x: (x1 + x2) / 2, y: y(point.value), periodWidth: x2 - x1, label: labelled ? label(point) : nil, bar: bar, level: level)
            },
            plot: (left: left, top: plotTop, right: left + plotWidth, bottom: plotBottom))
        out += "<g class=\"points\">\n"
        for (index, point) in chart.points.enumerated() {
            let period = ReferencePeriod(start: point.periodStart, end: point.periodEnd)
            let x1 = x(period.startPosition)
            let x2 = x(period.endPosition)
            let mid = layout.centres[index]
            let py = y(point.value)
            let range = point.range.map { " (\($0))" } ?? ""
            let revised = point.revised.map { " (\($0))" } ?? ""
            out += "<g><title>\(e("\(point.text)\(revised)\(range), \(point.period), \(point.sourceLabel) [\(point.citation)]"))</title>\n"
            // A period longer than a year is drawn as a span; a single year is a point.
            if period.endPosition - period.startPosition > 1.0001 {
                out += "<line x1=\"\(c(x1))\" x2=\"\(c(x2))\" y1=\"\(c(py))\" y2=\"\(c(py))\" stroke=\"\(point.colour)\" stroke-width=\"2.5\"/>\n"
                for end in [x1, x2] {
                    out += "<line x1=\"\(c(end))\" x2=\"\(c(end))\" y1=\"\(c(py - 5))\" y2=\"\(c(py + 5))\" stroke=\"\(point.colour)\" stroke-width=\"2\"/>\n"
                }
            }
            if let low = point.low, let high = point.high {
                // A confidence interval solid, a range without a stated level dashed (`ChartBars`).
                let dash = point.ciLevel == nil ? " stroke-dasharray=\"\(ChartBars.dash)\"" : ""
                out += "<line x1=\"\(c(mid))\" x2=\"\(c(mid))\" y1=\"\(c(y(low)))\" y2=\"\(c(y(high)))\" stroke=\"\(point.colour)\" stroke-width=\"1.5\"\(dash)/>\n"
                for bound in [low, high] {
                    out += "<line x1=\"\(c(mid - 5))\" x2=\"\(c(mid + 5))\" y1=\"\(c(y(bound)))\" y2=\"\(c(y(bound)))\" stroke=\"\(point.colour)\" stroke-width=\"1.5\"/>\n"
                }
                if labelsLevels, let level = point.ciLevel {
                    out += "<text x=\"\(c(mid + 7))\" y=\"\(c(y(high) + 3))\" font-size=\"9\" fill=\"#333333\">\(e(ChartBars.percent(level)))</text>\n"
                }
            }
            out += ChartStyle.element(shape: point.marker, colour: point.colour, x: mid, y: py) + "\n"
            if let place = layout.labels[index] {
                out += "<text x=\"\(c(place.x))\" y=\"\(c(place.y))\" text-anchor=\"\(place.anchor)\" font-size=\"11\" fill=\"#000000\">\(e(label(point)))</text>\n"
            }
            out += "</g>\n"
        }
        out += "</g>\n"

        // Legend and source line under the plot.
        var legendY = plotBottom + 62
        out += "<g class=\"legend\" fill=\"#000000\">\n"
        for (index, entry) in sources.prefix(12).enumerated() {
            let lx = left + Double(index % 3) * 200
            if index > 0 && index % 3 == 0 { legendY += 20 }
            out += ChartStyle.element(shape: entry.marker, colour: entry.colour, x: lx + 6, y: legendY - 4) + "\n"
            out += "<text x=\"\(c(lx + 18))\" y=\"\(c(legendY))\">\(e(entry.label))</text>\n"
        }
        if sources.count > 12 {
            legendY += 20
            out += "<text x=\"\(c(left))\" y=\"\(c(legendY))\">\(e("and \(sources.count - 12) more sources (see the table)"))</text>\n"
        }
        for (index, line) in bars.enumerated() {
            legendY += index == 0 ? 20 : 17
            out += "<text x=\"\(c(left))\" y=\"\(c(legendY))\">\(e(line))</text>\n"
        }
        out += "</g>\n"
        var lineY = legendY + 24
        for line in sourceLines {
            out += "<text x=\"\(c(left))\" y=\"\(c(lineY))\" font-size=\"10.5\" fill=\"#333333\">\(e(line))</text>\n"
            lineY += 15
        }
        out += "</svg>\n"
        return out
    }

    /// The longest line of the error bars' key, in characters: 80 characters of 12-unit text fit
    /// the 608 units right of the plot's left edge in DejaVu Sans (the `sans-serif` of most Linux
    /// systems, about 7 units a character), which is wider than Helvetica or Arial.
    static let keyLineLength = 80

    /// The chart as the HTML brief inlines it: without its `desc`, whose figures the table under
    /// the chart gives and whose description its caption gives, so a screen reader reads each
    /// once; the title still names it.
    ///
    /// Cut from the UTF-8 bytes: Foundation's `replacingOccurrences(of:with:)` and `range(of:)`
    /// read the whole drawing as UTF-16, some 10 ms for the eight charts of a brief over 100,000
    /// figures, on the HTML brief's main thread with the other core idle (`perf`, session 61).
    static func inline(_ chart: Chart) -> String {
        var svg = Array(chart.svg.utf8)
        let attribute = Array(" aria-describedby=\"\(chart.id)-desc\"".utf8)
        // Each search goes on from where the last removal was, as `replacingOccurrences` does.
        var from = svg.startIndex
        while let found = svg[from...].firstRange(of: attribute) {
            svg.removeSubrange(found)
            from = found.lowerBound
        }
        if let start = svg.firstRange(of: Array("<desc id=\"\(chart.id)-desc\">".utf8)),
            let end = svg[start.upperBound...].firstRange(of: Array("</desc>\n".utf8))
        {
            svg.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return String(decoding: svg, as: UTF8.self)
    }

    /// The point's visible label: its number, with `≥` for a minimum (a lower bound alone equal to
    /// the value, as the ILO's 2005 minimum estimate of 12.3 million) and `≤` for a maximum.
    ///
    /// Why: a bound on one side is not drawn, and the point's title, which says "at least", is lost
    /// when the chart is pasted as a picture into slides; the label is what is read.
    private func label(_ point: ChartPoint) -> String {
        if let low = point.low, point.high == nil, low == point.value { return "≥ " + point.text }
        if let high = point.high, point.low == nil, high == point.value { return "≤ " + point.text }
        return point.text
    }

    /// The time axis: from the earliest start to the latest end, with a little room either side
    /// (half a year, or half a month for monthly figures).
    private func timeDomain() -> (lower: Double, upper: Double) {
        let periods = chart.points.map { ReferencePeriod(start: $0.periodStart, end: $0.periodEnd) }
        let lower = periods.map(\.startPosition).min() ?? 0
        let upper = periods.map(\.endPosition).max() ?? 1
        let pad = max(isMonthly ? 0.5 / 12 : 0.5, (upper - lower) * 0.04)
        return (lower - pad, upper + pad)
    }

    /// Whether the time axis is labelled by month (`ChartScale.isMonthly`).
    private var isMonthly: Bool {
        ChartScale.isMonthly(chart.points.map { ReferencePeriod(start: $0.periodStart, end: $0.periodEnd) })
    }

    private func legendEntries() -> [(label: String, marker: String, colour: String)] {
        var entries: [(label: String, marker: String, colour: String)] = []
        var seen: Set<String> = []
        for point in chart.points where seen.insert(point.source).inserted {
            entries.append(("\(point.sourceLabel) [\(point.citation)]", point.marker, point.colour))
        }
        return entries
    }

    /// Splits a long line at spaces so no line is longer than `limit` characters.
    private func wrap(_ text: String, at limit: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > limit {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
