/// A reference period's first and last days as `yyyymmdd` integers, to order periods written at
/// different precisions: as text, `2021-03` sorts after `2021`, though 2021 ends nine months later.
///
/// The `latest_estimates` view (Migrations/m0026_period_days_first.sql) orders by the same days, so
/// that the brief's key figures and the view pick the same figure; `tipdb check`'s rules group by
/// them in SQL (`PeriodDays+SQL`). In Storage, not Report, so that check's rules, the brief and
/// lineage (`RepeatChange`) take one period for the same days alike.
public enum PeriodDays {
    /// The first day of a period written `2021`, `2021-03` or `2021-03-15`.
    public static func first(_ period: String) -> Int {
        let (year, month, day) = parts(period)
        return year * 10_000 + (month ?? 1) * 100 + (day ?? 1)
    }

    /// The last day of a period written `2021`, `2021-02` (the 28th) or `2021-03-15`.
    public static func last(_ period: String) -> Int {
        let (year, month, day) = parts(period)
        guard let month else { return year * 10_000 + 1231 }
        return year * 10_000 + month * 100 + (day ?? days(inMonth: min(max(month, 1), 12), of: year))
    }

    /// The numbers between the dashes: `2021-03` → (2021, 3, nil). As `split(separator: "-")`
    /// with `Int($0) ?? 0` would read them (empty pieces skipped, a piece that is no number 0),
    /// but from the bytes: splitting made two arrays per call, and a brief calls this for every
    /// figure it compares by period (a few percent of a large brief's instructions).
    public static func parts(_ period: String) -> (year: Int, month: Int?, day: Int?) {
        // Beyond ASCII a dash can carry a combining mark and be no dash: read as characters.
        guard period.utf8.allSatisfy({ $0 < 0x80 }) else { return splitParts(period) }
        var numbers: (Int, Int?, Int?) = (0, nil, nil)
        var count = 0
        var value = 0, digits = 0, valid = true, signed = false
        func finish() {
            guard digits > 0 || signed || !valid else { return }
            let number = valid && digits > 0 ? value : 0
            switch count {
            case 0: numbers.0 = number
            case 1: numbers.1 = number
            case 2: numbers.2 = number
            default: break
            }
            count += 1
            value = 0
            digits = 0
            valid = true
            signed = false
        }
        for byte in period.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                finish()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowAgain) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                if overflow || overflowAgain { valid = false } else { value = sum }
                digits += 1
            case UInt8(ascii: "+") where digits == 0 && !signed && valid:
                signed = true
            default:
                valid = false
            }
        }
        finish()
        return numbers
    }

    /// The months of the year by name, January first: the one list that ingest's messages
    /// (`June 2019`, Excel's `Jun-19`), the brief's periods and its reference dates use.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The days of `month` (1-12) in `year` of the Gregorian calendar: the one table of month
    /// lengths that ingest's period parser and the brief's dates use too.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Whether a period covers exactly one year by its days: `2020`, `2020-01-01`/`2020-12-31`,
    /// `2019-07`/`2020-06` (a financial year) and 365 or 366 days from any day (`2022-07-17`/`2023-07-16`,
    /// Nepal's fiscal year) are; `2020-06`, `2015`/`2020` and `2020-01-15`/`2021-01-15` (367 days) are not.
    ///
    /// Why by days: a count or an amount of money over any other period is cautioned about
    /// (`KeyFigurePeriod`), and a source that writes its year as two dates gives a year's count as
    /// surely as one that writes `2020`.
    public static func isOneYear(start: String, end: String) -> Bool {
        PeriodSpan(start: start, end: end) == .months(12)
    }

    /// The day after `day` (`yyyymmdd`): `20230331` → `20230401`, `20231231` → `20240101`.
    ///
    /// Why: the quarters of a year cover it when each starts the day after the one before ends
    /// (`PeriodSums`), which the days as numbers do not tell by adding one.
    public static func dayAfter(_ day: Int) -> Int {
        let (year, month, date) = (day / 10_000, day / 100 % 100, day % 100)
        guard (1...12).contains(month), date >= days(inMonth: month, of: year) else { return day + 1 }
        return month == 12 ? (year + 1) * 10_000 + 101 : year * 10_000 + (month + 1) * 100 + 1
    }

    /// Whether two periods cover the same days (`2018` and `2018-01-01`/`2018-12-31`).
    public static func same(_ a: (start: String, end: String), _ b: (start: String, end: String)) -> Bool {
        (a.start == b.start && a.end == b.end) || (first(a.start) == first(b.start) && last(a.end) == last(b.end))
    }

    /// `parts` as first written, character by character.
    static func splitParts(_ period: String) -> (year: Int, month: Int?, day: Int?) {
        let numbers = period.split(separator: "-").map { Int($0) ?? 0 }
        return (numbers.first ?? 0, numbers.count > 1 ? numbers[1] : nil, numbers.count > 2 ? numbers[2] : nil)
    }
}
