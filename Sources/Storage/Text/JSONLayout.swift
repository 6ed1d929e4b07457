import Foundation

/// tipdb's one layout for a JSON document on standard output: keys sorted, two-space indents,
/// `"name": value`, empty containers as `[]` and `{}`, and a final newline.
///
/// Why one place: `tipdb status --json`, `ingest --json`, `derive ctdc --json`, `schema --format
/// json`, `export datasette-metadata` and every `{"error": ..., "exitCode": ...}` each set up their
/// own `JSONEncoder`, whose pretty printing writes `"name" : value` and `[\n\n  ]` for an empty
/// list, while the brief, CSL-JSON and `sql --format json` wrote `"name": value` by hand: a script
/// or a reader comparing outputs met two spellings of the same thing. This is the layout `jq`,
/// Python's `json.dumps(indent=2)` and JavaScript's `JSON.stringify(value, null, 2)` write, and
/// the streamed writers (`tipdb check --format json`) write it too.
public enum JSONLayout {
    /// The indentation of one level.
    public static let indent = "  "

    /// `value` as a JSON document in tipdb's layout, keys sorted.
    ///
    /// Optional members that are nil are left out, as `JSONEncoder` leaves them (`jq` reads a
    /// missing member as null).
    public static func document<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return indented(try encoder.encode(value))
    }

    /// A `JSONSerialization` object (dictionaries, arrays, strings, numbers) in the same layout.
    public static func document(jsonObject: Any) throws -> String {
        indented(try JSONSerialization.data(withJSONObject: jsonObject, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// JSON text laid out again: whitespace between tokens dropped, then a line per member and
    /// array item, indented by depth, and a final newline. Strings and numbers are copied as they
    /// are, so the values read back the same.
    ///
    /// - Parameter depth: the depth of the value itself: a piece of a larger document (the
    ///   problems `tipdb ingest --json` writes a thousand at a time) is laid out in place.
    public static func indented(_ json: some Collection<UInt8>, depth start: Int = 0) -> String {
        let bytes = Array(json)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var depth = start
        var inString = false
        var escaped = false
        func newline() {
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<depth { out.append(contentsOf: indent.utf8) }
        }
        /// The index of the first byte at or after `index` that is not whitespace.
        func token(from index: Int) -> Int {
            var next = index
            while next < bytes.count, isWhitespace(bytes[next]) { next += 1 }
            return next
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                let next = token(from: index)
                if next < bytes.count, bytes[next] == byte + 2 {
                    // `{` + 2 is `}`, `[` + 2 is `]`: an empty container stays on its line.
                    out.append(bytes[next])
                    index = next + 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: ": ".utf8)
            default:
                if !isWhitespace(byte) { out.append(byte) }
            }
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
