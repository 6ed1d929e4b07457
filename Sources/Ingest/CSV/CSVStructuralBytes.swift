/// Finds the bytes that matter to CSV structure (delimiter, quote, CR, LF) eight at a time.
///
/// Fields in research exports are mostly a few bytes long, so a byte-by-byte scan spends its time
/// on mispredicted loop exits rather than on comparisons. Comparing a whole 64-bit word against
/// the four bytes at once (SWAR: "SIMD within a register") and then locating matches with a bit
/// scan keeps the parser's inner loop free of data-dependent branches.
struct CSVStructuralBytes {
    private let delimiter: UInt64
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let quote = UInt64(UInt8(ascii: "\"")) &* ones
    private static let cr = UInt64(UInt8(ascii: "\r")) &* ones
    private static let lf = UInt64(UInt8(ascii: "\n")) &* ones

    init(delimiter: UInt8) {
        self.delimiter = UInt64(delimiter) &* Self.ones
    }

    /// The structural bytes among the eight at `bytes`: bit 7 of byte k of the result (bit
    /// 8k + 7) is set exactly when `bytes[k]` is the delimiter, a quote, CR or LF.
    ///
    /// For each candidate, `x = word ^ candidate` has a zero byte where they match;
    /// `((x & 0x7F…) + 0x7F…) | x` sets bit 7 of every non-zero byte without carrying into the
    /// next byte, so the complement of its AND over all candidates marks the matches exactly.
    @inline(__always)
    func mask(at bytes: UnsafePointer<UInt8>) -> UInt64 {
        let word = Self.load(bytes)
        let all =
            Self.nonZeroBytes(word ^ delimiter) & Self.nonZeroBytes(word ^ Self.quote)
            & Self.nonZeroBytes(word ^ Self.cr) & Self.nonZeroBytes(word ^ Self.lf)
        return ~(all | Self.low7)
    }

    /// Like ``mask(at:)``, but for the inside of a quoted field, where only a quote (which may
    /// end the field) and line breaks (which are counted) matter; delimiters are data there.
    @inline(__always)
    func quotedMask(at bytes: UnsafePointer<UInt8>) -> UInt64 {
        let word = Self.load(bytes)
        let all =
            Self.nonZeroBytes(word ^ Self.quote) & Self.nonZeroBytes(word ^ Self.cr)
            & Self.nonZeroBytes(word ^ Self.lf)
        return ~(all | Self.low7)
    }

    @inline(__always)
    private static func load(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    }

    /// Sets bit 7 of every byte of `x` that is not zero, and of no byte that is.
    @inline(__always)
    private static func nonZeroBytes(_ x: UInt64) -> UInt64 {
        ((x & low7) &+ low7) | x
    }
}
