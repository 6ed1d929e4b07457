import Foundation

/// What a date is for, which decides the years it may have and how messages name it.
///
/// Why not one range for all: a reference period is what a figure measures, and tipdb (with
/// `tipdb check`) holds those to 1800-2200; a publication date is when a text appeared, and a
/// database about slavery cites laws and treaties far older (the Code Noir, 1685); an access date
/// is the day someone read a web page. Publication and access dates end next year, the margin
/// for a work dated ahead and for time zones: `2061` for `2016` is a slip, not a forthcoming report.
public enum DateKind: Sendable {
    case period
    case publication
    case access

    /// The years a date of this kind may have.
    public var years: ClosedRange<Int> {
        switch self {
        case .period: 1800...2200
        case .publication: 1000...Self.nextYear
        case .access: 1990...Self.nextYear
        }
    }

    /// What the years should be, for a message: "expected ...".
    var expectedYears: String {
        switch self {
        case .period: "expected a year between 1800 and 2200"
        case .publication: "expected a publication year from 1000 to \(Self.nextYear) (next year)"
        case .access: "expected the year the URL was read, from 1990 to \(Self.nextYear) (next year)"
        }
    }

    /// The message for a year outside ``years``; `original` is the text as written, when there is one.
    func outOfRange(_ year: Int, in original: String?) -> String {
        "year \(year)\(original.map { " in \"\($0)\"" } ?? "") is out of range; \(expectedYears)"
    }

    /// Next year in UTC, read once: a command that runs over New Year judges all its rows alike.
    static let nextYear: Int = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.component(.year, from: Date()) + 1
    }()
}
