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
///
/// A censored count (`<5`, as every brief prints a suppressed count) finds the figures censored
/// with that bound: before, it was read as the word `5` and found none of them.
enum SearchNumberReading {
    static func read(_ text: String) -> SearchNumber? {
        guard text.contains(where: \.isNumber), let parsed = try? NumberParser.parse(text) else { return nil }
        if let bound = parsed.censoredBelow { return SearchNumber(censoredBelow: bound) }
        guard let value = parsed.value,
              let significant = NumberParser.lastSignificantDigit(of: value)
        else { return nil }
        let marked = text.contains(".") || text.contains(",") || parsed.scaleExponent != 0 || parsed.impliedUnit != nil
        guard marked || text.filter(\.isNumber).count >= 5 else { return nil }
        // `2.40 million` claims a digit its value does not show; `2,400,000` no more than `2.4 million`.
        let half = NumberParser.scaled(0.5, byPowerOfTen: min(parsed.lastDigit ?? significant, significant))
        return SearchNumber(value: value, low: value - half, high: value + half)
    }
}
