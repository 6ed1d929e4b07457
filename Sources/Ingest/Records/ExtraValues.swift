/// How two `extra` texts (the `x_` columns of one record, as a JSON object) are compared when a
/// record is loaded again: whether an update would change anything a user wrote.
enum ExtraValues {
    /// Whether `a` and `b` hold the same `x_` values: names compared in lower case, members in any
    /// order, numbers by value, a CSV cell that is a plain number (`"1.5"`) equal to that JSON
    /// number (`1.5`), a cell `true` or `false` equal to that JSON boolean, and a cell holding a
    /// JSON list or object (`["a","b"]`, as `report studies --format csv` writes one) equal to it.
    ///
    /// Why: header names are case-insensitive, and tipdb before 2026-11-30 stored `X_Note` as
    /// written, so the same column in another case made an update and a revision per row. A CSV
    /// file has only text and a JSON file writes numbers bare: `x_n` of 1.5 loaded from one and
    /// then the other was three revisions of one value, and so was `x_flag` of `true`; a list from a
    /// JSON file, exported to CSV and loaded back, was an update that turned it into a text.
    ///
    /// Two texts stay texts, compared as written: a CSV cell `1.5` and then `1.50` is an update
    /// (the file changed what it says), and so is `TRUE` for `true`, which JSON does not spell.
    static func same(_ a: String, _ b: String) -> Bool {
        guard let first = try? JSONParser.parse(Array(a.utf8)), let second = try? JSONParser.parse(Array(b.utf8)),
              case .object(let left) = first.value, case .object(let right) = second.value else {
            return JSONValue.sameValues(a, b)
        }
        let named = Dictionary(right.map { ($0.key.lowercased(), $0.value.value) }, uniquingKeysWith: { first, _ in first })
        guard named.count == right.count, left.count == right.count else { return false }
        var seen: Set<String> = []
        for member in left {
            let name = member.key.lowercased()
            guard seen.insert(name).inserted, let other = named[name], same(member.value.value, other) else { return false }
        }
        return true
    }

    /// Two member values: by `JSONValue.comparableText`, and a text equal to a number when it is
    /// that number written as JSON (`"1.50"` and `1.5`; not `"1,5"` or `" 1.5"`, which are texts).
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let text), .number(let literal)), (.number(let literal), .string(let text)):
            // JSON allows spaces around a value; a text with them is not a number written bare.
            guard let first = text.utf8.first, let last = text.utf8.last, first == UInt8(ascii: "-") || isDigit(first), isDigit(last),
                  let parsed = try? JSONParser.parse(Array(text.utf8)), case .number(let written) = parsed.value else { return false }
            return JSONValue.exactNumber(written) == JSONValue.exactNumber(literal)
        case (.string(let text), .bool(let flag)), (.bool(let flag), .string(let text)):
            return text == (flag ? "true" : "false")
        case (.string(let text), .array), (.array, .string(let text)), (.string(let text), .object), (.object, .string(let text)):
            // A list or object a JSON file gave, written back by a CSV export as its JSON text.
            guard let parsed = try? JSONParser.parse(Array(text.utf8)) else { return false }
            let other = if case .string = a { b } else { a }
            return parsed.value.comparableText == other.comparableText
        default:
            return a.comparableText == b.comparableText
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
