/// A number written with the words that round it, as headlines print estimates: `around 50
/// million`, `~50 million`, `about 2 million`, `nearly 50 million`, `just over 50,000`.
///
/// Refused, never read: the words say how the source rounded, which a reader citing the figure
/// must keep, and `nearly` or `just under` make the number an upper bound (UNODC's "just under
/// 47,000" is stored with 47,000 in `high`). The generic "is not a number" left a statistician
/// to guess where ILO, Walk Free and IOM's "around 50 million" goes (a statistician's review,
/// session 54). Only on the way to an error: a number never gets here.
enum ApproximateWording {
    /// The words, lowercased, each with what it makes the number: rounded, or a rounded bound.
    private static let prefixes: [(words: String, kind: Kind)] = [
        ("approximately ", .rounded), ("approx. ", .rounded), ("approx ", .rounded), ("around ", .rounded),
        ("about ", .rounded), ("roughly ", .rounded), ("circa ", .rounded), ("ca. ", .rounded), ("some ", .rounded),
        ("an estimated ", .rounded), ("estimated ", .rounded), ("close to ", .rounded), ("~", .rounded), ("\u{2248}", .rounded),
        ("nearly ", .below), ("almost ", .below), ("just under ", .below), ("just below ", .below),
        ("just over ", .above), ("just above ", .above),
    ]

    private enum Kind {
        /// `around 50 million`: the number, rounded.
        case rounded
        /// `nearly 50 million`: just below the number, which is then a maximum.
        case below
        /// `just over 50,000`: just above the number, which is then a minimum.
        case above
    }

    /// The message refusing `text`, or nil when it is no number with such words.
    static func refusal(for text: String) -> String? {
        let trimmed = text.replacingTypographicSpacesAndMinus().trimmingWhitespace()
        let lowered = trimmed.lowercased()
        guard let form = prefixes.first(where: { lowered.hasPrefix($0.words) }) else { return nil }
        let number = String(trimmed.dropFirst(form.words.count)).trimmingWhitespace()
        guard let parsed = try? NumberParser.parse(number), parsed.value != nil, !parsed.isCensored else { return nil }
        switch form.kind {
        case .rounded:
            return "\"\(text)\" is a rounded number: expected \(number) in value, with the wording kept in quote "
                + "(and, where it rounds a figure stored under another key, such as 49.6 million, that key in cites)"
        case .below:
            return "\"\(text)\" is a rounded upper bound (just below \(number)): expected \(number) in value and again in high, "
                + "which marks it a maximum (as UNODC's \"just under 47,000\" is stored), with the wording kept in quote"
        case .above:
            return "\"\(text)\" is a rounded lower bound (just above \(number)): expected \(number) in value and again in low, "
                + "which marks it a minimum, with the wording kept in quote"
        }
    }
}
