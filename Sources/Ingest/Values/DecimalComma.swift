/// A number written with a decimal comma (`2,5`, `12,5%`, `1.234,5`, `1 234,5`), as Portuguese,
/// Spanish, French and German tables write one: refused naming the comma, with the number to write.
///
/// Why refused, not read: in an English file the comma separates thousands, so `1,234` and `2,450`
/// are read as such (and asked about where the unit makes them doubtful, `UnitRules`); tipdb never
/// guesses which mark a comma is. Why named: they were called "misplaced thousands separators",
/// with advice ("use a point") that turned `1.234,5` into `1.234.5`, refused again (a national
/// statistics office's review, session 48). Only numbers no thousands grouping can explain get
/// here: a comma followed by other than three digits, or after digits grouped by dots or spaces.
enum DecimalComma {
    /// The refusal of `number`, the number part of `original` (an optional sign, digits and
    /// separators; no currency, percent sign or scale word), or nil when it is not a decimal comma.
    static func refusal(_ number: Substring, original: String) -> String? {
        let unsigned = number.first == "-" || number.first == "+" ? number.dropFirst() : number
        guard let comma = unsigned.firstIndex(of: ","), unsigned.lastIndex(of: ",") == comma else { return nil }
        let whole = unsigned[..<comma], fraction = unsigned[unsigned.index(after: comma)...]
        guard !fraction.isEmpty, fraction.allSatisfy(isDigit), !whole.isEmpty else { return nil }
        let sign = number.first == "-" ? "-" : ""
        if whole.allSatisfy(isDigit) {
            let point = sign + whole + "." + fraction
            // `1234,567`: a comma after more than three digits groups nothing, but three digits
            // after it may still be thousands typed without the first separator.
            if fraction.count == 3 {
                guard whole.count > 3 else { return nil }
                return "\"\(original)\" has a comma that cannot separate thousands here (\(whole) before it is more than three digits); "
                    + "expected \(written(point, in: original)) if it is a decimal comma, or \(written(sign + whole + fraction, in: original)) if it separates thousands"
            }
            return "\"\(original)\" writes the decimal mark as a comma, as Portuguese, Spanish, French and German tables do; "
                + "expected \(written(point, in: original)) (a point is the decimal mark)"
        }
        for (separator, words) in [(".", "dots, as Portuguese, Spanish and German tables do"), (" ", "spaces, as French tables and SI style do")] {
            let groups = whole.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard groups.count > 1, (1...3).contains(groups[0].count), groups[0].first != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy(isDigit) }) else { continue }
            let point = sign + groups.joined() + "." + fraction
            return "\"\(original)\" writes the decimal mark as a comma and groups thousands with \(words); expected \(written(point, in: original))"
        }
        return nil
    }

    /// `original` with its number replaced by `digits` (`12,5%` as `12.5%`, `US$2,5 billion` as
    /// `US$2.5 billion`): the run from its first digit to its last, when that run holds the same
    /// digits; else `digits` alone.
    private static func written(_ digits: String, in original: String) -> String {
        let unsigned = digits.first == "-" ? String(digits.dropFirst()) : digits
        guard let first = original.firstIndex(where: isDigit), let last = original.lastIndex(where: isDigit),
              original[first...last].filter(isDigit) == unsigned.filter(isDigit) else { return digits }
        return String(original[..<first]) + unsigned + String(original[original.index(after: last)...])
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
