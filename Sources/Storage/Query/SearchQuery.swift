/// A search query read as FTS5 reads it, far enough to find its column filters.
///
/// Why: the three search indexes have different columns (figures: quote and notes; sources:
/// title, authors, publisher and notes; studies: title, summary and population), and FTS5 refuses
/// a whole query when it names a column its index does not have. So `quote:time OR title:labour`
/// could run on no index. Reading the query's tokens lets each index be given the query with its
/// own columns, a column it lacks read as empty, and lets a column no index has be named as such.
///
/// The tokens are those of `fts5ExprGetToken` in SQLite's `fts5_expr.c`: only the grammar's
/// punctuation, barewords and double-quoted strings; SQLite still parses the rest.
struct SearchQuery {
    /// One token of FTS5's query syntax, as byte offsets into the query's UTF-8.
    struct Token {
        enum Kind: Equatable {
            /// A bareword or a double-quoted string (its quotes included).
            case string
            /// `AND`, `OR` or `NOT`: FTS5 reads them as operators only in capitals.
            case keyword
            /// One of `( ) { } : , + * - ^`.
            case punctuation(UInt8)
        }
        var kind: Kind
        var range: Range<Int>
    }

    /// The columns one column filter names (`title:`, `-title:`, `{title notes}:`), and where it is.
    struct ColumnFilter {
        /// From the `-` or the column name to the last name or `}`, not including the colon.
        var range: Range<Int>
        /// The names as written (a quoted name without its quotes).
        var names: [String]
        /// `-title:` and `-{...}:` search every column but those named.
        var excludes: Bool
    }

    let bytes: [UInt8]
    /// Nil when FTS5 cannot read the text as tokens: a character its syntax does not allow outside
    /// double quotes (`'`, `.`, `$`, `%`, ...) or a double quote never closed.
    let tokens: [Token]?
    /// Why `tokens` is nil, in words.
    let lexicalProblem: String?

    init(_ text: String) {
        bytes = Array(text.utf8)
        var tokens: [Token] = []
        var problem: String?
        var index = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\""):
                var end = index + 1
                while true {
                    guard end < bytes.count else {
                        problem = "a double quote is not closed"
                        break scan
                    }
                    if bytes[end] == UInt8(ascii: "\"") {
                        if end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\"") { end += 2; continue }
                        break
                    }
                    end += 1
                }
                tokens.append(Token(kind: .string, range: index..<(end + 1)))
                index = end + 1
            case _ where Self.punctuation.contains(byte):
                tokens.append(Token(kind: .punctuation(byte), range: index..<(index + 1)))
                index += 1
            case _ where Self.isBareword(byte):
                var end = index + 1
                while end < bytes.count, Self.isBareword(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                tokens.append(Token(kind: ["AND", "OR", "NOT"].contains(word) ? .keyword : .string, range: index..<end))
                index = end
            default:
                // A whole character, not one byte of it: only ASCII is refused here.
                problem = "FTS5 allows \"\(String(decoding: [byte], as: UTF8.self))\" only inside double quotes"
                break scan
            }
        }
        self.tokens = problem == nil ? tokens : nil
        self.lexicalProblem = problem
    }

    private static let punctuation: Set<UInt8> = Set("(){}:,+*-^".utf8)

    /// FTS5's bareword characters: letters, digits, `_`, the byte 0x1A and every non-ASCII byte.
    private static func isBareword(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x1A || byte == UInt8(ascii: "_")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// Whether a word or phrase of the query has a character of a script written without spaces
    /// (`UnspacedScript`): such a query is searched by `Search.searchUnspaced`.
    var hasUnspacedWord: Bool {
        tokens?.contains { $0.kind == .string && UnspacedScript.occurs(in: text($0.range)) } ?? false
    }

    /// The text of `range`, a double-quoted string without its quotes and with `""` read as `"`.
    func text(_ range: Range<Int>) -> String {
        let raw = String(decoding: bytes[range], as: UTF8.self)
        guard raw.hasPrefix("\""), raw.count >= 2 else { return raw }
        return String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// The column filters: a colon after a name or a `{...}` list, and before something a filter can
    /// apply to (a word, a phrase, `(` or `^`). A colon anywhere else is left for FTS5 to refuse.
    var columnFilters: [ColumnFilter] {
        guard let tokens else { return [] }
        var filters: [ColumnFilter] = []
        for (index, token) in tokens.enumerated() where token.kind == .punctuation(UInt8(ascii: ":")) {
            guard index + 1 < tokens.count, index > 0 else { continue }
            switch tokens[index + 1].kind {
            case .string, .punctuation(UInt8(ascii: "(")), .punctuation(UInt8(ascii: "^")): break
            default: continue
            }
            var first = index - 1
            var names: [String] = []
            switch tokens[first].kind {
            case .string:
                names = [text(tokens[first].range)]
            case .punctuation(UInt8(ascii: "}")):
                var open = first - 1
                while open >= 0, tokens[open].kind == .string { open -= 1 }
                guard open >= 0, open < first - 1, tokens[open].kind == .punctuation(UInt8(ascii: "{")) else { continue }
                names = tokens[(open + 1)..<first].map { text($0.range) }
                first = open
            default:
                continue
            }
            let excludes = first > 0 && tokens[first - 1].kind == .punctuation(UInt8(ascii: "-"))
            if excludes { first -= 1 }
            filters.append(ColumnFilter(
                range: tokens[first].range.lowerBound..<tokens[index - 1].range.upperBound, names: names, excludes: excludes))
        }
        return filters
    }

    /// Where a column filter is written, up to the word it applies to: `colour:red` (for messages).
    func written(_ filter: ColumnFilter) -> String {
        guard let tokens, let colon = tokens.firstIndex(where: { $0.range.lowerBound >= filter.range.upperBound }) else {
            return String(decoding: bytes[filter.range], as: UTF8.self)
        }
        var end = tokens[colon].range.upperBound
        if colon + 1 < tokens.count, tokens[colon + 1].kind == .string { end = tokens[colon + 1].range.upperBound }
        return String(decoding: bytes[filter.range.lowerBound..<end], as: UTF8.self)
    }

    /// The query for an index with `columns`: each column filter keeps the columns the index has, and
    /// one left with none reads as empty there (`-{every column}:` matches nothing; an exclusion of
    /// none is `{every column}:`), so that the query's structure, and FTS5's reading of it, stay.
    func rewritten(for columns: [String]) -> String {
        let filters = columnFilters
        guard !filters.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        let quoted = { (names: [String]) in "{" + names.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ") + "}" }
        var out: [UInt8] = []
        var position = 0
        for filter in filters {
            out += bytes[position..<filter.range.lowerBound]
            let named = Set(filter.names.map { $0.lowercased() })
            let kept = columns.filter { named.contains($0.lowercased()) }
            let replacement =
                switch (filter.excludes, kept.isEmpty) {
                case (false, false): quoted(kept)
                case (false, true): "-" + quoted(columns)
                case (true, false): "-" + quoted(kept)
                case (true, true): quoted(columns)
                }
            out += Array(replacement.utf8)
            position = filter.range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as plain words for FTS5: each run of characters between spaces a phrase in double
    /// quotes, a `"` in it doubled, so that no character is read as syntax (as Datasette and
    /// sqlite-utils escape a search typed by a person).
    static func plainWords(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace)
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}
