/// Data at the start of a paragraph or a list item, where Markdown reads a list or a rule.
///
/// Why: `escape` makes characters inside a line mean nothing, but `1. `, `- `, `+ ` and `---` mean
/// something only at the start of a block, with none of the characters `escape` takes: a
/// study's summary `1. Most victims were adults` rendered as a numbered list item (its `1.`
/// gone), and a source published by `- Foo` as a list inside the bibliography's list.
extension MarkdownText {
    /// `escape(text)`, then made safe to start a paragraph or a list item (`blockStart`).
    static func escapeBlock(_ text: String) -> String {
        blockStart(escape(text))
    }

    /// An already escaped text made safe to start a paragraph or a list item: a leading `-` or `+`
    /// that would start a list item, a row of `-` that would be a rule, and a number followed by
    /// `.` or `)` that would start a numbered item get a backslash (`1\. `, `\- `), which every
    /// renderer shows as the character alone. Leading spaces and tabs go: a renderer drops them
    /// from a paragraph, and four of them would make an indented code block.
    static func blockStart(_ escaped: String) -> String {
        let text = escaped.drop { $0 == " " || $0 == "\t" }
        guard let first = text.first else { return String(text) }
        if first == "-" || first == "+" {
            let next = text.dropFirst().first
            let isRule = first == "-" && text.allSatisfy { $0 == "-" || $0 == " " || $0 == "\t" } && text.filter { $0 == "-" }.count >= 3
            return next == nil || next == " " || next == "\t" || isRule ? "\\" + String(text) : String(text)
        }
        // CommonMark's numbered item: one to nine digits, then `.` or `)`, then a space, a tab or the end.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return String(text) }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return String(text) }
        let after = rest.dropFirst().first
        guard after == nil || after == " " || after == "\t" else { return String(text) }
        return String(digits) + "\\" + String(rest)
    }
}
