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
/// with a word, and falls within a factor of 1,000 of it once given that word: 20 beside 40
/// million (20 million) is named; 500 beside 40 thousand, or 2,450,000 beside 2 million, is not.
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
            let asScaled = abs(small) * factor
            guard asScaled * 1_000 >= abs(big), asScaled <= abs(big) * 1_000 else { continue }
            let written = text(field) ?? FigureBuilder.format(small)
            let other = text(scaled.field) ?? FigureBuilder.format(big)
            let full = NumberText.decimal(big, digits: 12)
            found.append((field, "\"\(written)\" has no scale word but \(scaled.field) \"\(other)\" has one; "
                + "expected \(written) \(word) if both are in \(word)s, or \(scaled.field) in full digits (\(full)) if \(field) is \(written)"))
        }
        return found
    }
}
