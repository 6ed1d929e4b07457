/// Excel's count of days, as a spreadsheet stores a date, and the years it turns into days when
/// a year is typed into a cell formatted as a date.
///
/// Why in storage: ingest names both slips in a cell it refuses (`43646` saved as a number, a
/// year 2019 shown as 1905-07-11), and `tipdb check` names the second in rows an older tipdb
/// stored; one rule serves both, so the two cannot disagree about which days are typed years.
public enum ExcelDay {
    /// The years taken for typed ones: those a figure or a report of the field has, give or take.
    /// Their days are 1905-06-17 (1995) to 1905-07-22 (2030).
    public static let typedYears = 1995...2030

    /// The year of `typedYears` that Excel stores as the day `year`-`month`-`day`, or nil.
    ///
    /// Excel's days count from 1899-12-30 for every date after February 1900 (its day 60 is the
    /// 29 February 1900 that never was, kept from Lotus 1-2-3), so day 2019 is 1905-07-11.
    public static func typedYear(year: Int, month: Int, day: Int) -> Int? {
        guard year == 1905, month == 6 || month == 7 else { return nil }
        return typedYears.first { date(ofDay: $0) == (year, month, day) }
    }

    /// The year typed into a date cell that `text`, a stored `YYYY-MM-DD`, is, or nil for any other text.
    public static func typedYear(inStored text: String) -> Int? {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return typedYear(year: year, month: month, day: day)
    }

    /// The Gregorian date of Excel's day `days`, counted from 1899-12-30, its day 0 for its dates
    /// after February 1900 (Howard Hinnant's civil-from-days, shifted from 1970-01-01).
    public static func date(ofDay days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
