/// How long a reference period is by its first and last days (`PeriodDays`, `yyyymmdd`): a number
/// of whole months when it starts on a month's first day and ends on a month's last (1 for
/// `2019-06`, 12 for `2019` or `2019-07`/`2020-06`, 120 for `1995-2004`, 6 for
/// `2019-01-01`/`2019-06-30`), else a number of days (1 for `2019-06-30`, 7 for
/// `2019-03-10`/`2019-03-16`), but 12 months a year for days that make whole years (365 or 366
/// days: Nepal's fiscal year `2022-07-17`/`2023-07-16`; 730 or 731 days: two years; `yearsOfDays`).
/// `PeriodSpan+SQL` is the same rule in SQL.
///
/// Why years of days: a year that starts mid-month is still a year. Read as 365 days, Nepal's
/// fiscal year was cautioned as "a count over 365 days, not over a year", not comparable with a
/// count over another year, steering the reader to an older calendar-year count; and a 365-day
/// year beside a 366-day one was "not comparable" (review of session 39).
///
/// Why one rule in Storage: check's `series-jump` warning (`SeriesJump.length`, in SQL too), the
/// brief's periods caution (`PeriodLength`) and the one-year test (`PeriodDays.isOneYear`) each
/// wrote it out; a period that one read as six months and another as 181 days would let check
/// and the brief disagree about which figures are comparable.
public enum PeriodSpan: Hashable, Sendable {
    case months(Int)
    case days(Int)

    /// The span from `firstDay` to `lastDay`, both `yyyymmdd`; months only of a real month (1-12)
    /// ending on its last day.
    public init(firstDay: Int, lastDay: Int) {
        let (y1, m1, d1) = (firstDay / 10_000, firstDay / 100 % 100, firstDay % 100)
        let (y2, m2, d2) = (lastDay / 10_000, lastDay / 100 % 100, lastDay % 100)
        if d1 == 1, (1...12).contains(m2), d2 == PeriodDays.days(inMonth: m2, of: y2) {
            self = .months((y2 * 12 + m2) - (y1 * 12 + m1) + 1)
        } else {
            let days = Self.dayNumber(y2, m2, d2) - Self.dayNumber(y1, m1, d1) + 1
            let years = Self.yearsOfDays(days)
            self = years > 0 ? .months(12 * years) : .days(days)
        }
    }

    /// Tenths of thousandths of a day in the mean Gregorian year (365.2425 days).
    static let yearLength = 3_652_425

    /// The whole years `days` make, within a day of as many mean Gregorian years (365.2425 days:
    /// 365 or 366 days are one year, 730 or 731 two, 1,460 or 1,461 four); 0 for any other number.
    /// In integers, so that `yearsOfDaysSQL` gives the same answer with no rounding of its own.
    static func yearsOfDays(_ days: Int) -> Int {
        let scaled = days * 10_000
        let years = (scaled + yearLength / 2) / yearLength
        return years >= 1 && abs(scaled - years * yearLength) <= 10_000 ? years : 0
    }

    /// The span of a period written `2019`, `2019-06` or `2019-06-30`, from `start` to `end`.
    public init(start: String, end: String) {
        self.init(firstDay: PeriodDays.first(start), lastDay: PeriodDays.last(end))
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`, shifted; the count `julianday` differs from by a constant): only
    /// differences are used.
    private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
