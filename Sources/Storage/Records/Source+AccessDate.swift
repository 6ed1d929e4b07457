extension Source {
    /// Whether the source was read before it was published, by `tipdb check`'s rule
    /// (`accessed-before-publication`, `Audit.accessedBeforePublication`): the accessed date is
    /// before the first day of a year or month of publication, or before the day before a full
    /// publication date (the day time zones allow).
    ///
    /// Why here as well as in check's SQL: the brief cautions about the sources it cites from the
    /// records it holds, and must name the sources check names, no more and no fewer (session 54:
    /// a brief printed "7 March 2024. ... Accessed 5 January 2023." without a word).
    public var isAccessedBeforePublication: Bool {
        guard let accessed, let published, !published.isEmpty else { return false }
        // As SQLite's date(published, '-1 day'): a full date that is no day compares with nothing.
        let limit = published.utf8.count == 10 ? Self.dayBefore(published) : published
        guard let limit else { return false }
        return accessed.utf8.lexicographicallyPrecedes(limit.utf8)
    }

    /// The day before a date written `YYYY-MM-DD`, written so; nil when it is no real day.
    static func dayBefore(_ date: String) -> String? {
        let bytes = Array(date.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)),
              year > 0, (1...12).contains(month), (1...PeriodDays.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        var (y, m, d) = (year, month, day - 1)
        if d == 0 {
            m -= 1
            if m == 0 { (y, m) = (y - 1, 12) }
            d = PeriodDays.days(inMonth: m, of: y)
        }
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
    }
}
