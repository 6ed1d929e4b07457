import Storage

/// How long a reference period is, in the coarsest unit that measures it exactly: `2020`,
/// `2019-07/2020-06` and `2022-07-17/2023-07-16` (365 days) are one year, `2020-12` one month,
/// `2019-01-01/2019-06-30` six months, `2020-12-31` one day, `2019-03-10/2019-03-16` seven days.
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

    /// The length of the period from `start` to `end`, by `PeriodSpan`'s rule: whole months
    /// counted in years where they make whole years, and so are days that make whole years.
    init(start: String, end: String) {
        switch PeriodSpan(start: start, end: end) {
        case .months(let months): (count, unit) = months % 12 == 0 ? (months / 12, .year) : (months, .month)
        case .days(let days): (count, unit) = (days, .day)
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
}
