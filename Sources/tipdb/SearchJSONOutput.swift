import Storage

/// `tipdb search --json`: the results as one document, for scripts and notebooks.
///
/// Why a document of its own rather than the text lines parsed: the text output writes a
/// figure's fields into one title and marks matches with [brackets], which stored text may hold
/// too; here each field has its JSON type and the matches are offsets (`SearchExcerpt`). Keys
/// are sorted and a member without a value is left out, as in tipdb's other JSON (`JSONLayout`).
struct SearchJSONOutput: Encodable {
    /// One result, best first.
    struct Result: Encodable {
        /// `source`, `study` or `figure`, as the text output's first word.
        var kind: String
        var key: String
        var title: String
        /// The matching text without marks, `…` where it was cut; left out when there is none.
        var excerpt: String?
        /// Where the matches are in `excerpt`.
        var matches: [Match]
        /// A figure's stored fields as typed values; left out for sources and studies.
        var figure: SearchFigure?
    }

    /// A match as a half-open range of code point offsets into the excerpt.
    struct Match: Encodable {
        var start: Int
        var end: Int
    }

    /// The query as given, its arguments joined with spaces.
    var query: String
    /// The query FTS5 was given: `query`, or its words each in double quotes when it is not FTS5 syntax.
    var searched: String
    /// Whether `searched` is `query` rewritten as plain words (a note says why).
    var readAsPlainWords: Bool
    var results: [Result]
    /// What the text output writes on standard error (`note: ...`), without `note: `.
    var notes: [String]
    var limit: Int
    /// Whether more results match than `limit` let through.
    var limitReached: Bool

    init(query: String, outcome: Search.Outcome, shown: [Search.Hit], figures: [String: SearchFigure], limit: Int) {
        self.query = query
        searched = outcome.searched
        readAsPlainWords = outcome.readAsPlainWords
        notes = outcome.notes
        self.limit = limit
        limitReached = outcome.hits.count > shown.count
        results = shown.map { hit in
            let excerpt = hit.excerpt
            return Result(
                kind: TipDB.SearchCommand.noun(hit.kind), key: hit.key, title: hit.title,
                excerpt: excerpt.text.isEmpty ? nil : excerpt.text,
                matches: excerpt.matches.map { Match(start: $0.lowerBound, end: $0.upperBound) },
                figure: hit.kind == "figures" ? figures[hit.key] : nil)
        }
    }
}
