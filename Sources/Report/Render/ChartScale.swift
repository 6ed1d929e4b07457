import Foundation

/// Round numbers for chart axes.
enum ChartScale {
    /// Between three and seven evenly spaced round ticks covering `low...high`, starting at or below `low`.
    ///
    /// With `wholeNumbers` (a chart of counts: people, cases) every tick is a whole number, so an
    /// axis of a few detected victims never reads 2.5 or 7.5 people.
    static func ticks(from low: Double, to high: Double, wholeNumbers: Bool = false) -> [Double] {
        let top = high > low ? high : low + 1
        let span = top - low
        let rough = span / 5
        let magnitude = pow(10, floor(log10(rough)))
        let steps = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.filter { !wholeNumbers || ($0 >= 1 && $0 == $0.rounded()) }
        let step = steps.first { span / $0 <= 6 } ?? max(10 * magnitude, wholeNumbers ? 1 : 0)
        let first = floor(low / step) * step
        var ticks: [Double] = []
        var value = first
        while value < top + step * 0.999 && ticks.count < 12 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value = first + Double(ticks.count) * step
        }
        return ticks
    }

    /// The years to label on a time axis: every year when few, else every 2, 5, 10, ... years.
    static func years(from lower: Double, to upper: Double) -> [Int] {
        let first = Int(ceil(lower - 0.5))
        let last = Int(floor(upper - 0.5))
        guard last >= first else { return [first] }
        let step = [1, 2, 5, 10, 20, 50, 100].first { (last - first) / $0 <= 10 } ?? 100
        return stride(from: first, through: last, by: 1).filter { $0 % step == 0 }
    }
}
