/// Where tipdb's own citations (`[3]`) are in a text of the brief: the UTF-8 offset of each one's
/// `[`. Brackets anywhere else are the text's own (a user's "row [3]"), never a citation.
///
/// Not part of the brief's JSON, whose texts are the texts as they read, and left out of
/// equality: the marks say how a renderer links a text, which the text's building fixed, so a
/// brief read back from its JSON is the same brief.
public struct CitationMarks: Sendable, Equatable {
    public var offsets: [Int]

    public init(_ offsets: [Int] = []) { self.offsets = offsets }

    public static func == (lhs: CitationMarks, rhs: CitationMarks) -> Bool { true }
}
