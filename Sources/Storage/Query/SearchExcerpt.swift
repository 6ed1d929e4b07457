/// A search result's excerpt as data: the text without marks, and where the matches are in it.
///
/// Why: the text output marks matches with [brackets], which a script cannot tell from brackets
/// in the stored text itself (`[sic]`, a citation `[3]`). The excerpt is made with two
/// private-use characters as marks (`Search.matchStart`, `Search.matchEnd`), which this reads
/// into offsets; `tipdb search --json` writes them.
public struct SearchExcerpt: Sendable, Equatable {
    /// The excerpt as stored, `…` where it was cut, without marks.
    public var text: String
    /// Each match as a half-open range of Unicode code point offsets into `text`: what Python's
    /// `text[start:end]` and jq's `.[start:end]` index by (JavaScript counts UTF-16 units:
    /// `Array.from(text).slice(start, end)`).
    public var matches: [Range<Int>]
}

extension SearchExcerpt {
    /// Reads `marked`, whose matches stand between `Search.matchStart` and `Search.matchEnd`.
    init(marked: String) {
        var text = ""
        var matches: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == Search.matchStart {
                start = offset
            } else if scalar == Search.matchEnd {
                if let begun = start, begun < offset { matches.append(begun..<offset) }
                start = nil
            } else {
                text.unicodeScalars.append(scalar)
                offset += 1
            }
        }
        self.text = text
        self.matches = matches
    }
}
