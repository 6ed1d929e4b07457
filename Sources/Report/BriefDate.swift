import Foundation
import Storage

/// The date printed on a brief: `--date`, else `SOURCE_DATE_EPOCH` (the reproducible-builds
/// convention), else today in UTC. Nothing else in a brief depends on the clock.
public enum BriefDate {
    /// - Throws: `ReportError.invalidDate` for a `--date` that is not a valid YYYY-MM-DD date, and
    ///   `ReportError.invalidSourceDateEpoch` for a `SOURCE_DATE_EPOCH` that is not a number of seconds.
    public static func resolve(_ argument: String?, environment: [String: String], now: Date = Date()) throws -> String {
        if let argument {
            guard isValid(argument) else { throw ReportError.invalidDate(argument) }
            return argument
        }
        if let text = environment["SOURCE_DATE_EPOCH"] {
            // An empty value counts as unset, as most tools that read it do.
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                guard let epoch = Int64(trimmed), epoch >= 0 else { throw ReportError.invalidSourceDateEpoch(text) }
                return format(Date(timeIntervalSince1970: TimeInterval(epoch)))
            }
        }
        return format(now)
    }

    /// True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        return day <= days(inMonth: month, of: year)
    }

    /// The days of `month` (1-12) in `year` of the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int {
        PeriodDays.days(inMonth: month, of: year)
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
