import Storage

/// Age bands Excel took for dates: `9-17` typed into a cell comes back `17-Sep` (d-mmm) or
/// `Sep-17` (mmm-yy), and `5-9` as `5-Sep`.
///
/// Why: such a value was refused as `is not an age group`, naming the forms to write, while the
/// analyst saw in the sheet what Excel shows and not what it did. Still refused (which number was
/// the day and which the month depends on Excel's locale), but the message says what happened,
/// guesses the band with a question mark and says how to keep Excel from doing it again. Only
/// ever called for a text already refused: no cost to a valid row.
extension Terms {
    /// The message for an age group `text` that is a date as Excel displays one, or nil.
    static func excelDateAgeBand(_ text: String) -> String? {
        let parts = text.trimmingWhitespace().lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        func month(_ part: Substring) -> Int? {
            PeriodDays.monthNames.firstIndex { $0.lowercased().prefix(3) == part }.map { $0 + 1 }
        }
        func number(_ part: Substring) -> Int? {
            guard (1...2).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        guard let ages = month(parts[0]).flatMap({ m in number(parts[1]).map { (m, $0) } })
            ?? number(parts[0]).flatMap({ n in month(parts[1]).map { (n, $0) } }) else { return nil }
        let band = "\(min(ages.0, ages.1))-\(max(ages.0, ages.1))"
        return "\"\(text)\" looks like an age band Excel turned into a date (\(band)?); expected an age group such as \(band): "
            + "format the column as Text before typing"
    }
}
