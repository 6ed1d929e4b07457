/// Byte-level readers for the values of CTDC case files: flags, years, bands, categories.
///
/// They work on the reader's UTF-8 buffer so that a 250,000-row file is read without building a
/// `String` per field. Each returns nil (or 0 bytes written) for a value it does not accept.
enum CaseBytes {
    private static let hyphen = UInt8(ascii: "-")
    private static let space = UInt8(ascii: " ")

    /// The bytes without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == space || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == space || bytes[end - 1] == 0x09) { end -= 1 }
        if start == 0 && end == bytes.count { return bytes }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Empty, `-99` (Global Dataset) or `NULL` in any case (Synthetic Dataset).
    @inline(__always)
    static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 3: return bytes[0] == hyphen && bytes[1] == 0x39 && bytes[2] == 0x39
        case 4: return bytes[0] | 0x20 == 0x6E && bytes[1] | 0x20 == 0x75 && bytes[2] | 0x20 == 0x6C && bytes[3] | 0x20 == 0x6C
        default: return false
        }
    }

    /// `0` or `1` (also `0.0` and `1.0`, as statistics packages write them).
    @inline(__always)
    static func flag(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 1 || (bytes.count == 3 && bytes[1] == UInt8(ascii: ".") && bytes[2] == 0x30) else { return nil }
        switch bytes[0] {
        case 0x30: return 0
        case 0x31: return 1
        default: return nil
        }
    }

    /// Four digits between 1900 and 2100.
    static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 4 else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return (1900...2100).contains(value) ? value : nil
    }

    /// `female`, `male` or `trans-nonconforming`; "" for a value meaning unknown; nil otherwise.
    static func gender(_ bytes: UnsafeBufferPointer<UInt8>) -> StaticString? {
        // Plain comparisons, no array of candidates: this runs once per row.
        if equal(bytes, "female") || equal(bytes, "woman") || equal(bytes, "women") || equal(bytes, "f") || equal(bytes, "girl") {
            return "female"
        }
        if equal(bytes, "male") || equal(bytes, "man") || equal(bytes, "men") || equal(bytes, "m") || equal(bytes, "boy") {
            return "male"
        }
        if equal(bytes, "unknown") || equal(bytes, "not specified") { return "" }
        if contains(bytes, "trans") || contains(bytes, "nonconforming") || contains(bytes, "non-binary") || contains(bytes, "nonbinary") {
            return "trans-nonconforming"
        }
        return nil
    }

    /// `adult` or `minor`; "" for unknown; nil otherwise.
    static func majority(_ bytes: UnsafeBufferPointer<UInt8>) -> StaticString? {
        if equal(bytes, "adult") { return "adult" }
        if equal(bytes, "minor") { return "minor" }
        if equal(bytes, "unknown") { return "" }
        return nil
    }

    /// `case-management` or `hotline`, the two sources of the Global Dataset's records, however
    /// a copy spells them (`Case Management`, `case_management`, `CaseManagement`, `Hot line`);
    /// nil otherwise. `scratch` holds the value's slug while it is compared.
    static func dataSource(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> StaticString? {
        let count = slug(bytes, into: scratch)
        let written = UnsafeBufferPointer(rebasing: scratch[0..<count])
        if equal(written, "case-management") || equal(written, "casemanagement") { return "case-management" }
        if equal(written, "hotline") || equal(written, "hot-line") { return "hotline" }
        return nil
    }

    /// Whether `bytes` are `word` (lower-case ASCII), ignoring ASCII case.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return matches(bytes, word, at: 0)
    }

    /// Whether `word` (lower-case ASCII) occurs in `bytes`, ignoring ASCII case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        for offset in 0...(bytes.count - length) where matches(bytes, word, at: offset) { return true }
        return false
    }

    @inline(__always)
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString, at offset: Int) -> Bool {
        let letters = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount {
            let byte = bytes[offset + index]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != letters[index] { return false }
        }
        return true
    }

    /// Writes a band `0--8`, `09--17`, `18–20` or `48+` as `0-8`, `9-17`, `18-20`, `48+` into
    /// `out` and returns the byte count, or 0 when the bytes are not a band. With
    /// `allowingNote`, a trailing note such as ` (0-1 yr)` is dropped.
    static func band(_ bytes: UnsafeBufferPointer<UInt8>, allowingNote: Bool, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = 0
        guard let low = number(bytes, &index) else { return 0 }
        var count = write(low, into: out, at: 0)
        if index < bytes.count && bytes[index] == UInt8(ascii: "+") {
            index += 1
            out[count] = UInt8(ascii: "+")
            count += 1
        } else {
            let separatorStart = index
            while index < bytes.count {
                if bytes[index] == hyphen {
                    index += 1
                } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                    index += 3  // en or em dash
                } else {
                    break
                }
            }
            guard index > separatorStart, let high = number(bytes, &index), high >= low else { return 0 }
            out[count] = hyphen
            count = write(high, into: out, at: count + 1)
        }
        if index < bytes.count {
            guard allowingNote, bytes[index] == space else { return 0 }
        }
        return count
    }

    /// Lower-case ASCII letters and digits, other runs of bytes as one hyphen: `Case Management`
    /// → `case-management`. Returns the byte count written to `out` (0 when nothing is left).
    static func slug(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var pendingHyphen = false
        for byte in bytes where count < out.count - 1 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower >= 0x80 {
                if pendingHyphen && count > 0 {
                    out[count] = hyphen
                    count += 1
                }
                pendingHyphen = false
                out[count] = lower
                count += 1
            } else {
                pendingHyphen = true
            }
        }
        return count
    }

    /// Up to three digits starting at `index`, which is advanced past them.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
        var value = 0
        let start = index
        while index < bytes.count, index - start < 3, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return index > start ? value : nil
    }

    /// Writes `value` (0 to 999) in decimal at `offset` and returns the offset after it.
    private static func write(_ value: Int, into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let width = value >= 100 ? 3 : (value >= 10 ? 2 : 1)
        var rest = value
        for position in stride(from: offset + width - 1, through: offset, by: -1) {
            out[position] = UInt8(0x30 + rest % 10)
            rest /= 10
        }
        return offset + width
    }
}
