/// UTF-8 text that was decoded as Windows-1252 and encoded as UTF-8 again, and the text it was:
/// `CÃ´te dâ€™Ivoire` for `Côte d’Ivoire`, `MÃ¼ller` for `Müller`.
///
/// Why: a UTF-8 CSV opened in Excel by double-click is read as Windows-1252; saved again as
/// "CSV UTF-8", each accented letter and curly quote is then two or three wrong characters, which
/// are valid UTF-8 and loaded without a word into titles, authors and quotes (a user-review,
/// session 45), from where a brief printed them.
///
/// The test is precise, since refusing good text is as bad as keeping bad text: the text must
/// re-encode as Windows-1252 (Latin-1 for the five bytes Windows-1252 leaves out) into bytes that
/// are valid UTF-8 holding at least one multi-byte character, and every character those bytes
/// hold beyond ASCII must be one whose garbled form starts with the lead characters such text
/// shows: `Â` and `Ã` (Latin-1: `Â°`, `Ã©`), `Ä` and `Å` (Polish, Czech, Turkish letters:
/// `Å‚` for ł), `È` (Romanian ș and ț), `Ð` and `Ñ` (Cyrillic), `â€`, `â‚`, `â„` (curly quotes,
/// dashes, the euro sign, ™). Legitimate text fails it: São Tomé, João, ROMÂNIA and CÂBLE hold a
/// lead character followed by an ASCII letter, which no UTF-8 sequence has; and `CAFÉ’S` re-encodes
/// to valid UTF-8 (`É’` is U+0252) but É is no lead of garbled text, and U+0252 no character
/// anyone's file held. Text with a character Windows-1252 lacks (ł, ș, Cyrillic, Chinese) cannot
/// have been through Windows-1252, and is never taken for garbled.
public enum Mojibake {
    /// The text `text` was before it was garbled, once or more (garbled text garbled again is
    /// decoded until it is no longer garbled, at most three times); nil for text that is not garbled.
    public static func original(of text: String) -> String? {
        guard mayBeGarbled(text), var decoded = decodedOnce(text) else { return nil }
        for _ in 0..<2 {
            guard mayBeGarbled(decoded), let again = decodedOnce(decoded) else { break }
            decoded = again
        }
        return decoded
    }

    /// The first word of `text` (words are cut at ASCII spaces) that is garbled, and what it was,
    /// for text that is not garbled as a whole; nil when no word is.
    ///
    /// Why: a garbled file edited by hand since holds garbled words beside real accented letters
    /// (`Côte dâ€™Ivoire`), which `original(of:)` does not take for garbled, since `ô` cannot be
    /// part of a UTF-8 sequence. A word alone is a weaker sign than a whole cell (`IRMÃ”`, a
    /// Portuguese word in capitals before a curly quote, passes the test), so it is only warned about.
    public static func garbledWord(in text: String) -> (word: Substring, original: String)? {
        guard mayBeGarbled(text) else { return nil }
        for word in text.split(separator: " ") where word.unicodeScalars.contains(where: { !$0.isASCII }) {
            if let original = decodedOnce(String(word)) { return (word, original) }
        }
        return nil
    }

    /// Whether `text` holds `Ã` or another lead character of garbled text, looked for in its UTF-8
    /// bytes without copying them: most cells hold none, and cost one pass over their bytes.
    ///
    /// The leads are `Â` to `Å`, `È`, `Ð`, `Ñ` (UTF-8 `C3 82` to `C3 85`, `C3 88`, `C3 90`, `C3 91`) and `â` (`C3 A2`).
    public static func mayBeGarbled(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(containsLead) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(containsLead)
    }

    private static func containsLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] == 0xC3 {
            switch bytes[index + 1] {
            case 0x82...0x85, 0x88, 0x90, 0x91, 0xA2: return true
            default: continue
            }
        }
        return false
    }

    /// `text` re-encoded as Windows-1252 and decoded as UTF-8, when the bytes are UTF-8 whose every
    /// character beyond ASCII is one garbled text comes from (`isTypical`); nil otherwise.
    private static func decodedOnce(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let byte = windows1252Byte(scalar) else { return nil }
            bytes.append(byte)
        }
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var utf8 = UTF8()
        var multiByte = false
        loop: while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.isASCII {
                    decoded.append(scalar)
                    continue
                }
                guard isTypical(scalar) else { return nil }
                multiByte = true
                decoded.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                return nil
            }
        }
        return multiByte ? String(decoded) : nil
    }

    /// The characters whose UTF-8 bytes, read as Windows-1252, start with a lead character of
    /// garbled text (`Â`, `Ã`, `Ä`, `Å`, `È` for ș and ț, `Ð`, `Ñ`, `â€`, `â‚`, `â„`). The C1
    /// controls (`Â` and 0x80 to 0x9F) are left out: no one's text held them.
    private static func isTypical(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0x17F, 0x218...0x21B, 0x400...0x45F, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x214F: true
        default: false
        }
    }

    /// The Windows-1252 byte of `scalar`, or nil for a character it cannot write. Latin-1 fills
    /// the five bytes Windows-1252 leaves out (0x81, 0x8D, 0x8F, 0x90, 0x9D), which Windows reads
    /// as the C1 control of the same number, and the rest of 0x80 to 0x9F, as a Latin-1 reading
    /// of the file writes them.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        return windowsPunctuation[value]
    }

    /// The characters Windows-1252 puts at 0x80 to 0x9F, where Latin-1 has C1 controls.
    private static let windowsPunctuation: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E,
        0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
        0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The cell and its original as a message quotes them: whole up to 60 characters, else the
    /// words around the first garbled one (`…En CÃ´te dâ€™Ivoire, 1 200…`), so that a long quote
    /// shows where to look.
    ///
    /// The excerpt is cut at ASCII spaces only, which no garbled sequence holds, so it decodes on its own.
    public static func excerpt(of cell: String, original: String) -> (garbled: String, original: String) {
        guard cell.count > 60 else { return (cell, original) }
        let words = cell.split(separator: " ", omittingEmptySubsequences: false)
        let first = words.firstIndex { $0.unicodeScalars.contains { !$0.isASCII } } ?? 0
        var start = max(0, first - 2), end = first + 1
        var length = words[start..<end].reduce(end - start - 1) { $0 + $1.count }
        while end < words.count, length + 1 + words[end].count <= 60 {
            length += 1 + words[end].count
            end += 1
        }
        // A first word longer than the whole excerpt is shown alone, as the garbled text it holds.
        if length > 60 { start = first }
        let excerpt = words[start..<end].joined(separator: " ")
        let before = start > 0 ? "…" : "", after = end < words.count ? "…" : ""
        return (before + excerpt + after, before + (Mojibake.original(of: excerpt) ?? excerpt) + after)
    }
}
