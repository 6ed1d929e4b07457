/// JSON string literals, written by hand for speed and for one behaviour everywhere: ingest's
/// CSL extras and tag lists, `tipdb sql --format json`, and the brief's JSON all escape alike.
public enum JSONString {
    /// `text` as a JSON string literal with the escapes RFC 8259 requires.
    public static func literal(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// A list of strings as a JSON array, for binding to `json_each(?)`: SQLite's
    /// `IN (SELECT value FROM json_each(?))` takes a list of any length as one bound parameter,
    /// so the SQL text stays fixed and no value is ever spliced into it.
    public static func array(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            append(value, to: &out)
        }
        return out + "]"
    }

    /// True when `text` holds a quote, a backslash or a control character. Most strings do not,
    /// and can be copied whole between quotes instead of scalar by scalar.
    public static func needsEscaping(_ text: String) -> Bool {
        // A native string's bytes are read in place: the view's iterator was a quarter of the
        // time a brief took to write its figures' digest (session 57).
        func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: escaped) } ?? text.utf8.contains(where: escaped)
    }

    /// Appends `text` to `out` as a JSON string literal.
    ///
    /// - Parameter shortBackspaceAndFormFeed: writes backspace and form feed as `\b` and `\f`,
    ///   as `JSONEncoder` does, instead of `\u0008` and `\u000c`: `tipdb check` writes its JSON
    ///   row by row and promises the bytes `JSONEncoder` wrote when it built the report whole.
    public static func append(_ text: String, to out: inout String, shortBackspaceAndFormFeed: Bool = false) {
        if !needsEscaping(text) {
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
            case "\u{08}" where shortBackspaceAndFormFeed: out += "\\b"
            case "\u{0C}" where shortBackspaceAndFormFeed: out += "\\f"
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
