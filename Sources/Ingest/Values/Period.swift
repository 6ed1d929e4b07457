/// A reference period: a year, a span of years, a month or a day, as ISO text at the precision given.
public struct Period: Equatable, Sendable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }

    /// How the period reads in a brief: `2016`, `1995-2004`, `2019-06-30`.
    public var text: String { start == end ? start : "\(start)-\(end)" }
}
