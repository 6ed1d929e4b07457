/// Escaping for XML and XHTML text and attribute values.
///
/// Only the five predefined entities are used, never HTML-only names such as `&nbsp;`, so every
/// page and chart tipdb writes parses as XML.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: check the bytes before building a new string.
        // 0xEF starts U+FFFE and U+FFFF (and a few other scalars, checked one by one below).
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                // Control characters and the noncharacters U+FFFE and U+FFFF are not allowed in
                // XML 1.0 at all: drop them.
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A coordinate with one decimal and no grouping: `120`, `33.5`.
    static func coordinate(_ value: Double) -> String {
        let text = String(format: "%.1f", value.isFinite ? value : 0)
        if text.hasSuffix(".0") { return String(text.dropLast(2)) }
        return text == "-0" ? "0" : text
    }
}
