import Foundation

extension Search {
    /// `hits` without those whose excerpt matched a number of the query only inside another
    /// number of the text: `3 million` matching the `3` of `12.3 million`, `4 million` the `4` of
    /// `2.4 million`.
    ///
    /// Why: FTS5's tokenizer splits `12.3` into the words `12` and `3`, so a search for a quoted
    /// "3 million" listed 12.3, 17.3 and 40.3 million as hits, their digit highlighted as the match
    /// (review of session 49): the mistaken attribution tipdb exists to prevent. A match counts as
    /// the query's number when the whole number it stands in (digits with `.` or `,` between them)
    /// is written as the query writes one of its numbers; an excerpt with no match of digits, or
    /// one such match that is the query's number, keeps its hit. The figures whose value is the
    /// number are found apart from the text (`withNamedFigures`), so none is lost.
    func withoutEmbeddedNumbers(_ hits: [Hit], query: String) -> [Hit] {
        // Only words that are a number whole (`2.4`, `"2,400,000"`): `201*` is a prefix of any number.
        let wanted = Set(query.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"()"))
            return Self.numberRun(in: Array(bare), around: nil) == bare ? bare : nil
        })
        guard !wanted.isEmpty else { return hits }
        return hits.filter { hit in
            let excerpt = SearchExcerpt(marked: hit.marked)
            let scalars = Array(excerpt.text.unicodeScalars).map(Character.init)
            let numbers = excerpt.matches.compactMap { match in
                match.first { scalars[$0].isASCII && scalars[$0].isNumber }.flatMap { Self.numberRun(in: scalars, around: $0) }
            }
            return numbers.isEmpty || numbers.contains(where: wanted.contains)
        }
    }

    /// The number written at `index` of `text` (the run of digits with single `.` or `,` between
    /// them that holds it), or the first such run of a query word when `index` is nil; nil when
    /// there is none.
    static func numberRun(in text: [Character], around index: Int?) -> String? {
        func isDigit(_ i: Int) -> Bool { text.indices.contains(i) && text[i].isASCII && text[i].isNumber }
        func isJoint(_ i: Int) -> Bool { text.indices.contains(i) && (text[i] == "." || text[i] == ",") && isDigit(i - 1) && isDigit(i + 1) }
        guard let at = index ?? text.indices.first(where: isDigit), isDigit(at) else { return nil }
        var start = at
        while isDigit(start - 1) || isJoint(start - 1) { start -= 1 }
        var end = at
        while isDigit(end + 1) || isJoint(end + 1) { end += 1 }
        return String(text[start...end])
    }
}
