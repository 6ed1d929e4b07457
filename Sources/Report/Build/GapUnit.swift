import Storage

/// What the data gaps count reference periods in: years, or months or days under a month or a
/// day filter (`--period 2019-06`, `--to 2021-03-15`), numbered so that consecutive units are
/// consecutive numbers.
///
/// Why: under `--from 2019-06 --to 2021-03` the gaps said "no figure for reference year 2021"
/// of a brief that covers only its first three months, and counted a figure for June 2019 as
/// data for all of 2019. The gaps are told at the precision of the filter: "no figure for 2
/// reference months (January-February 2020)".
enum GapUnit: Equatable {
    case year, month, day

    /// The finest precision of the filter's bounds; years without a period filter.
    init(from: PeriodBound?, to: PeriodBound?) {
        let lengths = [from, to].compactMap { $0?.text.utf8.count }
        self = lengths.contains(10) ? .day : lengths.contains(7) ? .month : .year
    }

    /// The word the gaps count in: "reference month".
    var noun: String {
        switch self {
        case .year: "reference year"
        case .month: "reference month"
        case .day: "reference day"
        }
    }

    /// The JSON `unit` of a gap.
    var name: String {
        switch self {
        case .year: "year"
        case .month: "month"
        case .day: "day"
        }
    }

    /// The number of the unit that holds the first day of `period` (`2019`, `2019-06`, `2019-06-30`).
    func first(_ period: String) -> Int { number(ofDay: PeriodDays.first(period)) }

    /// The number of the unit that holds the last day of `period`.
    func last(_ period: String) -> Int { number(ofDay: PeriodDays.last(period)) }

    /// The unit holding the day `yyyymmdd`: its year, its month counted from year 0, or its day
    /// counted from 1970-01-01 (civil calendar, as ISO 8601 dates are).
    private func number(ofDay day: Int) -> Int {
        let (year, month, date) = (day / 10_000, day / 100 % 100, day % 100)
        switch self {
        case .year: return year
        case .month: return year * 12 + month - 1
        case .day: return Self.daysFromCivil(year: year, month: month, day: date)
        }
    }

    /// The unit numbered `number` as a period is written: `2019`, `2019-06` or `2019-06-30`.
    func text(_ number: Int) -> String {
        switch self {
        case .year:
            return String(number)
        case .month:
            let (year, month) = (number / 12, number % 12 + 1)
            return String(year) + (month < 10 ? "-0" : "-") + String(month)
        case .day:
            let (year, month, day) = Self.civil(fromDays: number)
            return String(year) + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
        }
    }

    /// Spans of units as JSON's `years` keeps them: years `2012-2013, 2015`, months `2019-07 to
    /// 2019-09, 2019-11`, dates a program can read back.
    func text(_ spans: [(first: Int, last: Int)]) -> String {
        spans.map { span in
            span.first == span.last ? text(span.first) : text(span.first) + (self == .year ? "-" : " to ") + text(span.last)
        }.joined(separator: ", ")
    }

    /// Spans of units as the gaps' sentences write them (`ReferencePeriod`): years `2012-2013,
    /// 2015`, months `July-September 2019, November 2019`.
    ///
    /// Why not `text`: a month `2019-11` reads to a policy reader as two years, or a financial year.
    func words(_ spans: [(first: Int, last: Int)]) -> String {
        spans.map { ReferencePeriod(start: text($0.first), end: text($0.last)).text }.joined(separator: ", ")
    }

    /// The spans of `first...last` that none of `covered` (first and last units, inclusive) covers.
    static func uncovered(_ covered: [(first: Int, last: Int)], from first: Int, to last: Int) -> [(first: Int, last: Int)] {
        var gaps: [(first: Int, last: Int)] = []
        var next = first
        for span in covered.sorted(by: { $0.first < $1.first }) {
            guard next <= last else { break }
            if span.first > next { gaps.append((next, min(span.first - 1, last))) }
            next = max(next, span.last + 1)
        }
        if next <= last { gaps.append((next, last)) }
        return gaps
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day counted from 1970-01-01: its year and month found from
    /// `daysFromCivil`, which a gap's text asks for a few times, not per figure.
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        var year = 1970 + Int((Double(days) / 365.2425).rounded(.down))
        while daysFromCivil(year: year + 1, month: 1, day: 1) <= days { year += 1 }
        while daysFromCivil(year: year, month: 1, day: 1) > days { year -= 1 }
        var month = 1
        while month < 12 && daysFromCivil(year: year, month: month + 1, day: 1) <= days { month += 1 }
        return (year, month, days - daysFromCivil(year: year, month: month, day: 1) + 1)
    }
}
