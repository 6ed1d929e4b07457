import Storage

/// How a chart's error bars tell a confidence interval from a range without a stated level, and
/// which level: a confidence interval is drawn solid, a range without a level (a minimum to a
/// maximum, a source's "between 100,000 and 200,000") dashed; where the chart holds intervals of
/// more than one level, each is labelled with its level beside its upper cap. A line under the
/// legend, and the chart's description, say what the bars are.
///
/// Why: a 95 % interval, a 90 % interval and a plain range were drawn alike, their level only in
/// the hover title, which a chart pasted as a picture into slides loses: the reason the `≥` of a
/// minimum is drawn on the chart itself (review of session 47).
enum ChartBars {
    /// The dash pattern of a range without a stated level.
    static let dash = "4 3"

    /// Whether the point is drawn with an error bar: both bounds (a bound on one side is not drawn).
    static func hasBar(_ point: ChartPoint) -> Bool { point.low != nil && point.high != nil }

    /// The confidence levels of the chart's bars, highest first.
    static func levels(_ points: [ChartPoint]) -> [Double] {
        Array(Set(points.filter(hasBar).compactMap(\.ciLevel))).sorted(by: >)
    }

    /// Whether a bar of the chart is a range without a stated level.
    static func hasPlainRange(_ points: [ChartPoint]) -> Bool {
        points.contains { hasBar($0) && $0.ciLevel == nil }
    }

    /// Whether each interval's bar carries its level: only when the chart's intervals have more
    /// than one, which the solid line alone cannot tell apart.
    static func labelsLevels(_ points: [ChartPoint]) -> Bool { levels(points).count > 1 }

    /// `95%`: a level as the brief writes it.
    static func percent(_ level: Double) -> String { NumberText.decimal(level * 100, digits: 1) + "%" }

    /// What the bars are, for the line under the legend: `Error bars: 95% intervals (solid);
    /// ranges without a stated level (dashed).`; nil for a chart without bars.
    static func legend(_ points: [ChartPoint]) -> String? {
        let parts = kinds(points)
        return parts.isEmpty ? nil : "Error bars: " + parts.joined(separator: "; ") + "."
    }

    /// The words of the chart's description after "by reference period; ": how spans and bars
    /// are drawn, `multi-year periods are drawn as spans; error bars: 95% intervals (solid)`,
    /// and as before for a chart without bars.
    static func described(_ points: [ChartPoint]) -> String {
        let parts = kinds(points)
        guard !parts.isEmpty else { return "multi-year periods are drawn as spans and ranges as error bars" }
        return "multi-year periods are drawn as spans; error bars: " + Words.list(parts)
    }

    /// `95% intervals (solid)`, `95% and 90% intervals (solid, each labelled with its level)`,
    /// `ranges without a stated level (dashed)`: each kind of bar the chart holds.
    private static func kinds(_ points: [ChartPoint]) -> [String] {
        var parts: [String] = []
        let levels = levels(points)
        if !levels.isEmpty {
            let intervals = Words.list(levels.map(percent)) + (levels.count == 1 && points.filter { hasBar($0) && $0.ciLevel != nil }.count == 1
                ? " interval" : " intervals")
            parts.append(intervals + (levels.count > 1 ? " (solid, each labelled with its level)" : " (solid)"))
        }
        if hasPlainRange(points) {
            let count = points.filter { hasBar($0) && $0.ciLevel == nil }.count
            parts.append((count == 1 ? "a range" : "ranges") + " without a stated level (dashed)")
        }
        return parts
    }
}
