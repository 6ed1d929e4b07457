/// Stored text made safe to print on one line of a terminal: one rule for ingest's error
/// messages and for search results, so that a control character reads the same in both.
///
/// Text from a file may hold line breaks, tabs, escape sequences (which recolour or clear a
/// terminal) and bidirectional controls (which reorder the rest of the line they are printed
/// on). Printed as they are, a line-oriented listing loses its layout and `grep` its lines.
public enum VisibleText {
    /// C0 and C1 control characters, DEL, and the bidirectional controls U+200E, U+200F,
    /// U+202A to U+202E and U+2066 to U+2069.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Characters that show nothing and are no space: the byte order mark (U+FEFF), zero-width
    /// space, non-joiner and joiner (U+200B to U+200D), the word joiner and invisible operators
    /// (U+2060 to U+2064), the Mongolian vowel separator (U+180E) and the soft hyphen (U+00AD).
    ///
    /// Why: a value holding one reads as the value without it (`"\u{FEFF}100" is not a number`
    /// printed as `"100" is not a number`), and a key holding one is another key that looks the same.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// `text` with every control character and every invisible one (`isInvisible`) as a visible
    /// escape: `\n`, `\r`, `\t`, or `\u{1B}` (its code point in hex).
    ///
    /// For messages that quote a value exactly (ingest's `FILE:LINE:COLUMN:` issues): a reader
    /// can tell which line break the file holds, and that a value holds more than it shows.
    ///
    /// - Parameter invisibleToo: whether `isInvisible` characters are escaped too: false for
    ///   values shown for reading (`tipdb sql`'s table), where a joiner inside a Persian name or an
    ///   emoji is part of the text, as in `oneLine`.
    public static func escaping(_ text: String, invisibleToo: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || (invisibleToo && isInvisible($0)) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: append(scalar, to: &result, invisibleToo: invisibleToo)
            }
        }
        return result
    }

    /// `text` on one line for reading: each run of line breaks and tabs, with the spaces around
    /// it, as one space (none at the start or the end), and any other control character as
    /// `escaping` writes it (`\u{1B}`).
    ///
    /// For listings such as `tipdb search`: a title or quote that spans lines in the file reads
    /// as the sentence it is, and a phrase broken across lines (`forced⏎labour`) is still found
    /// by `grep 'forced labour'`.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isBreak($0) }) else { return text }
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                while result.unicodeScalars.last == " " { result.unicodeScalars.removeLast() }
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if scalar == " " { continue }
                if !result.isEmpty { result += " " }
                pendingSpace = false
            }
            append(scalar, to: &result)
        }
        return result
    }

    /// A line break or a tab: `\t`, `\n`, vertical tab, form feed, `\r`, NEL (U+0085) and the
    /// Unicode line and paragraph separators (U+2028, U+2029).
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// - Parameter invisibleToo: whether `isInvisible` characters are escaped too (in messages,
    ///   not in listings, where a joiner inside a name in Persian or an emoji is part of its text).
    private static func append(_ scalar: Unicode.Scalar, to result: inout String, invisibleToo: Bool = false) {
        if isControl(scalar) || (invisibleToo && isInvisible(scalar)) {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
}
