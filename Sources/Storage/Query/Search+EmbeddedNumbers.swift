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
    /// is written as the query writes one of its numbers. A hit whose excerpt matched a number of
    /// the query only inside other numbers is dropped, even when another of its numbers matched
    /// whole (`3 per 1,000` matched the `3` of `40.3` beside `1,000`: review of session 53); one
    /// kept for its whole matches has the digits matched inside another number unmarked. The
    /// figures whose value is the number are found apart from the text (`withNamedFigures`), so
    /// none is lost.
    func withoutEmbeddedNumbers(_ hits: [Hit], query: String) -> [Hit] {
        // Only words that are a number whole (`2.4`, `"2,400,000"`): `201*` is a prefix of any number.
        let wanted = Set(query.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"()"))
            return Self.numberRun(in: Array(bare), around: nil) == bare ? bare : nil
        })
        guard !wanted.isEmpty else { return hits }
        return hits.compactMap { hit -> Hit? in
            let excerpt = SearchExcerpt(marked: hit.marked)
            let scalars = Array(excerpt.text.unicodeScalars).map(Character.init)
            // Each match of digits: the query's number it matched, and whether the text's number is it whole.
            var whole: Set<String> = [], inside: Set<String> = [], insideMatches: [Range<Int>] = []
            for match in excerpt.matches {
                guard let digit = match.first(where: { scalars[$0].isASCII && scalars[$0].isNumber }),
                      let run = Self.numberRun(in: scalars, around: digit),
                      let matched = Self.numberRun(in: Array(scalars[match]), around: nil) else { continue }
                if wanted.contains(run) {
                    whole.insert(run)
                } else {
                    inside.insert(matched)
                    insideMatches.append(match)
                }
            }
            // A number of the query matched only inside numbers of the text (`3` in `40.3` and
            // `5.3`, beside a whole `1,000`): the text does not give it (review of session 53).
            guard inside.isSubset(of: whole) else { return nil }
            guard !insideMatches.isEmpty else { return hit }
            // Kept for its whole matches: the digits inside another number are not marked as matches.
            var unmarked = hit
            unmarked.marked = Self.marked(excerpt, leavingOut: insideMatches)
            return unmarked
        }
    }

    /// `excerpt`'s text with its matches marked again (`Search.matchStart`, `Search.matchEnd`),
    /// all but those `leavingOut` names.
    static func marked(_ excerpt: SearchExcerpt, leavingOut: [Range<Int>]) -> String {
        let kept = excerpt.matches.filter { !leavingOut.contains($0) }
        var out = String.UnicodeScalarView()
        for (offset, scalar) in excerpt.text.unicodeScalars.enumerated() {
            if kept.contains(where: { $0.lowerBound == offset }) { out.append(matchStart) }
            out.append(scalar)
            if kept.contains(where: { $0.upperBound == offset + 1 }) { out.append(matchEnd) }
        }
        return String(out)
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
