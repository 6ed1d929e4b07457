extension SearchQuery {
    /// The query with each word that `alternatives` gives index words for searched as itself OR
    /// them: `quote:2019` becomes `quote:(2019 OR "2019年の被害者")`; the text as written when no
    /// word has any (byte for byte, so such a query runs exactly as before).
    ///
    /// Why here, on FTS5's tokens: the word keeps its place in the query, so AND, OR, NOT, column
    /// filters, `^` and `*` around it mean what they meant. Column names, the words of `NEAR(...)`
    /// (which counts tokens) and the parts of a `a + b` phrase are left as written. A quoted phrase
    /// counts as a word when it holds one run of letters and digits (`"2019"`, `"(2019"`), as
    /// plain words are written.
    ///
    /// - Parameter alternatives: the index words for a word, and whether it is a prefix (`201*`).
    func widened(by alternatives: (String, Bool) -> [String]) -> String {
        let whole = String(decoding: bytes, as: UTF8.self)
        guard let tokens else { return whole }
        var out: [UInt8] = []
        var position = 0
        var index = 0
        var inBraces = false
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            switch token.kind {
            case .punctuation(UInt8(ascii: "{")): inBraces = true; continue
            case .punctuation(UInt8(ascii: "}")): inBraces = false; continue
            case .string: break
            default: continue
            }
            let next = index + 1 < tokens.count ? tokens[index + 1].kind : nil
            let previous = index > 0 ? tokens[index - 1].kind : nil
            if text(token.range) == "NEAR", next == .punctuation(UInt8(ascii: "(")) {
                // Past the closing parenthesis: NEAR's phrases are counted in tokens.
                while index + 1 < tokens.count, tokens[index + 1].kind != .punctuation(UInt8(ascii: ")")) { index += 1 }
                continue
            }
            if inBraces || next == .punctuation(UInt8(ascii: ":")) || next == .punctuation(UInt8(ascii: "+"))
                || previous == .punctuation(UInt8(ascii: "+"))
            {
                continue
            }
            let pieces = text(token.range).split { !($0.isLetter || $0.isNumber) }
            guard pieces.count == 1, let word = pieces.first, !UnspacedScript.occurs(in: word) else { continue }
            let prefix = next == .punctuation(UInt8(ascii: "*"))
            let initial = previous == .punctuation(UInt8(ascii: "^"))
            let found = alternatives(String(word), prefix)
            guard !found.isEmpty else { continue }
            let start = initial ? tokens[index - 1].range.lowerBound : token.range.lowerBound
            let end = prefix ? tokens[index + 1].range.upperBound : token.range.upperBound
            let quoted = found.map { (initial ? "^" : "") + "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            out += bytes[position..<start]
            out += Array("(".utf8) + bytes[start..<end] + Array((" OR " + quoted.joined(separator: " OR ") + ")").utf8)
            position = end
        }
        guard position > 0 else { return whole }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }
}
