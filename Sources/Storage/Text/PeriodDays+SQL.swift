extension PeriodDays {
    /// The first day of the period starting at `start` (a column such as `f.period_start`), as
    /// `yyyy-mm-dd` text: `2018` → `2018-01-01`, `2018-02` → `2018-02-01`.
    ///
    /// Why SQL beside `first(_:)`: `tipdb check`'s rules group and join figures in SQLite, and
    /// writing the days out there once keeps them from comparing `2018` and
    /// `2018-01-01`/`2018-12-31` as two periods, as `same-figure-twice` and `latest_estimates`
    /// (m0026) already do not. Text, not a number, so that it sorts as `first(_:)` does and
    /// `date()` can give a month's last day. `start` is a column name the caller writes, never a value.
    static func firstDaySQL(_ start: String) -> String {
        "CASE length(" + start + ") WHEN 4 THEN " + start + " || '-01-01' WHEN 7 THEN " + start + " || '-01' ELSE "
            + start + " END"
    }

    /// The last day of the period ending at `end`, as `yyyy-mm-dd` text: `2018` → `2018-12-31`,
    /// `2018-02` → `2018-02-28` (a month SQLite cannot read stays as written).
    static func lastDaySQL(_ end: String) -> String {
        "CASE length(" + end + ") WHEN 4 THEN " + end + " || '-12-31' WHEN 7 THEN coalesce(date(" + end
            + " || '-01', '+1 month', '-1 day'), " + end + ") ELSE " + end + " END"
    }

    /// Whether the figures `a` and `b` (table aliases) cover the same days.
    ///
    /// Put beside `endsInYearSQL(_:of:)`, which lets SQLite look `a` up by an index on
    /// `period_end`: this condition alone is no index's.
    /// Periods written alike are matched first: SQLite then skips working out the days, which
    /// nearly every pair would otherwise do.
    static func sameDaysSQL(_ a: String, _ b: String) -> String {
        "(" + a + ".period_end = " + b + ".period_end AND " + a + ".period_start = " + b + ".period_start OR "
            + lastDaySQL(a + ".period_end") + " = " + lastDaySQL(b + ".period_end") + " AND "
            + firstDaySQL(a + ".period_start") + " = " + firstDaySQL(b + ".period_start") + ")"
    }

    /// Whether the period end `end` (a column) falls in the year `other` (a period end or a last
    /// day) does: every spelling of a period ending in 2018 starts with `2018`, so `end` is a range
    /// of `figures_by_measure_place`, where the days alone would be no index's.
    static func endsInYearSQL(_ end: String, of other: String) -> String {
        end + " BETWEEN substr(" + other + ", 1, 4) AND substr(" + other + ", 1, 4) || '-99'"
    }

    /// A note for a row naming figures whose periods are written differently but cover the same
    /// days, as `same-figure-twice` words it: ` (periods 2018 and 2018-01-01/2018-12-31 cover the
    /// same days)`; empty when they are all written alike. Each period is `start` or `start/end`.
    static func sameDaysNote(_ periods: [String]) -> String {
        var written: [String] = []
        for period in periods where !written.contains(period) { written.append(period) }
        return written.count > 1 ? " (periods " + written.joined(separator: " and ") + " cover the same days)" : ""
    }

    /// A period as check's rows write it: `2018`, or `2018-01-01/2018-12-31`.
    static func written(start: String, end: String) -> String {
        start == end ? start : start + "/" + end
    }

    /// A period as messages name it in words: `1995-2004` for a span of whole years, as briefs
    /// write one; `2018-01-01/2018-12-31` otherwise (`written`), where a hyphen between two dates
    /// would not tell where one ends; one period as written (`2016`).
    ///
    /// Why shared: check's `repeat-changed` rows and ingest's key-reuse warning name periods in
    /// the same sentences of a figure, and wrote them with two copies of this rule.
    public static func named(start: String, end: String) -> String {
        if start != end, [start, end].allSatisfy({ $0.utf8.count == 4 && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }) {
            return start + "-" + end
        }
        return written(start: start, end: end)
    }
}
