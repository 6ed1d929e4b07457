/// RFC 4180 CSV: fields quoted only when they must be, quotes doubled, lines ended by CRLF.
enum CSVText {
    /// Appends one field, as `style` writes its text, quoted when it holds a comma, a quote or a
    /// line break.
    static func append(_ text: String, style: CSVStyle = .plain, to out: inout TextBuffer) {
        let text = style.cell(text)
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            out += text
            return
        }
        out += "\""
        if text.utf8.contains(0x22) {
            out += String(decoding: text.utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self)
        } else {
            out += text
        }
        out += "\""
    }

    static func line(_ fields: [String], style: CSVStyle = .plain) -> String {
        var out = TextBuffer(capacity: 256)
        append(line: fields, style: style, to: &out)
        return out.text
    }

    static func append(line fields: [String], style: CSVStyle = .plain, to out: inout TextBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            append(field, style: style, to: &out)
        }
        out += "\r\n"
    }
}
