import Storage

extension JSONValue {
    /// The value as compact JSON text with the members of every object sorted by name, at every
    /// depth; arrays keep their order, numbers their text.
    ///
    /// Why: JSON kept as text (`sources.csl`, `sources.extra`) is compared as text when a record is
    /// loaded again. A reference manager may write `{"given", "family"}` one day and
    /// `{"family", "given"}` the next; the members' order means nothing in JSON, an array's order does.
    var canonicalText: String {
        switch self {
        case .null, .bool, .number, .string: compactText
        case .array(let items): "[" + items.map(\.value.canonicalText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }
                .map { JSONString.literal($0.key) + ":" + $0.value.value.canonicalText }.joined(separator: ",") + "}"
        }
    }

    /// The value as `canonicalText` writes it, but with every number in one exact form
    /// (`1.50`, `1.5` and `15e-1` alike), for telling whether two JSON texts hold the same values.
    ///
    /// Why not stored: numbers are kept as written (`1.50` may say how precise a value is); only a
    /// comparison treats them as numbers, and without a `Double`, so that no digit is lost.
    var comparableText: String {
        switch self {
        case .number(let literal): Self.exactNumber(literal)
        case .null, .bool, .string: compactText
        case .array(let items): "[" + items.map(\.value.comparableText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }
                .map { JSONString.literal($0.key) + ":" + $0.value.value.comparableText }.joined(separator: ",") + "}"
        }
    }

    /// Whether two stored JSON texts hold the same values: members in any order, numbers by value.
    static func sameValues(_ a: String, _ b: String) -> Bool {
        guard let first = try? JSONParser.parse(Array(a.utf8)), let second = try? JSONParser.parse(Array(b.utf8)) else {
            return false
        }
        return first.value.comparableText == second.value.comparableText
    }

    /// A JSON number literal as its significant digits and a power of ten: `-1.50e2` → `-15e1`,
    /// `0.0` and `-0` → `0`.
    ///
    /// A literal whose power of ten does not fit in an `Int` (`1e99999999999999999999`) is
    /// returned as written: it then equals only itself, where reading its exponent as 0 made it
    /// equal to `1`, and adding to an exponent near `Int.max` stopped the program.
    static func exactNumber(_ literal: String) -> String {
        let bytes = Array(literal.utf8)
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        var digits: [UInt8] = []
        var exponent = 0
        var inFraction = false
        while index < bytes.count, bytes[index] != UInt8(ascii: "e"), bytes[index] != UInt8(ascii: "E") {
            if bytes[index] == UInt8(ascii: ".") {
                inFraction = true
            } else {
                digits.append(bytes[index])
                if inFraction { exponent -= 1 }
            }
            index += 1
        }
        if index < bytes.count {
            // The parser accepted the literal, so what follows `e` is a signed whole number.
            guard let written = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)) else { return literal }
            let (sum, overflow) = exponent.addingReportingOverflow(written)
            if overflow { return literal }
            exponent = sum
        }
        while digits.first == UInt8(ascii: "0") { digits.removeFirst() }
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            guard exponent < Int.max else { return literal }
            exponent += 1
        }
        guard !digits.isEmpty else { return "0" }
        return (negative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e" + String(exponent)
    }
}
