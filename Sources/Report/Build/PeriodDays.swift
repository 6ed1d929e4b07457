/// A reference period's first and last days as `yyyymmdd` integers, to order periods written at
/// different precisions: as text, `2021-03` sorts after `2021`, though 2021 ends nine months later.
///
/// The `latest_estimates` view (Migrations/m0012_whole_years_first.sql) orders by the same days, so
/// that the brief's key figures and the view pick the same figure.
enum PeriodDays {
    /// The first day of a period written `2021`, `2021-03` or `2021-03-15`.
    static func first(_ period: String) -> Int {
        let (year, month, day) = parts(period)
        return year * 10_000 + (month ?? 1) * 100 + (day ?? 1)
    }

    /// The last day of a period written `2021`, `2021-02` (the 28th) or `2021-03-15`.
    static func last(_ period: String) -> Int {
        let (year, month, day) = parts(period)
        guard let month else { return year * 10_000 + 1231 }
        return year * 10_000 + month * 100 + (day ?? BriefDate.days(inMonth: min(max(month, 1), 12), of: year))
    }

    private static func parts(_ period: String) -> (year: Int, month: Int?, day: Int?) {
        let numbers = period.split(separator: "-").map { Int($0) ?? 0 }
        return (numbers.first ?? 0, numbers.count > 1 ? numbers[1] : nil, numbers.count > 2 ? numbers[2] : nil)
    }
}
