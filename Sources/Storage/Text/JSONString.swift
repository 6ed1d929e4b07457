/// JSON string literals, written by hand for speed and for one behaviour everywhere: ingest's
/// CSL extras and tag lists, `tipdb sql --format json`, and the brief's JSON all escape alike.
public enum JSONString {
    /// `text` as a JSON string literal with the escapes RFC 8259 requires.
    public static func literal(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` to `out` as a JSON string literal.
    public static func append(_ text: String, to out: inout String) {
        // Most strings need no escape: copy them whole instead of scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
