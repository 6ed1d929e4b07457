/// Strict, resumable UTF-8 validation of the reader's byte buffer.
///
/// Validation runs over each chunk as it arrives, separately from field splitting, so the
/// splitting loop only compares bytes against the four structural ASCII bytes and never decodes
/// anything. The validator never carries state between calls: a multi-byte sequence cut off at
/// the end of the data read so far is simply left unvalidated (the returned end stops at its
/// first byte) and re-examined from its first byte once more data is in the buffer. Because the
/// parser never looks past the validated end, a sequence split across chunks is judged exactly
/// as if the file had been read in one piece.
///
/// The rules are those of the Unicode Standard, table 3-7 (well-formed byte sequences): no
/// overlong forms, no encoded UTF-16 surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
/// NUL is rejected too: it is well-formed UTF-8 but never belongs in a text file, and is the
/// telltale of UTF-16 input.
enum CSVUTF8Validator {
    /// Why a byte sequence was rejected; the reader turns it into a ``CSVError``.
    enum Problem: Equatable, Sendable {
        case nul
        case unexpectedContinuation
        case overlong
        case neverValid
        case surrogate
        case aboveMaximum
        case incomplete
        case incompleteAtEnd
    }

    /// The first bad sequence found: its first byte and what is wrong with it. Its position is
    /// the `validEnd` returned alongside it.
    struct Failure: Equatable, Sendable {
        var byte: UInt8
        var problem: Problem
    }

    /// Validates `bytes[start..<end]`.
    ///
    /// Returns the index up to which the bytes are complete, valid, NUL-free UTF-8. Without a
    /// failure, that is `end`, or the first byte of a sequence that is cut off at `end` while more
    /// input may follow. With a failure, it is the first byte of the bad sequence.
    static func validate(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, atEndOfInput: Bool
    ) -> (validEnd: Int, failure: Failure?) {
        var i = start
        while i < end {
            // Fast path: eight ASCII bytes at a time, none of them NUL. `haszero` is exact about
            // whether some byte is zero, which is all that is needed here.
            while end - i >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self))
                let high: UInt64 = 0x8080_8080_8080_8080
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
                if (word & high) | hasZero != 0 { break }
                i += 8
            }
            if i == end { break }
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0 { return (i, Failure(byte: 0, problem: .nul)) }
                i += 1
                continue
            }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let trailing: Int
            switch lead {
            case 0x80...0xBF: return (i, Failure(byte: lead, problem: .unexpectedContinuation))
            case 0xC0, 0xC1: return (i, Failure(byte: lead, problem: .overlong))
            case 0xC2...0xDF: trailing = 1
            case 0xE0:
                trailing = 2
                low = 0xA0
            case 0xED:
                trailing = 2
                high = 0x9F
            case 0xE1...0xEF: trailing = 2
            case 0xF0:
                trailing = 3
                low = 0x90
            case 0xF4:
                trailing = 3
                high = 0x8F
            case 0xF1...0xF3: trailing = 3
            default: return (i, Failure(byte: lead, problem: .neverValid))
            }
            if i + 1 == end {
                return atEndOfInput ? (i, Failure(byte: lead, problem: .incompleteAtEnd)) : (i, nil)
            }
            let second = bytes[i + 1]
            if second < low || second > high {
                let problem: Problem
                if second & 0xC0 != 0x80 {
                    problem = .incomplete
                } else if lead == 0xED {
                    problem = .surrogate
                } else if lead == 0xF4 {
                    problem = .aboveMaximum
                } else {
                    problem = .overlong
                }
                return (i, Failure(byte: lead, problem: problem))
            }
            var k = 2
            while k <= trailing {
                if i + k == end {
                    return atEndOfInput ? (i, Failure(byte: lead, problem: .incompleteAtEnd)) : (i, nil)
                }
                if bytes[i + k] & 0xC0 != 0x80 { return (i, Failure(byte: lead, problem: .incomplete)) }
                k += 1
            }
            i += trailing + 1
        }
        return (end, nil)
    }
}
