/// `PeriodSpan` in SQL, over `yyyy-mm-dd` texts (`PeriodDays.firstDaySQL`, `lastDaySQL`), for
/// check's rules that measure periods in a query (`SeriesJump.lengthSQL`).
extension PeriodSpan {
    /// Whether the period from `first` to `last` is whole months: `PeriodSpan.months`.
    static func wholeMonthsSQL(_ first: String, _ last: String) -> String {
        "substr(" + first + ", 9, 2) = '01' AND " + last + " = date(" + last + ", 'start of month', '+1 month', '-1 day')"
    }

    /// The number of months from `first` to `last`, when `wholeMonthsSQL` holds.
    static func monthsSQL(_ first: String, _ last: String) -> String {
        "((CAST(substr(" + last + ", 1, 4) AS INTEGER) * 12 + CAST(substr(" + last + ", 6, 2) AS INTEGER))"
            + " - (CAST(substr(" + first + ", 1, 4) AS INTEGER) * 12 + CAST(substr(" + first + ", 6, 2) AS INTEGER)) + 1)"
    }

    /// The number of days from `first` to `last`, both counted; NULL for a day SQLite cannot read.
    static func daysSQL(_ first: String, _ last: String) -> String {
        "CAST(julianday(" + last + ") - julianday(" + first + ") + 1 AS INTEGER)"
    }

    /// The whole years the days from `first` to `last` make (`PeriodSpan.yearsOfDays`), 0 for
    /// none; NULL for a day SQLite cannot read.
    static func yearsOfDaysSQL(_ first: String, _ last: String) -> String {
        let scaled = "(" + daysSQL(first, last) + " * 10000)"
        let years = "((" + scaled + " + \(yearLength / 2)) / \(yearLength))"
        return "CASE WHEN " + years + " >= 1 AND abs(" + scaled + " - " + years + " * \(yearLength)) <= 10000 THEN " + years + " ELSE 0 END"
    }
}
