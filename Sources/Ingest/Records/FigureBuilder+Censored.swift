import Storage

/// A figures file's `censored` column: a censored count read back as tipdb writes one.
///
/// Why: the brief's CSV and JSON and `tipdb sql` write a count published as `<5` as `value`
/// empty, `censored` 1, `low` 1 and `high` 4. Without the column, that row read as an estimate
/// published only as the range 1 to 4, and loaded over the stored `<5` it made it one, with a
/// revision and no word (a data scientist's review, session 48: export, clean in pandas, load back).
/// Read with it, the row is the same `<5`, and loads back unchanged; a flag that contradicts the
/// rest of the row is refused at its cell, never settled by a guess.
extension FigureBuilder {
    /// Whether the row gives a censored count in tipdb's own form: `censored` 1 and `value` empty.
    static func writesCensoredCount(_ row: RowReader, flag: Bool?) -> Bool {
        flag == true && row.text("value") == nil
    }

    /// The censored count of a row with `censored` 1 and `value` empty: `high` is k - 1 of `<k`,
    /// and `low` is 1 or empty. Nil, with the problem recorded at its cell, for anything else.
    static func censoredCount(_ row: inout RowReader) -> ParsedNumber? {
        guard let written = row.text("high") else {
            row.fail("censored", "1 marks a count published as <k, whose bound k - 1 is in high (4 for <5), but high is empty; "
                + "expected high, with value empty and low 1 or empty (or the count in value as <k)")
            return nil
        }
        guard let high = row.parse("high", { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }) else { return nil }
        guard let bound = high.value, high.impliedUnit == nil, bound >= 1, bound == bound.rounded(),
              bound < Double(NumberParser.largestCensoredBound) else {
            row.fail("high", "\"\(written)\" is not the bound of a censored count (censored is 1); expected a whole number k - 1 "
                + "of at least 1 for a count published as <k (4 for <5), below 2^53")
            return nil
        }
        let count = "<\(Int(bound) + 1)"
        if let lowText = row.text("low"),
           let low = row.parse("low", { (t: String) throws(NumberParser.Failure) in try NumberParser.parse(t) }), low.value != 1 {
            row.fail("low", "\"\(lowText)\" is not the lower bound of a censored count, which is 1 (censored is 1, and high \(written) makes it \(count)); "
                + "expected 1 or an empty low, or censored 0 for an estimate published as the range \(lowText) to \(written)")
        }
        if row.text("ci_level") != nil {
            row.fail("ci_level", "a censored count (\(count)) has no confidence level; expected ci_level empty")
        }
        return ParsedNumber(value: nil, censoredBelow: bound)
    }

    /// Refuses a `censored` flag the value contradicts: 1 beside a number, 0 beside `<k`.
    static func checkCensoredFlag(_ flag: Bool, value: ParsedNumber?, row: inout RowReader) {
        guard let value, let written = row.text("value") else { return }
        if flag && !value.isCensored {
            row.fail("censored", "1 marks a count published as <k, but value \"\(written)\" is a number; expected censored 0 or empty "
                + "for it, or value empty with high k - 1 (as tipdb writes a censored count), or value <k")
        } else if !flag && value.isCensored {
            row.fail("censored", "0 says the figure is not censored, but value \"\(written)\" is a censored count; expected 1 or an empty censored")
        }
    }
}
