import Foundation

/// Numbers written for people, the same on every machine: `27.6 million`, `50,000`, `5.3`.
///
/// Formatting never goes through a locale: a brief must come out byte for byte the same
/// wherever it is rendered, so grouping and rounding are done here by hand.
public enum NumberText {
    /// `value` rounded to at most `digits` decimals, trailing zeros dropped, thousands grouped.
    ///
    /// `decimal(2450000, digits: 0)` is `2,450,000`; `decimal(27.60, digits: 2)` is `27.6`.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let digits = max(0, min(digits, 12))
        let magnitude = abs(value)
        let scale = pow10[digits]
        guard magnitude * scale < 9e15 else { return slowDecimal(value, digits: digits) }
        // Integer arithmetic: exact, fast, and the same everywhere. Halves round away from zero.
        let scaled = UInt64((magnitude * scale).rounded(.toNearestOrAwayFromZero))
        let divisor = UInt64(scale)
        let whole = scaled / divisor
        var rest = scaled % divisor
        var fractionDigits = digits
        while fractionDigits > 0 && rest % 10 == 0 {
            rest /= 10
            fractionDigits -= 1
        }
        // Written right to left into a buffer on the stack, so that no array is made per number:
        // at most 16 digits, 5 commas, a point, 12 decimals and a sign.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var position = buffer.count
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            for _ in 0..<fractionDigits {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if fractionDigits > 0 { put(UInt8(ascii: ".")) }
            var integer = whole
            var written = 0
            repeat {
                if written > 0 && written % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
                written += 1
            } while integer > 0
            if value < 0 && (whole > 0 || fractionDigits > 0) { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// Values too large for the integer path (above 9e15 once scaled) go through printf.
    private static func slowDecimal(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var fraction = parts.count > 1 ? parts[1] : ""
        while fraction.last == "0" { fraction.removeLast() }
        let integer = grouped(parts.first ?? "0")
        let sign = value < 0 && !(integer == "0" && fraction.isEmpty) ? "-" : ""
        return sign + integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static let pow10: [Double] = (0...12).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// A number scaled to words for large values: `2.45 million`, `236 billion`, `10,000`, `5.3`.
    ///
    /// A scale word is used only when it loses nothing: up to three decimals of it give the value
    /// back (`2.45 million`, `1.995 million`, as sources publish estimates); any other large value,
    /// such as a count of 1,004,999 detected victims, is written in full, as published. Other
    /// values keep the decimals they were published with, up to four (`12.345`, `99.996`,
    /// `0.0004`); a value with more, such as a share worked out from counts, is rounded to two
    /// decimals, or below one to three significant digits, so a small value is never printed as 0.
    public static func scaled(_ value: Double) -> String {
        let magnitude = abs(value)
        if let (divisor, word) = scale(of: value), let digits = exactDecimals(value / divisor) {
            return decimal(value / divisor, digits: digits) + " " + word
        }
        if let digits = exactDecimals(value, upTo: publishedDecimals) { return decimal(value, digits: digits) }
        if magnitude >= 1 || magnitude == 0 { return decimal(value, digits: 2) }
        // Three significant digits: 0.034 takes 4 decimals, 0.0004 takes 6.
        let zerosAfterPoint = Int((-log10(magnitude)).rounded(.down))
        return decimal(value, digits: min(12, max(3, zerosAfterPoint + 3)))
    }

    /// The most decimals a value is written with as published: a source that prints `99.996%`
    /// means something other than 100%.
    static let publishedDecimals = 4

    /// A share in percent, as `scaled` writes it, but never rounded to `100` when it is below 100,
    /// nor to `0` when it is above 0: `>99.99` and `<0.000000000001`, so that "all" or "none" is
    /// never read into a share that is neither.
    public static func share(_ value: Double) -> String {
        let text = scaled(value)
        if value < 100 && text == "100" { return ">99.99" }
        if value > 0 && text == "0" { return "<" + decimal(1e-12, digits: 12) }
        return text
    }

    /// An amount of money, as `scaled` writes it, with a fraction written to the cent at least:
    /// `2,500,000.50`, `2.345`, `2.5 billion` (a scale word has no cents), `10,000`.
    public static func money(_ value: Double) -> String {
        let text = scaled(value)
        guard !text.utf8.contains(UInt8(ascii: " ")), let point = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return text }
        let decimals = text.utf8.distance(from: point, to: text.utf8.endIndex) - 1
        return decimals == 1 ? text + "0" : text
    }

    /// The number of decimals (at most `limit`, three by default) that write `value` exactly, or nil when those do not.
    public static func exactDecimals(_ value: Double, upTo limit: Int = 3) -> Int? {
        for digits in 0...limit {
            let scaled = value * pow10[digits]
            if abs(scaled - scaled.rounded()) <= 1e-12 * max(1, abs(scaled)) { return digits }
        }
        return nil
    }

    /// The scale word `scaled` would use for `value` and its divisor, for writing ranges as `19.1 to 22.3 million`.
    public static func scale(of value: Double) -> (divisor: Double, word: String)? {
        let magnitude = abs(value)
        if magnitude >= 1e12 { return (1e12, "trillion") }
        if magnitude >= 1e9 { return (1e9, "billion") }
        if magnitude >= 1e6 { return (1e6, "million") }
        return nil
    }

    /// The value as messages quote a stored number: integers without a decimal point, others as
    /// Swift writes them (`12000`, `0.95`, `1e+20`). One rule for ingest's errors, check's
    /// findings and the notes on kept corrections, so that one number reads the same in each.
    public static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The value as a machine-readable number for CSV and JSON (`JSONNumber.literal`): whole numbers
    /// without a decimal point, others in Swift's shortest round-tripping form without an exponent.
    ///
    /// Swift writes a whole number from 10^15 to 2^53 as `9007199254740991.0`: the `.0` is dropped
    /// too, so that a column of whole numbers reads as integers to a reader that infers types from
    /// the first rows (pyarrow, polars, readr), wherever the number falls.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = positional("\(value)")
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Swift's shortest form of a number without its exponent: `4e-05` → `0.00004`,
    /// `1.5e+20` → `150000000000000000000`. Spreadsheets read both, people only the second.
    static func positional(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? "0"
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            body = digits + String(repeating: "0", count: point - digits.count)
        } else {
            body = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return (negative ? "-" : "") + body
    }

    /// Inserts a comma every three digits from the right: `2450000` becomes `2,450,000`.
    public static func grouped(_ digits: String) -> String {
        let bytes = Array(digits.utf8)
        guard bytes.count > 3 else { return digits }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 3)
        for (index, byte) in bytes.enumerated() {
            if index > 0 && (bytes.count - index) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
