/// One tag of a Mustache template, with the line and column of what it names.
///
/// swift-mustache keeps no positions in its parsed template, so the template check reads the
/// tags itself, following the same rules (set-delimiter tags included). It runs only on a
/// template swift-mustache has parsed, so it need not diagnose syntax.
struct TemplateTag: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case inverted
        /// `{{$name}}`: a block, rendered with its default text when no parent overrides it.
        case block
        /// `{{<name}}`: a parent template to inherit from.
        case parent
        /// `{{>name}}`, `{{>*name}}`.
        case partial
        /// `{{/name}}`.
        case close
    }

    let kind: Kind
    /// What the tag names, as written: `title`, `figure.text`, `uppercased(title)`, `index()`.
    let name: String
    /// 1-based, counted in characters as swift-mustache counts them in its parse errors.
    let line: Int
    let column: Int

    /// The field name a tag with transforms applies them to, and the transforms, innermost last
    /// as swift-mustache applies them: `uppercased(reversed(title))` is `title` with
    /// `["uppercased", "reversed"]`; `plusone(index())` is "" (the list item's position).
    var nameAndTransforms: (name: String, transforms: [String]) {
        guard name.contains("(") else { return (name, []) }
        var parts = name.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        let innermost = parts.removeLast().replacingOccurrences(of: ")", with: "")
        return (innermost, parts)
    }

    /// The tags of `template`, in order; comments, set-delimiter tags and pragmas left out.
    static func scan(_ template: String) -> [TemplateTag] {
        var scanner = Scanner(text: Array(template))
        var tags: [TemplateTag] = []
        while let tag = scanner.next() { tags.append(tag) }
        return tags
    }

    /// Walks the template character by character, keeping the line and column.
    private struct Scanner {
        let text: [Character]
        var index = 0
        var line = 1
        var column = 1
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        init(text: [Character]) {
            self.text = text
        }

        mutating func next() -> TemplateTag? {
            while index < text.count {
                guard starts(with: open) else {
                    advance()
                    continue
                }
                advance(by: open.count)
                guard index < text.count else { return nil }
                let sigil = text[index]
                switch sigil {
                case "!", "%":
                    _ = readUntilClose()
                case "=":
                    advance()
                    let content = readUntilClose().text
                    let words = String(content.dropLast(content.last == "=" ? 1 : 0)).split(whereSeparator: \.isWhitespace)
                    if words.count == 2 {
                        open = Array(words[0])
                        close = Array(words[1])
                    }
                default:
                    let kinds: [Character: Kind] = [
                        "#": .section, "^": .inverted, "$": .block, "<": .parent, ">": .partial, "/": .close,
                        "&": .variable, "{": .variable,
                    ]
                    let kind = kinds[sigil] ?? .variable
                    if kinds[sigil] != nil { advance() }
                    let content = readUntilClose()
                    // `{{{name}}}`: the third brace follows the closing delimiter.
                    if sigil == "{", index < text.count, text[index] == "}" { advance() }
                    return TemplateTag(kind: kind, name: content.text, line: content.line, column: content.column)
                }
            }
            return nil
        }

        /// The tag's content up to the closing delimiter, without surrounding spaces, and where
        /// its first character is; the scanner ends past the delimiter.
        private mutating func readUntilClose() -> (text: String, line: Int, column: Int) {
            while index < text.count, text[index].isWhitespace, !starts(with: close) { advance() }
            let (startLine, startColumn) = (line, column)
            var content = ""
            while index < text.count, !starts(with: close) {
                content.append(text[index])
                advance()
            }
            advance(by: close.count)
            while content.last?.isWhitespace == true { content.removeLast() }
            return (content, startLine, startColumn)
        }

        private func starts(with delimiter: [Character]) -> Bool {
            guard index + delimiter.count <= text.count else { return false }
            return text[index..<(index + delimiter.count)].elementsEqual(delimiter)
        }

        private mutating func advance(by count: Int = 1) {
            for _ in 0..<count where index < text.count {
                if text[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
    }
}
