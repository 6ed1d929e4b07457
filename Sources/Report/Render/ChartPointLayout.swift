import Foundation

/// Where a chart's markers and value labels go, so that points which would be drawn on one spot
/// stay apart and no value label prints over another label or another point's marker.
///
/// Why: two sources often give a figure for the same year (a human rights commission's 1,208 and
/// the police's 1,190 detected victims in 2018); drawn at one x, the second marker covers the
/// first and the two labels, 3px apart, print over each other, so neither number can be read.
/// Points sharing a centre move apart sideways, in the order the chart lists them; each label
/// then takes the first free place of above, below, right and left of its marker, and is left
/// out when none is free (the point's title and the brief's table still give the number). The
/// same input always gives the same layout.
///
/// An error bar runs through its marker's x, so a label centred above or below its marker was
/// struck through by it ("2.4 m|illion"). Bars and the levels beside their caps (`90%`) are taken
/// room like markers; a point with a bar tries above its upper cap first, then right and left of
/// its marker, then below its lower cap.
struct ChartPointLayout {
    /// Where a value label is drawn: its anchor point and SVG `text-anchor`.
    struct Label: Equatable {
        let x: Double
        let y: Double
        let anchor: String
    }

    /// One point as the renderer has placed it before any moving apart.
    struct Point {
        /// The centre of its period on the time axis, in SVG units.
        let x: Double
        let y: Double
        /// The width of its period on the time axis: a point moved sideways stays inside it.
        let periodWidth: Double
        /// The label's text, nil when the chart draws no labels.
        let label: String?
        /// The error bar's ends (its upper cap `top`, its lower cap `bottom`), nil without one.
        var bar: (top: Double, bottom: Double)? = nil
        /// The level drawn beside the upper cap (`90%`), nil when none is drawn.
        var level: String? = nil
    }

    /// The markers' centres, in the order of the points given.
    private(set) var centres: [Double] = []
    /// The labels' places, nil for a label left out (or not asked for).
    private(set) var labels: [Label?] = []

    /// The largest distance between the centres of two markers moved apart: a marker is 11 to 14
    /// units wide, so 14 leaves a gap.
    private static let spacing = 14.0
    /// Half a marker's box: the largest marker (a diamond or a star) reaches 7 units from its centre.
    private static let markerReach = 7.0
    /// Half an error bar's caps, which are 10 units wide, with a unit to spare.
    private static let capReach = 6.0

    /// Lays out `points` inside the plot area `plot` (labels moved below or aside stay inside it).
    init(points: [Point], plot: (left: Double, top: Double, right: Double, bottom: Double)) {
        centres = Self.spread(points)
        var taken: [Box] = zip(centres, points).map { x, point in
            Box(left: x - Self.markerReach, top: point.y - Self.markerReach, right: x + Self.markerReach, bottom: point.y + Self.markerReach)
        }
        for (x, point) in zip(centres, points) {
            guard let bar = point.bar else { continue }
            taken.append(Box(left: x - Self.capReach, top: bar.top, right: x + Self.capReach, bottom: bar.bottom))
            // Drawn by the renderer at x + 7, 3 under the cap, in 9-unit text.
            if let level = point.level {
                taken.append(Box(left: x + 7, top: bar.top - 4, right: x + 7 + Self.textWidth(level) * 9 / 11, bottom: bar.top + 5))
            }
        }
        for (index, point) in points.enumerated() {
            guard let text = point.label else {
                labels.append(nil)
                continue
            }
            let x = centres[index]
            let width = Self.textWidth(text)
            // Above is where a label has always gone, so it is tried first and never refused for
            // lack of room (the y axis leaves a tenth of headroom for it).
            let places = point.bar.map { bar in
                [
                    (Label(x: x, y: bar.top - 7, anchor: "middle"), false),
                    (Label(x: x + 10, y: point.y + 4, anchor: "start"), true),
                    (Label(x: x - 10, y: point.y + 4, anchor: "end"), true),
                    (Label(x: x, y: bar.bottom + 15, anchor: "middle"), true),
                ]
            } ?? [
                (Label(x: x, y: point.y - 11, anchor: "middle"), false),
                (Label(x: x, y: point.y + 19, anchor: "middle"), true),
                (Label(x: x + 10, y: point.y + 4, anchor: "start"), true),
                (Label(x: x - 10, y: point.y + 4, anchor: "end"), true),
            ]
            // No place overlaps the label's own marker, so every marker can be checked.
            let chosen = places.lazy.map { label, bounded in (label, Self.box(of: label, width: width), bounded) }.first { _, box, bounded in
                !taken.contains { $0.overlaps(box) }
                    && (!bounded || (box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom))
            }
            if let (label, box, _) = chosen {
                labels.append(label)
                taken.append(box)
            } else {
                labels.append(nil)
            }
        }
    }

    /// The markers' centres: points whose centres fall on the same spot (to a tenth of a unit)
    /// are spread evenly around it, `spacing` apart or less when their period is narrower.
    private static func spread(_ points: [Point]) -> [Double] {
        var groups: [Int: [Int]] = [:]
        for (index, point) in points.enumerated() {
            groups[Int((point.x * 10).rounded()), default: []].append(index)
        }
        var centres = points.map(\.x)
        for members in groups.values where members.count > 1 {
            let narrowest = members.map { points[$0].periodWidth }.min() ?? 0
            let step = min(spacing, narrowest / Double(members.count))
            for (rank, index) in members.enumerated() {
                centres[index] = points[index].x + (Double(rank) - Double(members.count - 1) / 2) * step
            }
        }
        return centres
    }

    /// The room a label of 11-unit Helvetica takes, from its anchor point.
    private static func box(of label: Label, width: Double) -> Box {
        let left: Double
        switch label.anchor {
        case "start": left = label.x
        case "end": left = label.x - width
        default: left = label.x - width / 2
        }
        return Box(left: left, top: label.y - 9, right: left + width, bottom: label.y + 2)
    }

    /// A label's width in 11-unit Helvetica, a little generous: digits are 6.1 units wide,
    /// commas, points, spaces and thin letters 3.1, an m 9.2.
    static func textWidth(_ text: String) -> Double {
        text.reduce(0) { width, character in
            switch character {
            case ",", ".", " ", "i", "l", "j", "t", "f", "r", "(", ")": width + 3.1
            case "m", "M", "W", "w": width + 9.2
            default: width + 6.2
            }
        }
    }

    /// A rectangle in SVG units.
    private struct Box {
        let left: Double
        let top: Double
        let right: Double
        let bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }
}
