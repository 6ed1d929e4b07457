/// A search query read as FTS5's boolean structure, with its words in unspaced scripts set apart.
///
/// Why: FTS5 cannot find `人身取引` inside `日本の人身取引` (see `UnspacedScript`), so such a word is
/// looked for as a character sequence in the indexed columns, with SQL, while everything else in
/// the query stays FTS5's to read. Keeping the query's AND, OR, NOT, parentheses and column filters
/// around both kinds of term lets `人身取引 OR trafficking`, `title:人身 -notes:(x)` or `人身 NOT 売買`
/// mean what they mean in FTS5. A part of the query with no such word is kept whole, as FTS5 text.
indirect enum SearchExpression: Equatable {
    /// A column filter as written before `:`, and what it names.
    struct Scope: Equatable {
        /// As written: `title`, `-title`, `{title notes}`.
        var text: String
        var names: [String]
        var excludes: Bool
    }

    /// A character sequence to find inside the indexed text.
    struct Sequence: Equatable {
        var text: String
        /// The column filters around it, outermost first.
        var scopes: [Scope]
        /// Written after `^`: the sequence must start a column.
        var initial: Bool
    }

    /// FTS5 query text, with the column filters around it already written in.
    case fts(String)
    case sequence(Sequence)
    case and([SearchExpression])
    case or([SearchExpression])
    /// `a NOT b`: FTS5's NOT is binary.
    case not(SearchExpression, SearchExpression)

    /// Whether any part is a sequence, which FTS5 alone cannot match.
    var hasSequence: Bool {
        switch self {
        case .fts: false
        case .sequence: true
        case .and(let parts), .or(let parts): parts.contains(where: \.hasSequence)
        case .not(let left, let right): left.hasSequence || right.hasSequence
        }
    }

    /// The parts that make a row match rather than keep it out (not the right side of a NOT):
    /// the ones that rank a row and that its excerpt shows.
    var positive: [SearchExpression] {
        switch self {
        case .fts, .sequence: [self]
        case .and(let parts), .or(let parts): parts.flatMap(\.positive)
        case .not(let left, _): left.positive
        }
    }

    /// The same expression inside one more column filter.
    func scoped(_ scope: Scope) -> SearchExpression {
        switch self {
        case .fts(let text):
            return .fts(scope.text + ":(" + text + ")")
        case .sequence(var sequence):
            sequence.scopes.insert(scope, at: 0)
            return .sequence(sequence)
        case .and(let parts):
            return .and(parts.map { $0.scoped(scope) })
        case .or(let parts):
            return .or(parts.map { $0.scoped(scope) })
        case .not(let left, let right):
            return .not(left.scoped(scope), right.scoped(scope))
        }
    }
}
