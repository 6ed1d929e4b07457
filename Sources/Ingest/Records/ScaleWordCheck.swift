import Storage

/// Refuses a row whose value and bounds are written at different scales: a low of `20` beside a
/// high of `40 million`, a low of `1` beside a value of `1.5 million`.
///
/// Why: the sources write "between 20 and 40 million", and a user who splits it into low and high
/// (as the one-cell range's error asks) copies the scale word once. Each cell is a valid number,
/// so the row stored low 20 and high 40,000,000, a brief printed "20 to 40 million", and `tipdb
/// check` cannot see it afterwards: only the words, gone once stored, tell the slip.
///
/// A number without a scale word is named only when it is at least 1,000 times smaller than one
/// with a word, and falls within a factor of 1,000 of it once given that word, on the side a bound
/// belongs: 20 beside 40 million (20 million) is named; 500 beside 40 thousand, 2,450,000 beside
/// 2 million, or a low of 11,500 beside a value of 12.3 million (11.5 billion, above it), is not.
/// Numbers written in full digits on both sides are never named, which is the way to keep a
/// bound that really is that small.
enum ScaleWordCheck {
    /// The fields of `numbers` (`value`, `low`, `high`, in that order) written without a scale
    /// word where another has one, each with its message.
    ///
    /// - Parameter text: the field as written, for messages.
    static func problems(_ numbers: [(field: String, number: ParsedNumber?)], text: (String) -> String?) -> [(field: String, message: String)] {
        // Nearly every row: no scale word at all, or every number scaled.
        guard let scaled = numbers.first(where: { ($0.number?.scaleExponent ?? 0) > 0 && ($0.number?.value ?? 0) != 0 }),
              let big = scaled.number?.value, let exponent = scaled.number?.scaleExponent,
              let word = NumberParser.scaleWord(exponent: exponent) else { return [] }
        let factor = NumberParser.scaled(1, byPowerOfTen: exponent)
        var found: [(field: String, message: String)] = []
        for (field, number) in numbers where number?.scaleExponent == 0 {
            guard let small = number?.value, small != 0, abs(small) * 1_000 <= abs(big) else { continue }
            let positive = small > 0 && big > 0
            let written = text(field) ?? FigureBuilder.format(small)
            let other = text(scaled.field) ?? FigureBuilder.format(big)
            let full = NumberText.decimal(big, digits: 12)
            let otherWay = "or \(scaled.field) in full digits (\(full)) if \(field) is \(written)"
            let asScaled = abs(small) * factor
            // `11500 thousand`, not `11,500 thousand`: a comma before a scale word may be a decimal mark (UnitRules asks).
            let digits = written.filter { $0 != "," }
            guard asScaled * 1_000 >= abs(big), asScaled <= abs(big) * 1_000 else { continue }
            if inOrder(field, asScaled, beside: scaled.field, big, positive: positive) {
                found.append((field, "\"\(written)\" has no scale word but \(scaled.field) \"\(other)\" has one; "
                    + "expected \(digits) \(word) if both are in \(word)s, \(otherWay)"))
            } else if exponent >= 6, let smaller = NumberParser.scaleWord(exponent: exponent - 3),
                      inOrder(field, asScaled / 1_000, beside: scaled.field, big, positive: positive) {
                // 11,500 beside 12.3 million: thousands, as tables "in thousands" write them.
                found.append((field, "\"\(written)\" has no scale word but \(scaled.field) \"\(other)\" has one, and read in \(word)s "
                    + "it would be \(field == "low" ? "above" : "below") it; expected \(digits) \(smaller) (\(NumberText.scaled(asScaled / 1_000))) "
                    + "if \(field) is in \(smaller)s, \(otherWay)"))
            }
        }
        return found
    }

    /// Whether `field` read with the scale word (`scaled`) keeps low ≤ value ≤ high beside `other`
    /// (`big`); for signed numbers (changes) every reading is kept, as the order of magnitudes says
    /// nothing there.
    ///
    /// Why: beside a value of 12.3 million, a low of `11,500` is most likely thousands: read as
    /// 11,500 million it would lie above the value, and the advice to write "11,500 million" named a
    /// number of 11.5 billion (a user-review, session 42).
    private static func inOrder(_ field: String, _ scaled: Double, beside other: String, _ big: Double, positive: Bool) -> Bool {
        guard positive else { return true }
        switch (field, other) {
        case ("low", _), ("value", "high"): return scaled <= big
        case ("high", _), ("value", "low"): return scaled >= big
        default: return true
        }
    }
}
