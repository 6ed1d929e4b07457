import Storage

/// How long a reference period is, in the coarsest unit that measures it exactly: `2020` and
/// `2019-07/2020-06` are one year, `2020-12` one month, `2019-01-01/2019-06-30` six months,
/// `2020-12-31` one day, `2019-03-10/2019-03-16` seven days.
///
/// Why: a count over a month and a count over a year are different quantities, however alike
/// they look in a table. Months of 28 and 31 days are both "one month", so that only lengths that
/// differ in kind are reported as mixed.
struct PeriodLength: Hashable, Comparable {
    enum Unit: Int {
        case day
        case month
        case year
    }

    let count: Int
    let unit: Unit

    /// One year.
    static let oneYear = PeriodLength(count: 1, unit: .year)

    /// Whether the period is one or more whole years (`2020`, `1995-2004`, `2019-07/2020-06`):
    /// the periods a year's amount of money describes as it is written ("US$32 billion a year"
    /// for 1995-2004 is a yearly amount over those ten years, not their total).
    var isWholeYears: Bool { unit == .year }

    private init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    init(start: String, end: String) {
        let first = PeriodDays.first(start), last = PeriodDays.last(end)
        let (sy, sm, sd) = (first / 10_000, first / 100 % 100, first % 100)
        let (ey, em, ed) = (last / 10_000, last / 100 % 100, last % 100)
        if sd == 1, (1...12).contains(em), ed == BriefDate.days(inMonth: em, of: ey) {
            let months = (ey * 12 + em) - (sy * 12 + sm) + 1
            (count, unit) = months % 12 == 0 ? (months / 12, .year) : (months, .month)
        } else {
            (count, unit) = (Self.dayNumber(ey, em, ed) - Self.dayNumber(sy, sm, sd) + 1, .day)
        }
    }

    /// About how many days the period lasts, to order lengths of different units.
    var days: Double {
        switch unit {
        case .day: Double(count)
        case .month: Double(count) * 30.44
        case .year: Double(count) * 365.25
        }
    }

    static func < (a: PeriodLength, b: PeriodLength) -> Bool { (a.days, a.unit.rawValue) < (b.days, b.unit.rawValue) }

    /// "year", "month" or "day".
    private var unitName: String {
        switch unit {
        case .day: "day"
        case .month: "month"
        case .year: "year"
        }
    }

    /// "one year", "three years", "18 months", "181 days".
    var text: String {
        let number = (1...10).contains(count)
            ? ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][count - 1] : String(count)
        return "\(number) \(unitName)\(count == 1 ? "" : "s")"
    }

    /// "a year's", "three years'": whose count it is.
    var possessive: String {
        count == 1 ? "a \(unitName)'s" : text + "'"
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`, shifted): only differences are used.
    private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
