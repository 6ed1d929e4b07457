extension NumberText {
    /// `text`, a number that `scaled`, `share` or `money` wrote for `value`, with the zeros its
    /// source printed after the last digit put back (`Figure.valueLastDigit`): `2.5 million` is
    /// `2.50 million` for a last digit of 4 (10^4), `12` is `12.0` for -1, `0.5` is `0.50` for -2.
    ///
    /// Why: the stored double drops such zeros, and a brief that quotes "2.50 million" as "2.5
    /// million" misstates how precise its source claims to be. A scale word keeps its place even
    /// when that takes more decimals than `scaled` writes (`2.5000 million` for `2,500.00
    /// thousand`), except for a digit after the point of the whole number: `2,500,000.0` is
    /// written in full. The text is left as it is without `lastDigit`, when it shows that digit
    /// already, and when it is not `value` exactly (a share rounded to `>99.99`, `0.123` for
    /// 0.12345): zeros after a rounded number would claim digits the source never printed.
    public static func published(_ text: String, value: Double, lastDigit: Int?) -> String {
        guard let lastDigit, let first = text.utf8.first, first != UInt8(ascii: "<"), first != UInt8(ascii: ">") else { return text }
        let space = text.firstIndex(of: " ") ?? text.endIndex
        let number = text[..<space]
        let scale: Int
        switch text[space...].dropFirst() {
        case "": scale = 0
        case "million": scale = 6
        case "billion": scale = 9
        case "trillion": scale = 12
        default: return text
        }
        let decimals = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
        guard lastDigit < scale - decimals, exactDecimals(abs(value) / scaleDivisor(scale), upTo: min(decimals, 12)) != nil else { return text }
        if scale > 0 && lastDigit < 0 {
            // A digit after the point of the whole number: in full, as the source wrote it.
            return published(decimal(value, digits: min(12, -lastDigit)), value: value, lastDigit: lastDigit)
        }
        let zeros = String(repeating: "0", count: scale - decimals - lastDigit)
        return number + (decimals == 0 ? "." : "") + zeros + text[space...]
    }

    /// 10^`exponent` for the scale words' exponents (0, 6, 9, 12).
    private static func scaleDivisor(_ exponent: Int) -> Double {
        switch exponent {
        case 6: 1e6
        case 9: 1e9
        case 12: 1e12
        default: 1
        }
    }
}
