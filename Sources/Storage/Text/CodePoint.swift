/// How a message names a character by its code: `U+0009`, `U+200B`, `U+1F600`.
///
/// Why one place: JSON's control-character errors, a brief title of invisible characters and
/// `tipdb sql --null` each wrote the same four-digit padding.
public enum CodePoint {
    /// `U+` and the value in upper-case hex, at least four digits.
    public static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
