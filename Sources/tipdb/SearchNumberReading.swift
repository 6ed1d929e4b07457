import Ingest
import Storage

/// How `tipdb search` reads a run of a query's words as a number, for `Search` to find the
/// figures whose value rounds to it: as a figures file's value is read (`NumberParser`: `27.6
/// million`, `2,400,000`, `2.4m`, `US$150 billion`), so that a number quoted in a brief is found
/// in the words it was quoted in.
///
/// Only a text that cannot be anything else: one with a decimal point, a thousands separator, a
/// scale word or a unit, or of five digits or more. A four-digit number is a year to search (it
/// narrows by the period), a shorter one an M49 code or a word of a quote.
enum SearchNumberReading {
    static func read(_ text: String) -> SearchNumber? {
        guard text.contains(where: \.isNumber), let parsed = try? NumberParser.parse(text), let value = parsed.value,
              value.isFinite, value != 0
        else { return nil }
        let marked = text.contains(".") || text.contains(",") || parsed.scaleExponent != 0 || parsed.impliedUnit != nil
        guard marked || text.filter(\.isNumber).count >= 5 else { return nil }
        // `2.40 million` claims a digit its value does not show; `2,400,000` no more than `2.4 million`.
        return SearchNumber(value: value, lastDigit: min(parsed.lastDigit ?? Int.max, lastSignificantDigit(of: value)))
    }

    /// The power of ten of the last digit other than 0 of `value` (5 for 27,600,000, -2 for 0.35).
    static func lastSignificantDigit(of value: Double) -> Int {
        for exponent in stride(from: 15, through: -12, by: -1) {
            let scaled = value / SearchNumber.power(exponent)
            if abs(scaled) >= 1, abs(scaled - scaled.rounded()) <= abs(scaled) * 1e-9 { return exponent }
        }
        return -12
    }
}
