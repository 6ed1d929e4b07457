import Foundation

/// UTC timestamps as ISO 8601 text, the form every `*_at` column holds.
public enum Timestamp {
    /// Now, to the millisecond, e.g. `2026-11-29T09:14:03.120Z`.
    public static func now() -> String {
        string(from: Date())
    }

    public static func string(from date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
