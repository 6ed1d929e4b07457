/// One tag of a Mustache template, with the line and column of what it names.
///
/// swift-mustache keeps no positions in its parsed template, so the template check reads the
/// tags itself, following the same rules (set-delimiter tags included). The check runs only on a
/// template swift-mustache has parsed; for one it cannot parse, `TemplateSyntax` reads the same
/// tags to say which one is wrong, since swift-mustache says only where it stopped reading.
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
        /// `{{! ...}}`, `{{% ...}}`, `{{=<% %>=}}`: a comment, a pragma or a set-delimiter tag,
        /// which names nothing; only `scan(_:includingComments:)` returns them.
        case comment
    }

    let kind: Kind
    /// What the tag names, as written: `title`, `figure.text`, `uppercased(title)`, `index()`.
    let name: String
    /// 1-based, counted in characters as swift-mustache counts them in its parse errors.
    let line: Int
    let column: Int
    /// The opening delimiter in force (`{{`, or `<%` after `{{=<% %>=}}`), the sigil as written
    /// (`#`, `/`, `{`; empty for `{{name}}`) and what ends the tag (`}}`, `}}}` after `{{{`): for
    /// messages about a tag that does not parse.
    var delimiter = "{{"
    var sigil = ""
    var closing = "}}"
    /// False when the template ends before `closing`.
    var closed = true

    /// `{{#`, `{{`, `<%/`.
    var opening: String { delimiter + sigil }
    /// The tag as it should be written: `{{#figures}}`.
    var written: String { opening + name + closing }
    /// The tag that closes this section: `{{/figures}}`.
    var closeTag: String { delimiter + "/" + name + closing }

    /// The field name a tag with transforms applies them to, and the transforms, innermost last
    /// as swift-mustache applies them: `uppercased(reversed(title))` is `title` with
    /// `["uppercased", "reversed"]`; `plusone(index())` is "" (the list item's position).
    var nameAndTransforms: (name: String, transforms: [String]) {
        guard name.contains("(") else { return (name, []) }
        var parts = name.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        let innermost = parts.removeLast().replacingOccurrences(of: ")", with: "")
        return (innermost, parts)
    }

    /// The tags of `template`, in order; comments, set-delimiter tags and pragmas left out
    /// unless `includingComments`.
    static func scan(_ template: String, includingComments: Bool = false) -> [TemplateTag] {
        var scanner = Scanner(text: Array(template))
        var tags: [TemplateTag] = []
        while let tag = scanner.next() {
            if includingComments || tag.kind != .comment { tags.append(tag) }
        }
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
                // `{{` as the template's last characters: swift-mustache drops it.
                guard index < text.count else { return nil }
                let sigil = text[index]
                let closing = String(close)
                switch sigil {
                case "!", "%", "=":
                    advance()
                    let content = readUntilClose()
                    let tag = TemplateTag(kind: .comment, name: content.text, line: content.line, column: content.column,
                                          delimiter: String(open), sigil: String(sigil), closing: closing, closed: content.closed)
                    let words = String(content.text.dropLast(content.text.last == "=" ? 1 : 0)).split(whereSeparator: \.isWhitespace)
                    if sigil == "=", words.count == 2 {
                        open = Array(words[0])
                        close = Array(words[1])
                    }
                    return tag
                default:
                    let kinds: [Character: Kind] = [
                        "#": .section, "^": .inverted, "$": .block, "<": .parent, ">": .partial, "/": .close,
                        "&": .variable, "{": .variable,
                    ]
                    let kind = kinds[sigil] ?? .variable
                    if kinds[sigil] != nil { advance() }
                    let content = readUntilClose()
                    // `{{{name}}}`: the third brace follows the closing delimiter.
                    var closed = content.closed
                    if sigil == "{" {
                        closed = closed && index < text.count && text[index] == "}"
                        if closed { advance() }
                    }
                    return TemplateTag(kind: kind, name: content.text, line: content.line, column: content.column,
                                       delimiter: String(open), sigil: kinds[sigil] != nil ? String(sigil) : "",
                                       closing: closing + (sigil == "{" ? "}" : ""), closed: closed)
                }
            }
            return nil
        }

        /// The tag's content up to the closing delimiter, without surrounding spaces, where its
        /// first character is, and whether the delimiter was found; the scanner ends past it.
        private mutating func readUntilClose() -> (text: String, line: Int, column: Int, closed: Bool) {
            while index < text.count, text[index].isWhitespace, !starts(with: close) { advance() }
            let (startLine, startColumn) = (line, column)
            var content = ""
            while index < text.count, !starts(with: close) {
                content.append(text[index])
                advance()
            }
            let closed = index < text.count
            advance(by: close.count)
            while content.last?.isWhitespace == true { content.removeLast() }
            return (content, startLine, startColumn, closed)
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
                    // UTF-16 code units, as ingest's FILE:LINE:COLUMN counts them (an emoji is two).
                    column += text[index].utf16.count
                }
                index += 1
            }
        }
    }
}
