/// The first and last units (`GapUnit`: years, months or days) that a measure's figures are filed
/// under, whatever period their numbers describe: with the units they cover, where the data gaps
/// look for gaps when a filter leaves a side open.
///
/// Why not the covered units alone: a repeat covers its original's period, not the one it is
/// filed under (`BriefContext.datingFigure`). Under `--from 2020`, a brief whose one figure is a
/// repeat filed under 2025 of ILO 2005's 1995-2004 estimate covers no year from 2020, and the span
/// ending at the last covered year (2004) ended before it began: no gap was said at all, where
/// 2020-2025 has no figure. Filed years bound the span; only described ones cover it.
struct FiledSpan {
    private(set) var first: Int?
    private(set) var last: Int?

    /// Widens the span to `first...last` (`last` no earlier than `first`).
    mutating func add(_ first: Int, _ last: Int) {
        self.first = Self.first(self.first, first)
        self.last = Self.last(self.last, max(first, last))
    }

    /// The span that holds both.
    func union(_ other: FiledSpan) -> FiledSpan {
        var span = self
        if let first = other.first, let last = other.last { span.add(first, last) }
        return span
    }

    /// The earlier of two units, either of which may be missing.
    static func first(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// The later of two units, either of which may be missing.
    static func last(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
