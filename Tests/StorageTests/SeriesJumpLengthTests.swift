import Testing

@testable import Storage

/// A series of `series-jump` holds periods of one length class (`SeriesJump.length`): check works
/// it out in SQL, the brief in Swift, and the two must agree for every period, or check and the
/// brief would name different pairs (`SeriesJumpAgreementTests` compares the pairs over one database).
@Suite("series-jump: a period's length class, the same in Swift and in SQL")
struct SeriesJumpLengthTests {
    @Test("counts: whole months count months, any other period minus its days", arguments: [
        ("2019", "2019", 12), ("2020", "2020", 12), ("2019-06", "2019-06", 1), ("2019-02", "2019-02", 1),
        ("1995", "2004", 120), ("2019-07", "2020-06", 12), ("2019-11", "2021-04", 18),
        ("2019-01-01", "2019-12-31", 12), ("2020-02-01", "2020-02-29", 1),
        ("2019-06-30", "2019-06-30", -1), ("2019-06-01", "2019-06-15", -15), ("2019-01-15", "2020-01-13", -364),
        ("2019-01-15", "2020-01-16", -367), ("2020-01-15", "2021-01-15", -367), ("2019-01-15", "2021-01-16", -733),
    ])
    func countLength(start: String, end: String, expected: Int) throws {
        try expect(start, end, counts: "detected-count", dimension: "count", is: expected)
    }

    /// Nepal's fiscal year, 2022-07-17 to 2023-07-16, is 365 days, and a year all the same (review of session 39).
    @Test("days that make whole years (365 or 366 days, 730 or 731, 1,460 or 1,461) are 12 months a year; money over them a year's amount", arguments: [
        ("2022-07-17", "2023-07-16", 12, 12), ("2019-01-15", "2020-01-14", 12, 12), ("2020-01-15", "2021-01-14", 12, 12),
        ("2019-03-01", "2020-02-29", 12, 12), ("2021-07-16", "2022-07-16", 12, 12),
        ("2019-01-15", "2021-01-14", 24, 12), ("2019-01-15", "2020-01-15", 12, 12), ("2019-01-15", "2023-01-14", 48, 12),
    ])
    func yearsOfDays(start: String, end: String, count: Int, money: Int) throws {
        try expect(start, end, counts: "detected-count", dimension: "count", is: count)
        try expect(start, end, counts: "money", dimension: "money", is: money)
        #expect(PeriodDays.isOneYear(start: start, end: end) == (count == 12))
    }

    @Test("money over whole years is a year's amount, one class; prevalence estimates, shares and rates are one class whatever their period", arguments: [
        ("1995", "2004", "money", "money", 12), ("2014", "2014", "money", "money", 12), ("2019-11", "2021-04", "money", "money", 18),
        ("2019-06", "2019-06", "money", "money", 1),
        ("1995", "2004", "prevalence-estimate", "count", 0), ("2019-06", "2019-06", "prevalence-estimate", "count", 0),
        ("2019-06", "2019-06", "detected-count", "share", 0), ("1995", "2004", "rate", "rate", 0),
    ])
    func classes(start: String, end: String, counts: String, dimension: String, expected: Int) throws {
        try expect(start, end, counts: counts, dimension: dimension, is: expected)
    }

    private func expect(_ start: String, _ end: String, counts: String, dimension: String, is expected: Int) throws {
        let swift = SeriesJump.length(
            firstDay: PeriodDays.first(start), lastDay: PeriodDays.last(end), counts: counts, unitDimension: dimension)
        #expect(swift == expected)
        let db = try Database.inMemory()
        let sql = "SELECT " + SeriesJump.lengthSQL(PeriodDays.firstDaySQL("?1"), PeriodDays.lastDaySQL("?2"), counts: "?3", dimension: "?4") + " AS n"
        #expect(try db.rows(sql, [start, end, counts, dimension]).first?.int("n") == Int64(expected))
    }

    @Test("Swift and SQL agree on every period from a day to fifteen years, across leap years, for counts and money")
    func agreement() throws {
        let db = try Database.inMemory()
        let sql = "SELECT " + SeriesJump.lengthSQL("?1", "?2", counts: "?3", dimension: "?4") + " AS n"
        var checked = 0
        for (start, end) in Self.periods() {
            for (counts, dimension) in [("detected-count", "count"), ("money", "money")] {
                let first = PeriodDays.first(start), last = PeriodDays.last(end)
                let expected = try db.rows(sql, [Self.dayText(first), Self.dayText(last), counts, dimension]).first?.int("n")
                let swift = SeriesJump.length(firstDay: first, lastDay: last, counts: counts, unitDimension: dimension)
                #expect(expected == Int64(swift), "\(start)/\(end) \(dimension)")
                checked += 1
            }
        }
        #expect(checked == 1_824)
    }

    @Test("PeriodSpan, the one whole-months rule check, the brief and the one-year test share, is the same in Swift and in SQL")
    func span() throws {
        let db = try Database.inMemory()
        let (first, last) = ("?1", "?2")
        let sql = "SELECT CASE WHEN " + PeriodSpan.wholeMonthsSQL(first, last) + " THEN " + PeriodSpan.monthsSQL(first, last)
            + " WHEN " + PeriodSpan.yearsOfDaysSQL(first, last) + " > 0 THEN 12 * " + PeriodSpan.yearsOfDaysSQL(first, last)
            + " ELSE -" + PeriodSpan.daysSQL(first, last) + " END AS n"
        for (start, end) in Self.periods() {
            let span = PeriodSpan(start: start, end: end)
            let signed = switch span {
            case .months(let months): months
            case .days(let days): -days
            }
            let expected = try db.rows(sql, [Self.dayText(PeriodDays.first(start)), Self.dayText(PeriodDays.last(end))]).first?.int("n")
            #expect(expected == Int64(signed), "\(start)/\(end)")
        }
        #expect(PeriodSpan(start: "2019-07", end: "2020-06") == .months(12))
        #expect(PeriodSpan(start: "2019-03-10", end: "2019-03-16") == .days(7))
        #expect(PeriodSpan(start: "2022-07-17", end: "2023-07-16") == .months(12))
        for days in 1...4_000 {
            let years = try db.rows("SELECT " + PeriodSpan.yearsOfDaysSQL("'2000-01-01'", "date('2000-01-01', '+\(days - 1) days')") + " AS n")
                .first?.int("n")
            #expect(years == Int64(PeriodSpan.yearsOfDays(days)), "\(days) days")
        }
        #expect((1...4_000).filter { PeriodSpan.yearsOfDays($0) > 0 } == [
            365, 366, 730, 731, 1_095, 1_096, 1_460, 1_461, 1_826, 1_827, 2_191, 2_192, 2_556, 2_557, 2_921, 2_922, 3_287, 3_288, 3_652, 3_653,
        ])
    }

    /// Periods written as years, months and days, starting in 1999-2001 and lasting up to 15 years.
    private static func periods() -> [(String, String)] {
        var periods: [(String, String)] = []
        for year in 1999...2001 {
            for span in 0...15 { periods.append(("\(year)", "\(year + span)")) }
            for month in 1...12 {
                for span in [0, 1, 5, 11, 12, 17, 23, 120] {
                    let endMonth = year * 12 + month - 1 + span
                    periods.append((Self.pad(year, 4) + "-" + Self.pad(month, 2), Self.pad(endMonth / 12, 4) + "-" + Self.pad(endMonth % 12 + 1, 2)))
                }
                for day in [1, 2, 15, 28] {
                    for (endYear, endMonth, endDay) in [(year, month, day), (year, month, 28), (year + 1, month, max(day - 1, 1)), (year + 4, 2, 28)] {
                        periods.append((Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2),
                                        Self.pad(endYear, 4) + "-" + Self.pad(endMonth, 2) + "-" + Self.pad(endDay, 2)))
                    }
                }
            }
        }
        return periods
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
    }

    private static func dayText(_ day: Int) -> String {
        pad(day / 10_000, 4) + "-" + pad(day / 100 % 100, 2) + "-" + pad(day % 100, 2)
    }
}
