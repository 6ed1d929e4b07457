/// The words for an encoding failure, shared by the CSV and the JSON readers so that a file saved
/// as Latin-1 or UTF-16 is named as such whichever format it was meant to be.
extension CSVUTF8Validator {
    /// `invalid UTF-8 byte 0xE9 at byte offset 25 (reason)` and, where the byte tells the likely
    /// cause (a Latin-1 export, a UTF-16 byte order mark), that cause and the fix.
    ///
    /// - Parameter fromSpreadsheet: the file is CSV, which is most often saved from Excel, whose
    ///   plain "CSV" is Windows-1252: the fix then names the file type to choose instead.
    static func message(for failure: Failure, atByteOffset offset: Int, fromSpreadsheet: Bool = false) -> String {
        if failure.problem == .nul {
            return "NUL byte (0x00) at byte offset \(offset); text files must not contain NUL"
        }
        let reason: String
        // A UTF-16 byte order mark is not a Latin-1 "ÿ" or "þ": one cause is named, not two.
        var utf16 = false
        switch failure.problem {
        case .unexpectedContinuation: reason = "a continuation byte without a lead byte"
        case .overlong: reason = "overlong encoding"
        case .neverValid:
            // 0xFF 0xFE and 0xFE 0xFF are UTF-16 byte order marks; saying so at offset 0 turns
            // a puzzling byte error into the actual fix. Only the first byte is looked at, so
            // the message does not depend on how much of the file has been read.
            if offset == 0 && (failure.byte == 0xFF || failure.byte == 0xFE) {
                reason = "this byte never occurs in UTF-8; a file starting with it is probably UTF-16: convert it to UTF-8"
                utf16 = true
            } else {
                reason = "this byte never occurs in UTF-8"
            }
        case .surrogate: reason = "an encoded UTF-16 surrogate"
        case .aboveMaximum: reason = "a code point above U+10FFFF"
        case .incomplete: reason = "a multi-byte sequence cut short"
        case .incompleteAtEnd: reason = "a multi-byte sequence cut short by the end of the input"
        case .nul: reason = "NUL"
        }
        return "invalid UTF-8 byte 0x\(hex(failure.byte)) at byte offset \(offset) (\(reason))"
            + (utf16 ? (fromSpreadsheet ? excelUTF8 : "") : legacyHint(failure, fromSpreadsheet: fromSpreadsheet))
    }

    /// The first encoding failure in `bytes[start...]`, with its index, or nil when the bytes are
    /// complete, valid, NUL-free UTF-8.
    static func firstFailure(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (index: Int, failure: Failure)? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let result = validate(base, from: start, to: bytes.count, atEndOfInput: true)
        return result.failure.map { (result.validEnd, $0) }
    }

    /// The file type to choose in Excel's Save As for a file Excel saved in another encoding.
    static let excelUTF8 = " (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"

    /// A hint for the commonest cause of invalid UTF-8 in an export: a file saved in a one-byte
    /// encoding, where é is the single byte 0xE9 (Windows-1252), 0x8E (Mac OS Roman) or 0x82 (DOS).
    ///
    /// A spreadsheet's CSV file may be in any of the encodings Excel saves, and one byte does not
    /// tell which: the byte's reading in each is given (`OneByteEncoding`), never one of them as
    /// the character there. A JSON file, which a program wrote, is most likely Latin-1 or
    /// Windows-1252, and is told that reading.
    private static func legacyHint(_ failure: Failure, fromSpreadsheet: Bool) -> String {
        guard failure.byte >= 0x80, [.incomplete, .unexpectedContinuation, .neverValid].contains(failure.problem) else { return "" }
        if fromSpreadsheet {
            return "; the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is "
                + OneByteEncoding.readings(of: failure.byte) + ", whichever the cell holds: save it as UTF-8" + excelUTF8
        }
        let character = legacyCharacter(failure.byte).map { " (\(visible($0)) there)" } ?? ""
        return "; the file is probably Latin-1 or Windows-1252\(character): save it as UTF-8"
    }

    /// The character `byte` (0x80 or above) is in Windows-1252, which is Latin-1 but for 0x80-0x9F,
    /// where Windows puts curly quotes, dashes and the euro sign; nil for the five bytes it leaves out.
    ///
    /// Why: 0x92 (’, Word's apostrophe) is the commonest such byte in an export, and naming it
    /// tells the user which character to look for.
    private static func legacyCharacter(_ byte: UInt8) -> Character? {
        OneByteEncoding.windows1252.character(byte)
    }

    /// `character` as a message shows it: itself, or for one that shows as nothing or as a plain
    /// space, its code point and name (`U+00A0 NO-BREAK SPACE`).
    ///
    /// Why: 0xA0, the no-break space a spreadsheet puts in `1 200`, was printed as itself, and the
    /// message read `(  there)`, naming nothing the user could look for.
    static func visible(_ character: Character) -> String {
        switch character {
        case "\u{A0}": "U+00A0 NO-BREAK SPACE"
        case "\u{AD}": "U+00AD SOFT HYPHEN"
        // Mac OS Roman's 0xF0, a character of Apple's own that shows as nothing elsewhere.
        case "\u{F8FF}": "U+F8FF (Apple's logo)"
        default: String(character)
        }
    }

    /// `byte` as two upper-case hex digits, as messages about bytes write it.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
