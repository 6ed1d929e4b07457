/// Text ordered as a person reads numbers in it: `age-9-17` before `age-18-20`, `2019` before
/// `2020`, and otherwise byte by byte.
///
/// Why: derived figures' keys carry age bands and years; in byte order `0-8, 18-20, 48+, 9-17`
/// put 9-17 last, so `tipdb derive --show` listed the bands out of age.
public enum NaturalOrder {
    /// Whether `a` sorts before `b`: runs of ASCII digits compared as numbers (ties by length, so
    /// `07` after `7`), everything else as bytes.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                let (startI, startJ) = (i, j)
                while i < x.count && isDigit(x[i]) { i += 1 }
                while j < y.count && isDigit(y[j]) { j += 1 }
                let left = trimmedZeros(x[startI..<i]), right = trimmedZeros(y[startJ..<j])
                if left.count != right.count { return left.count < right.count }
                if left != right { return left.lexicographicallyPrecedes(right) }
                if i - startI != j - startJ { return i - startI < j - startJ }
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                i += 1
                j += 1
            }
        }
        return x.count - i < y.count - j
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func trimmedZeros(_ digits: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let trimmed = digits.drop { $0 == 0x30 }
        return trimmed.isEmpty ? digits.suffix(1) : trimmed
    }
}
