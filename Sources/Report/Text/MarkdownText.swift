/// Escaping for Markdown, so that data never turns into formatting.
enum MarkdownText {
    /// Escapes the characters CommonMark gives meaning to inside a line.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// Escapes a text that carries citations such as `[3]`, keeping them readable as `[3]`.
    static func escapeKeepingCitations(_ text: String) -> String {
        var out = escape(text)
        // `\[3\]` reads badly in the Markdown source; a bracketed number is never a link without a definition.
        for number in citationNumbers(in: text) {
            out = out.replacingOccurrences(of: "\\[\(number)\\]", with: "[\(number)]")
        }
        return out
    }

    /// The numbers that appear as `[n]` in a text.
    static func citationNumbers(in text: String) -> [Int] {
        var numbers: [Int] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { break }
            if let number = Int(after[..<close]), !numbers.contains(number) { numbers.append(number) }
            rest = after
        }
        return numbers
    }

    /// The bytes `escape` changes: \ ` * _ [ ] < > | # and line breaks. A switch, not a `Set`:
    /// this runs for every byte of a brief, and hashing each one cost 8 % of a 100,000-figure brief.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x0A, 0x0D: true
        default: false
        }
    }
}
