extension Search {
    /// How many words FTS5's `snippet()` takes for an excerpt: about a line of text.
    static let excerptWords = 12

    /// The wider windows an excerpt is read again with when it cuts a matched phrase, in turn.
    static let widerExcerptWords = [24, 64]

    /// The excerpt of row `rowid` of index `fts` for FTS5 query `match`, each match between
    /// `matchStart` and `matchEnd`, with every matched phrase whole (`wholePhrases`); `read` is
    /// the excerpt already read with `excerptWords`, if any.
    func wholeExcerpt(_ fts: String, match: String, rowid: Int64, read: String? = nil) throws -> String? {
        let sql = "SELECT snippet(\(fts), -1, char(57344), char(57345), '…', ?) FROM \(fts) WHERE \(fts) MATCH ? AND rowid = ?"  // sql-constant: an index name of Search.kinds
        guard let marked = try read ?? db.scalar(sql, [Self.excerptWords, match, rowid])?.textValue else { return nil }
        guard Self.matchCutAtEnd(marked) != nil else { return marked }
        return try wholePhrases(marked) { words in try db.scalar(sql, [words, match, rowid])?.textValue }
    }

    /// `marked`, or when its last match is cut by the end of the excerpt, the excerpt read again
    /// with a wider window (`widerExcerptWords`) by `reread`, in which that match is whole.
    ///
    /// Why: FTS5's `snippet()` counts a phrase as in its window when the phrase's first word is,
    /// and prefers a window that starts a sentence, so `"united nations"` at the end of a note
    /// was shown as `…later attributed to the [United]…`, and `--json`'s `matches` held `United`
    /// alone (review of session 29). A match at the end of an excerpt that a wider window shows
    /// longer was such a cut phrase; any other excerpt is kept as it was.
    func wholePhrases(_ marked: String, reread: (Int) throws -> String?) rethrows -> String {
        var excerpt = marked
        for words in Self.widerExcerptWords {
            guard let cut = Self.matchCutAtEnd(excerpt), let wider = try reread(words) else { break }
            guard Self.matches(in: wider).contains(where: { $0.count > cut.count && $0.hasPrefix(cut) }) else { break }
            excerpt = wider
        }
        return excerpt
    }

    /// The text of the last match of `marked` when the excerpt ends right after it, cut (`…`).
    static func matchCutAtEnd(_ marked: String) -> String? {
        let scalars = Array(marked.unicodeScalars)
        guard scalars.count >= 3, scalars[scalars.count - 1] == "…", scalars[scalars.count - 2] == matchEnd,
              let start = scalars.lastIndex(of: matchStart)
        else { return nil }
        return String(String.UnicodeScalarView(scalars[(start + 1)..<(scalars.count - 2)]))
    }

    /// The texts of the matches in `marked`, in order.
    static func matches(in marked: String) -> [String] {
        let excerpt = SearchExcerpt(marked: marked)
        let scalars = Array(excerpt.text.unicodeScalars)
        return excerpt.matches.map { String(String.UnicodeScalarView(scalars[$0])) }
    }
}
