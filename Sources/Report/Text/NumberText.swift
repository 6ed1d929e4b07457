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
    /// Large values keep two decimals of their scale word, which is what the sources publish
    /// (`2.45 million`); small values keep the precision a rate or share needs.
    public static func scaled(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1e12 { return decimal(value / 1e12, digits: 2) + " trillion" }
        if magnitude >= 1e9 { return decimal(value / 1e9, digits: 2) + " billion" }
        if magnitude >= 1e6 { return decimal(value / 1e6, digits: 2) + " million" }
        if magnitude >= 1000 { return decimal(value, digits: 0) }
        if magnitude >= 1 || magnitude == 0 { return decimal(value, digits: 2) }
        return decimal(value, digits: 3)
    }

    /// The scale word `scaled` would use for `value` and its divisor, for writing ranges as `19.1-22.3 million`.
    static func scale(of value: Double) -> (divisor: Double, word: String)? {
        let magnitude = abs(value)
        if magnitude >= 1e12 { return (1e12, "trillion") }
        if magnitude >= 1e9 { return (1e9, "billion") }
        if magnitude >= 1e6 { return (1e6, "million") }
        return nil
    }

    /// The value as a machine-readable number for CSV: integers without a decimal point, others
    /// in Swift's shortest round-tripping form.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Inserts a comma every three digits from the right: `2450000` becomes `2,450,000`.
    static func grouped(_ digits: String) -> String {
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
