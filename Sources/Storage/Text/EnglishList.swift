/// A list as an English sentence writes it: `a`, `a and b`, `a, b and c`.
///
/// Why one function: messages, briefs and check's findings each joined their lists with a copy of
/// the same line, some guarding the empty list and some not.
public enum EnglishList {
    /// The items joined with commas and a final "and"; empty for none.
    public static func joined<Items: BidirectionalCollection<String>>(_ items: Items) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
