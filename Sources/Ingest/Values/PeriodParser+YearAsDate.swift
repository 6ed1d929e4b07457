import Storage

/// A year typed into a cell formatted as a date: Excel stores `2019` as day 2019 of its count,
/// and shows and saves it as 1905-07-11 (or `11/07/1905`); and a year with a thousands
/// separator (`2,019`), as a column formatted as a number shows one.
///
/// Why refused: the opposite slip, a date saved as its day count (`43646`), was named, while a
/// period of 1905-07-11 loaded without a word and a brief would have cited a figure for July 1905
/// (a user-review of spreadsheet exports, session 45). Only the days those years become are
/// refused, whole days of June and July 1905: `1905`, `1905-07` and every other day of 1905 load.
extension PeriodParser {
    /// The refusal of `original` as a year typed into a cell formatted as a date (`1905-07-11`,
    /// `11/07/1905`, `11.07.1905`) when `year`-`month`-`day` is such a day, or nil.
    static func yearAsDate(_ original: String, year: Int, month: Int, day: Int) -> String? {
        guard let typed = ExcelDay.typedYear(year: year, month: month, day: day) else { return nil }
        return "\"\(original)\" reads as the year \(typed) typed into a cell formatted as a date "
            + "(Excel stores \(typed) as \(year)-\(twoDigits(month))-\(twoDigits(day))); expected \(typed)"
    }

    /// The refusal of a year written with a thousands separator (`2,019`, `2.019`, `2 019`) when
    /// the year is one `kind` may have, or nil for any other text.
    static func groupedYear(_ text: String, kind: DateKind) -> String? {
        let trimmed = Array(text.replacingTypographicSpacesAndMinus().trimmingWhitespace())
        guard trimmed.count == 5, [",", ".", " "].contains(trimmed[1]), trimmed[0].isASCII, trimmed[0].isNumber,
              trimmed[2...].allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(String(trimmed[0]) + String(trimmed[2...])), kind.years.contains(year) else { return nil }
        return "\"\(text)\" is the year \(year) written with a thousands separator, as a spreadsheet shows a year "
            + "in a column formatted as a number with one; expected \(year)"
    }
}
