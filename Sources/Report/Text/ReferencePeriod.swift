import Storage

/// A reference period as stored (ISO dates at year, month or day precision), with the
/// arithmetic a brief needs: its text, the years it covers, and where it sits on a time axis.
public struct ReferencePeriod: Sendable, Hashable, Comparable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }

    /// The period as the brief writes a figure's (`text`), or `period not stated` for a figure whose
    /// source does not state it (`figures.period_basis` publication): one wording for the brief,
    /// `report lineage` and `tipdb search --json`, whose `period` is joined on across them.
    public static func briefText(start: String, end: String, unstated: Bool) -> String {
        unstated ? unstatedText : ReferencePeriod(start: start, end: end).text
    }

    /// What a brief writes for the period of a figure whose source does not state it.
    static let unstatedText = "period not stated"

    /// `2016`, `1995-2004`, `June 2019`, `June-December 2011`, `July 2019 to June 2020` or
    /// `2019-06-01 to 2019-06-30`.
    ///
    /// Why months in words: `2011-12`, the month December 2011, reads to a policy reader as the
    /// two years 2011 and 2012, or the financial year 2011/12, which ingest warns it is not (review
    /// of session 38). A day is left as written: `2019-06-30` cannot be read as a span.
    public var text: String {
        if start == end { return Self.words(start) }
        if Self.hasFourCharacters(start) && Self.hasFourCharacters(end) { return start + "-" + end }
        if let first = Self.month(start), let last = Self.month(end), first.year == last.year {
            return first.name + "-" + last.name + " " + first.year
        }
        return Self.words(start) + " to " + Self.words(end)
    }

    /// `2011-12` → `December 2011`; any other date as written.
    static func words(_ date: String) -> String {
        month(date).map { $0.name + " " + $0.year } ?? date
    }

    /// The year and the month's name of a date written as a month, `yyyy-mm`; nil otherwise.
    private static func month(_ date: String) -> (year: String, name: String)? {
        let bytes = Array(date.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.indices.allSatisfy({ $0 == 4 || (bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9")) }),
              let number = Int(date.suffix(2)), (1...12).contains(number)
        else { return nil }
        return (String(date.prefix(4)), PeriodDays.monthNames[number - 1])
    }

    /// Whether `date` is four characters long, like a year. Stored periods are ASCII without
    /// line breaks, where bytes are characters; counting characters is kept for anything else
    /// written by hand (a CR LF pair is one character).
    private static func hasFourCharacters(_ date: String) -> Bool {
        date.isASCII && !date.utf8.contains(UInt8(ascii: "\r")) ? date.utf8.count == 4 : date.count == 4
    }

    /// The first and last calendar years the period touches.
    public var startYear: Int { Self.year(start) }
    public var endYear: Int { Self.year(end) }

    /// The start as a fractional year: `2019-07` is 2019.5.
    public var startPosition: Double { Self.position(start, atEnd: false) }
    /// The end as a fractional year, inclusive of the last unit: `2016` ends at 2017.0.
    public var endPosition: Double { Self.position(end, atEnd: true) }

    public static func < (lhs: ReferencePeriod, rhs: ReferencePeriod) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// The whole numbers between the date's dashes (`2019-06` → 2019, 6), leaving out any part
    /// that is not one. Read from the bytes when they are all digits and dashes, as stored dates'
    /// are: `split` and `Int` took some 3,000 instructions a date, asked for each chart marker.
    static func numbers(_ date: String) -> [Int] {
        var parts: [Int] = []
        var value = 0
        var digits = 0
        for byte in date.utf8 {
            if byte == UInt8(ascii: "-") {
                if digits > 0 { parts.append(value) }
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && digits < 18 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return date.split(separator: "-").compactMap { Int($0) }
            }
        }
        if digits > 0 { parts.append(value) }
        return parts
    }

    /// The number its first four characters write, 0 for none.
    ///
    /// Read from the bytes when they are digits, as stored dates' are: `prefix(4)` and `Int`
    /// took some 400 instructions a call, and a brief's data gaps ask for every figure's years.
    static func year(_ date: String) -> Int {
        var value = 0
        var digits = 0
        for byte in date.utf8 {
            guard digits < 4 else { break }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return Int(date.prefix(4)) ?? 0 }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 0 ? 0 : value
    }

    private static func position(_ date: String, atEnd: Bool) -> Double {
        let parts = numbers(date)
        guard let year = parts.first else { return 0 }
        switch parts.count {
        case 1:
            return Double(year) + (atEnd ? 1 : 0)
        case 2:
            return Double(year) + Double(parts[1] - (atEnd ? 0 : 1)) / 12
        default:
            let dayOfYear = Double((parts[1] - 1) * 30 + parts[2] - (atEnd ? 0 : 1))
            return Double(year) + min(dayOfYear, 365) / 365
        }
    }
}
