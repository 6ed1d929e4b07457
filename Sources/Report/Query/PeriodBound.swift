import Storage

/// One end of the reference periods a report covers: a year (`2019`), a month (`2019-06`) or a
/// day (`2019-06-30`), as ISO text at the precision the user gave it.
///
/// Why the text and not only a day: the brief records its filters as the options that make it
/// again (`--from 2019-06`), and says them at the precision typed ("reference year 2019", not
/// "2019-01-01 to 2019-12-31"). The CLI reads a bound with ingest's period parser, so a bound is
/// whatever a figure's period may be; `init?` only keeps out text that is no year, month or day.
///
/// An integer literal is a year, so that `BriefFilters(from: 2010)` reads as it did when the
/// bounds were years.
public struct PeriodBound: Sendable, Equatable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// `2019`, `2019-06` or `2019-06-30`.
    public let text: String

    /// A bound written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month and day that exist; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let (year, month, day) = PeriodDays.parts(text)
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...PeriodDays.days(inMonth: month, of: year)).contains(day) { return nil }
        self.text = text
    }

    /// The year `year`, as `--from 2010` gives it.
    public init(year: Int) {
        text = String(year)
    }

    public init(integerLiteral year: Int) {
        self.init(year: year)
    }

    public var description: String { text }

    /// The bound as a brief's sentences write it: `2019`, `June 2019` (`ReferencePeriod.words`:
    /// `2011-12` read as two years), `2019-06-30`. The options that make the brief again keep `text`.
    public var words: String { ReferencePeriod.words(text) }

    /// The year the bound falls in.
    public var year: Int { PeriodDays.parts(text).year }

    /// True for a whole year (`2019`), which reports word as they always have ("reference year 2019").
    public var isYear: Bool { PeriodDays.parts(text).month == nil }

    /// The bound's first day as `YYYY-MM-DD`: `2019-06` → `2019-06-01`.
    public var firstDay: String { Self.dayText(PeriodDays.first(text)) }

    /// The bound's last day as `YYYY-MM-DD`: `2019-06` → `2019-06-30`, `2019` → `2019-12-31`.
    public var lastDay: String { Self.dayText(PeriodDays.last(text)) }

    /// A `yyyymmdd` number (`PeriodDays`) as `YYYY-MM-DD`, the text stored periods compare with.
    private static func dayText(_ day: Int) -> String {
        let (year, month, date) = (day / 10_000, day / 100 % 100, day % 100)
        return String(year) + (month < 10 ? "-0" : "-") + String(month) + (date < 10 ? "-0" : "-") + String(date)
    }
}
