/// Numbers in parentheses, as accounting formats write a negative one: `(5.2)`, `(1,234)`.
///
/// Why refused, not read as -5.2: a number in parentheses in a report is as often a footnote, a
/// bound or a count beside a share, and a sign guessed wrong is a fall stored as a rise. Why a
/// message of its own: `"(5.2)" is not a number` quoted a value that looked right to the analyst
/// who exported it from a spreadsheet formatted for accounts (a user-review, session 45).
extension NumberParser {
    /// The refusal of `text` when it is a number in parentheses, or nil for any other text.
    static func accountingNegative(_ text: String) -> String? {
        let trimmed = text.replacingTypographicSpacesAndMinus().trimmingWhitespace()
        guard trimmed.hasPrefix("("), trimmed.hasSuffix(")"), trimmed.count > 2 else { return nil }
        let inner = String(trimmed.dropFirst().dropLast()).trimmingWhitespace()
        // `(-5)` or `((5))` is something else again: the generic message.
        guard let first = inner.first, first != "-", first != "+", first != "(",
              let parsed = try? parse(inner), let value = parsed.value, value >= 0 else { return nil }
        return "\"\(text)\": parentheses mark a negative number in accounting format; expected -\(inner)"
    }
}
