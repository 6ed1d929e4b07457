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
///
/// A rate as briefs print one (`5.3 per 1,000`, `0.35 per 100,000`) is a number of any digits in
/// that unit (`rates`): before, `5.3` was read alone and `per` and `1,000` had to be in the
/// figure's quote or notes, so the figure the brief printed so was not found (a supply-chain
/// analyst's review, session 53).
enum SearchNumberReading {
    /// The words after a number that make it a rate, lowercased, with the unit they mean.
    static let rates: [(words: String, unit: String)] = [
        ("per 1,000", "per-1000"), ("per 1000", "per-1000"), ("per 100,000", "per-100000"), ("per 100000", "per-100000"),
    ]

    static func read(_ text: String) -> SearchNumber? {
        if let rate = rates.first(where: { text.lowercased().hasSuffix(" " + $0.words) }) {
            return readRate(String(text.dropLast(rate.words.count + 1)), unit: rate.unit)
        }
        guard text.contains(where: \.isNumber), let parsed = try? NumberParser.parse(text) else { return nil }
        if let bound = parsed.censoredBelow { return SearchNumber(censoredBelow: bound) }
        guard let value = parsed.value,
              let significant = NumberParser.lastSignificantDigit(of: value)
        else { return nil }
        let marked = text.contains(".") || text.contains(",") || parsed.scaleExponent != 0 || parsed.impliedUnit != nil
        guard marked || text.filter(\.isNumber).count >= 5 else { return nil }
        return SearchNumber(value: value, low: value - half(parsed, significant), high: value + half(parsed, significant))
    }

    /// `number` (`5.3`, `3`) as a rate in `unit`: a plain number, without a unit or scale of its own.
    private static func readRate(_ number: String, unit: String) -> SearchNumber? {
        guard !number.contains(" "), number.contains(where: \.isNumber), let parsed = try? NumberParser.parse(number),
              parsed.censoredBelow == nil, parsed.impliedUnit == nil, parsed.scaleExponent == 0,
              let value = parsed.value, let significant = NumberParser.lastSignificantDigit(of: value)
        else { return nil }
        return SearchNumber(value: value, low: value - half(parsed, significant), high: value + half(parsed, significant), unit: unit)
    }

    /// Half the unit of the number's last digit: what it may be off by and still round to it.
    /// `2.40 million` claims a digit its value does not show; `2,400,000` no more than `2.4 million`.
    private static func half(_ parsed: ParsedNumber, _ significant: Int) -> Double {
        NumberParser.scaled(0.5, byPowerOfTen: min(parsed.lastDigit ?? significant, significant))
    }
}
