import Foundation

/// How a source is drawn in charts: a marker shape and a colour.
///
/// Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies; yellow is
/// left out because it vanishes on white). Shapes differ too, so a chart printed in black and
/// white still tells sources apart; after eight sources the shapes repeat hollow.
enum ChartStyle {
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    static let shapes = ["circle", "square", "triangle", "diamond", "triangle-down", "cross", "star", "pentagon"]

    static func marker(_ index: Int) -> (shape: String, colour: String) {
        let shape = shapes[index % shapes.count] + (index / shapes.count % 2 == 1 ? "-hollow" : "")
        return (shape, palette[index % palette.count])
    }

    /// The SVG element for a marker centred on (x, y).
    static func element(shape: String, colour: String, x: Double, y: Double) -> String {
        let hollow = shape.hasSuffix("-hollow")
        let base = hollow ? String(shape.dropLast("-hollow".count)) : shape
        let fill = hollow ? "#FFFFFF" : colour
        let paint = "fill=\"\(fill)\" stroke=\"\(hollow ? colour : "#FFFFFF")\" stroke-width=\"\(hollow ? "2" : "1")\""
        let c = XMLText.coordinate
        switch base {
        case "circle":
            return "<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"5.5\" \(paint)/>"
        case "square":
            return "<rect x=\"\(c(x - 5))\" y=\"\(c(y - 5))\" width=\"10\" height=\"10\" \(paint)/>"
        default:
            return "<path d=\"\(path(base, x: x, y: y))\" \(paint)/>"
        }
    }

    private static func path(_ shape: String, x: Double, y: Double) -> String {
        let points: [(Double, Double)]
        switch shape {
        case "triangle": points = [(0, -6.5), (6, 4.5), (-6, 4.5)]
        case "triangle-down": points = [(0, 6.5), (6, -4.5), (-6, -4.5)]
        case "diamond": points = [(0, -7), (6, 0), (0, 7), (-6, 0)]
        case "cross":
            points = [(-2, -6), (2, -6), (2, -2), (6, -2), (6, 2), (2, 2), (2, 6), (-2, 6), (-2, 2), (-6, 2), (-6, -2), (-2, -2)]
        case "star":
            points = (0..<10).map { i in
                let angle = Double(i) * Double.pi / 5 - Double.pi / 2
                let radius = i % 2 == 0 ? 7.0 : 3.0
                return (radius * cos(angle), radius * sin(angle))
            }
        default:
            points = (0..<5).map { i in
                let angle = Double(i) * 2 * Double.pi / 5 - Double.pi / 2
                return (6.5 * cos(angle), 6.5 * sin(angle))
            }
        }
        return "M" + points.map { "\(XMLText.coordinate(x + $0.0)),\(XMLText.coordinate(y + $0.1))" }.joined(separator: "L") + "Z"
    }
}
