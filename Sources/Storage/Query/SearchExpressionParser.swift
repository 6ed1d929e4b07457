/// Reads a query's FTS5 tokens into a `SearchExpression`, by FTS5's grammar
/// (<https://www.sqlite.org/fts5.html#full_text_query_syntax>): NOT binds tighter than AND (written
/// or implied by two terms side by side), and AND tighter than OR.
struct SearchExpressionParser {
    /// Why a query could not be read: it is then searched as plain words, with this as the reason.
    struct Problem: Error {
        var reason: String
    }

    private typealias Token = SearchQuery.Token
    private let query: SearchQuery
    private let tokens: [Token]
    private var position = 0

    init(_ query: SearchQuery) {
        self.query = query
        self.tokens = query.tokens ?? []
    }

    /// The whole query as an expression.
    ///
    /// - Throws: `Problem` when the query is not FTS5 syntax as far as this reading goes.
    static func parse(_ query: SearchQuery) throws(Problem) -> SearchExpression {
        var parser = SearchExpressionParser(query)
        let expression = try parser.parseOr()
        if parser.position < parser.tokens.count {
            throw Problem(reason: "unexpected \"\(parser.written(parser.position..<(parser.position + 1)))\"")
        }
        return expression
    }

    private func punctuation(_ offset: Int = 0, _ character: Character) -> Bool {
        guard position + offset < tokens.count, let ascii = character.asciiValue else { return false }
        return tokens[position + offset].kind == .punctuation(ascii)
    }

    private func keyword(_ word: String) -> Bool {
        position < tokens.count && tokens[position].kind == .keyword && text(position) == word
    }

    private func isString(_ offset: Int = 0) -> Bool {
        position + offset < tokens.count && tokens[position + offset].kind == .string
    }

    private func text(_ index: Int) -> String { query.text(tokens[index].range) }

    /// The query as written from token `range.lowerBound` to the end of token `range.upperBound - 1`.
    private func written(_ range: Range<Int>) -> String {
        let bytes = query.bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound]
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func parseOr() throws(Problem) -> SearchExpression {
        var parts = [try parseAnd()]
        while keyword("OR") {
            position += 1
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(Problem) -> SearchExpression {
        var parts = [try parseNot()]
        while true {
            if keyword("AND") {
                position += 1
            } else if !(isString() || punctuation(0, "(") || punctuation(0, "-") || punctuation(0, "{") || punctuation(0, "^")) {
                break
            }
            parts.append(try parseNot())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseNot() throws(Problem) -> SearchExpression {
        var left = try parseUnary()
        while keyword("NOT") {
            position += 1
            left = .not(left, try parseUnary())
        }
        return left
    }

    /// A column filter, if one starts here: `name:`, `-name:`, `{a b}:`, `-{a b}:`.
    private mutating func parseScope() -> SearchExpression.Scope? {
        let start = position
        var index = position
        let excludes = punctuation(0, "-")
        if excludes { index += 1 }
        var names: [String] = []
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .string {
            names = [text(index)]
            index += 1
        } else if tokens[index].kind == .punctuation(UInt8(ascii: "{")) {
            index += 1
            while index < tokens.count, tokens[index].kind == .string {
                names.append(text(index))
                index += 1
            }
            guard index < tokens.count, tokens[index].kind == .punctuation(UInt8(ascii: "}")), !names.isEmpty else { return nil }
            index += 1
        } else {
            return nil
        }
        guard index < tokens.count, tokens[index].kind == .punctuation(UInt8(ascii: ":")) else { return nil }
        position = index + 1
        return SearchExpression.Scope(text: written(start..<index), names: names, excludes: excludes)
    }

    private mutating func parseUnary() throws(Problem) -> SearchExpression {
        let scope = parseScope()
        let start = position
        guard position < tokens.count else { throw Problem(reason: "the query ends where a word was expected") }
        var expression: SearchExpression
        if punctuation(0, "(") {
            position += 1
            let inner = try parseOr()
            guard punctuation(0, ")") else { throw Problem(reason: "a parenthesis is not closed") }
            position += 1
            expression = inner.hasSequence ? inner : .fts(written(start..<position))
        } else if isString(), text(position) == "NEAR", punctuation(1, "(") {
            // NEAR counts tokens, which an unspaced run is one of: its phrases are read as AND there.
            position += 2
            var phrases: [Int] = []
            while position < tokens.count, !punctuation(0, ")") {
                // The distance after a comma is a number, not a phrase.
                if isString(), !(position > 0 && tokens[position - 1].kind == .punctuation(UInt8(ascii: ","))) {
                    phrases.append(position)
                }
                position += 1
            }
            guard position < tokens.count else { throw Problem(reason: "NEAR( is not closed") }
            position += 1
            let near = written(start..<position)
            expression = phrases.contains { UnspacedScript.occurs(in: text($0)) }
                ? .and(phrases.flatMap { words(in: $0, initial: false) }) : .fts(near)
        } else {
            let initial = punctuation(0, "^")
            if initial { position += 1 }
            guard isString() else {
                if punctuation(0, "-") { throw Problem(reason: "in FTS5, - before a name leaves out a column; NOT leaves out a word") }
                throw Problem(reason: "unexpected \"\(written(position..<(position + 1)))\"")
            }
            // A phrase: "a" + "b", each part perhaps a prefix (word*).
            var parts = [position]
            position += 1
            while true {
                if punctuation(0, "*") { position += 1 }
                guard punctuation(0, "+"), isString(1) else { break }
                parts.append(position + 1)
                position += 2
            }
            if parts.contains(where: { UnspacedScript.occurs(in: text($0)) }) {
                let terms = parts.enumerated().flatMap { words(in: $0.element, initial: initial && $0.offset == 0) }
                expression = terms.count == 1 ? terms[0] : .and(terms)
            } else {
                expression = .fts(written(start..<position))
            }
        }
        return scope.map { expression.scoped($0) } ?? expression
    }

    /// The terms of one string token: a quoted phrase with an unspaced character is one sequence,
    /// as written; a bareword is split where FTS5 would split it (spaces and punctuation such as
    /// `、`, which its syntax reads as part of the bareword), each piece a sequence if it has such
    /// a character and an FTS5 word otherwise.
    private func words(in index: Int, initial: Bool) -> [SearchExpression] {
        let word = text(index)
        // A part without such a character stays FTS5's, as written (a phrase stays a phrase).
        guard UnspacedScript.occurs(in: word) else { return [.fts((initial ? "^" : "") + written(index..<(index + 1)))] }
        let quoted = query.bytes[tokens[index].range.lowerBound] == UInt8(ascii: "\"")
        let pieces = quoted ? [Substring(word)] : word.split { !($0.isLetter || $0.isNumber || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark }) }
        return pieces.enumerated().compactMap { offset, piece in
            if UnspacedScript.occurs(in: piece) {
                return .sequence(.init(text: String(piece), scopes: [], initial: initial && offset == 0))
            }
            guard !piece.isEmpty else { return nil }
            return .fts((initial && offset == 0 ? "^" : "") + SearchQuery.plainWords(String(piece)))
        }
    }
}
