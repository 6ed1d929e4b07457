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

    /// The months to label on a time axis (as `year * 12 + month - 1`) whose middles fall inside
    /// `lower...upper` (fractional years), not on an end: every month when few, else every 2, 3,
    /// 6 or 12 months, counted from January, so that at most six or so are labelled.
    static func months(from lower: Double, to upper: Double) -> [Int] {
        // Half a month of padding puts the middle of the month before on the axis's end, give or take a rounding.
        let first = Int(floor(lower * 12 - 0.5 + 1e-6)) + 1
        let last = Int(ceil(upper * 12 - 0.5 - 1e-6)) - 1
        guard last >= first else { return [first] }
        let step = [1, 2, 3, 6, 12].first { (last - first) / $0 <= 5 } ?? 12
        return stride(from: first, through: last, by: 1).filter { $0 % step == 0 }
    }

    /// Whether a chart of figures over `periods` labels its time axis by month: every period is
    /// shorter than a year, and all of them fall within three years.
    ///
    /// Why: year labels sit in the middle of their years, with half a year of padding either side,
    /// so counts for January to March 2023 were drawn a quarter of the way from a "2022" at mid-2022
    /// to a "2023" at mid-2023, and read as late 2022 (review of session 39).
    static func isMonthly(_ periods: [ReferencePeriod]) -> Bool {
        guard let lower = periods.map(\.startPosition).min(), let upper = periods.map(\.endPosition).max() else { return false }
        return upper - lower <= 3 && periods.allSatisfy { $0.endPosition - $0.startPosition < 0.999 }
    }
}
