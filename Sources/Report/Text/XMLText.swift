/// Escaping for XML and XHTML text and attribute values.
///
/// Only the five predefined entities are used, never HTML-only names such as `&nbsp;`, so every
/// page and chart tipdb writes parses as XML.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: check the bytes before building a new string.
        var text = text
        guard !text.withUTF8(hasNothingToEscape) else { return text }
        return escaping(text)
    }

    /// `escape` without its check: for text known to hold something to escape.
    static func escaping(_ text: String) -> String {
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

    /// Whether `bytes` (UTF-8) hold nothing `escape` would change: no `&`, `<`, `>`, quote or
    /// apostrophe, no control character, and no 0xEF, which starts U+FFFE and U+FFFF (and a few
    /// other scalars, which `escape` checks one by one).
    ///
    /// A loop over the bytes, not `utf8.contains(where:)`: through the string's view that took
    /// some 500 instructions for a table cell, 8 % of an HTML brief's main thread (`callgrind`).
    static func hasNothingToEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte < 0x28 {
                if byte < 0x20 || byte == 0x22 || byte == 0x26 || byte == 0x27 { return false }
            } else if byte == 0x3C || byte == 0x3E || byte == 0xEF {
                return false
            }
        }
        return true
    }

    /// A coordinate with one decimal and no grouping: `120`, `33.5`, and `0` for anything that
    /// rounds to zero (printf would write `-0.0` for -0.04).
    ///
    /// The same digits as printf's `%.1f` (rounding the exact binary value, ties to even) with a
    /// `.0` dropped, written by hand: `String(format:)` took about 12,000 instructions a call, and
    /// a brief's charts have tens of thousands of coordinates.
    static func coordinate(_ value: Double) -> String {
        let value = value.isFinite ? value : 0
        let magnitude = abs(value)
        guard magnitude < 1e14 else { return printfCoordinate(value) }
        let tenths = UInt64(roundedTenths(magnitude))
        guard tenths != 0 else { return "0" }
        let whole = tenths / 10, tenth = tenths % 10
        // Written straight into the string's bytes: joining the sign, the digits and the tenth as
        // strings took some 900 instructions, and a chart's markers have a dozen coordinates each.
        // At most 17 bytes: below 1e14, a sign, 14 digits, a point and a tenth.
        var digitCount = 1
        var scale = whole
        while scale >= 10 {
            scale /= 10
            digitCount += 1
        }
        let count = (value < 0 ? 1 : 0) + digitCount + (tenth == 0 ? 0 : 2)
        return String(unsafeUninitializedCapacity: count) { bytes in
            var position = count
            if tenth != 0 {
                position -= 2
                bytes[position] = UInt8(ascii: ".")
                bytes[position + 1] = UInt8(ascii: "0") + UInt8(tenth)
            }
            var rest = whole
            repeat {
                position -= 1
                bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 { bytes[0] = UInt8(ascii: "-") }
            return count
        }
    }

    /// `magnitude × 10` rounded to the nearest whole number as printf rounds `magnitude` to one
    /// decimal: by the exact product, not the product rounded to a double (0.35 is a little below
    /// 0.35, so `%.1f` writes 0.3, while 0.35 × 10 rounds to exactly 3.5).
    static func roundedTenths(_ magnitude: Double) -> Double {
        let product = magnitude * 10
        // The product's rounding error, exactly: product + error == magnitude × 10.
        let error = (-product).addingProduct(magnitude, 10)
        let floor = product.rounded(.down)
        // Exact for a product of at least 0 (floor and product are within a factor of two, or floor
        // is 0), and a multiple of the product's ulp, so nonzero only when larger than the error.
        let aboveHalf = (product - floor) - 0.5
        if aboveHalf > 0 || (aboveHalf == 0 && error > 0) { return floor + 1 }
        if aboveHalf < 0 || (aboveHalf == 0 && error < 0) { return floor }
        return floor.truncatingRemainder(dividingBy: 2) == 0 ? floor : floor + 1
    }

    /// `coordinate` through printf, for values beyond the integer path.
    static func printfCoordinate(_ value: Double) -> String {
        var text = String(format: "%.1f", value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text == "-0" ? "0" : text
    }
}
