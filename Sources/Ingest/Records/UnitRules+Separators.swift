import Storage

/// The questions `UnitRules` asks of a number whose one separator reads two ways: a comma that
/// may be a decimal mark (`2,450 million`, `2,450` per 100,000) and dots that may group thousands
/// in a rate, an index or a change (`2.450` per 100,000).
///
/// Why: counts, money and shares asked already (`1.234` persons, `US$ 1.500`, `2,450` percent),
/// while `"2,450 million"` persons was stored as 2.45 billion, 36 times France's population, with
/// exit 0, and a rate of `2,450` or `2.450` per 100,000 was read one way in silence (a user-review
/// of spreadsheet exports, session 45). Both readings are named, as a number is never guessed.
extension UnitRules {
    /// The question for `written` (a value, low or high as written, read as `value` with a scale
    /// word) when its digits are one comma and three digits (`2,450 million`, `US$ 1,500 billion`):
    /// a European colleague's 2.45 million, read here as 2,450 million; nil for any other text.
    ///
    /// Why no final 0 is asked for, as `scaledDotGrouping` asks: tipdb never writes a comma before
    /// a scale word itself (a brief prints `2.45 billion`), so no text of its own is refused here.
    static func scaledCommaQuestion(_ written: String, value: Double) -> String? {
        // No comma, no question (`decimalCommaReading` wants one): most values end here.
        guard written.utf8.contains(UInt8(ascii: ",")) else { return nil }
        let (sign, number) = bare(written)
        let digits = number.prefix { $0.isASCII && ($0.isNumber || $0 == ",") }
        let word = number[digits.endIndex...].drop { $0 == " " }
        guard digits.first != "0", !word.isEmpty, word.allSatisfy(\.isLetter), let decimal = decimalCommaReading(String(digits)) else { return nil }
        let asDecimal = sign + trimmedDecimal(decimal)
        let asThousands = sign + digits.filter { $0 != "," }
        return "\"\(written)\" reads as \(asThousands) \(word) (\(NumberText.scaled(value))) here, but its comma may be a decimal mark; "
            + "expected \(asDecimal) \(word) if it is, or \(asThousands) \(word) (\(NumberText.scaled(value)))"
    }

    /// The question for `written` (read as `value`, no scale word) in a rate, index or change unit,
    /// when its one separator reads two ways, or nil: `2,450` is 2,450 or 2.45 with a decimal comma,
    /// `2.450` is 2.45 or 2,450 with dots grouping thousands. A reading the unit cannot hold is no
    /// reading (`1.500` per 1,000 is not 1,500); a change in US dollars groups with commas, as
    /// money does, so only its dots are asked about.
    ///
    /// Why dots only before a final 0 (`2.450`, not `1.234`), as `scaledDotGrouping` asks: a
    /// program writes a rate rounded to three decimals as `1.234` and never as `2.450`, and a rate
    /// of 1,234 per 100,000 is no rate of trafficking anyway.
    static func separatorQuestion(_ written: String, value: Double, unit: String) -> String? {
        var (sign, number) = bare(written)
        if number.last == "%" { number = String(number.dropLast()).trimmingWhitespace() }
        let asRead = FigureBuilder.format(value)
        if !unit.hasPrefix("USD"), let decimal = decimalCommaReading(number) {
            return "\"\(written)\" reads as \(asRead) here, but its comma may be a decimal mark; expected \(sign)\(trimmedDecimal(decimal)) if it is, or \(asRead)"
        }
        guard number.first != "0", number.last == "0", looksLikeDotGrouping(number) else { return nil }
        let grouped = number.filter { $0 != "." }
        if let base = FigureRules.rateBase(unit), let thousands = Double(grouped), thousands > base { return nil }
        return "\"\(written)\" reads as \(asRead) here, but its dots may separate thousands; expected \(sign)\(grouped) if they do, or \(asRead)"
    }

    /// `written` without its currency and sign (`-US$ 2,450 million`, `US$-2,450 million`:
    /// `2,450 million`), and the sign (`-` or empty; a `+` says nothing).
    private static func bare(_ written: String) -> (sign: String, number: String) {
        var number = withoutCurrency(written.replacingTypographicSpacesAndMinus().trimmingWhitespace())
        guard let first = number.first, first == "-" || first == "+" else { return ("", number) }
        number = withoutCurrency(String(number.dropFirst()))
        return (first == "-" ? "-" : "", number)
    }

    /// `2.45` for `2.450`, `1` for `1.000`: a decimal as a message writes it.
    private static func trimmedDecimal(_ text: String) -> String {
        guard text.contains(".") else { return text }
        return String(text.reversed().drop { $0 == "0" }.drop { $0 == "." }.reversed())
    }
}
