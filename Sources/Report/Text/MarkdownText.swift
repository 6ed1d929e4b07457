/// Escaping for Markdown, so that data never turns into formatting.
enum MarkdownText {
    /// Escapes the characters CommonMark gives meaning to inside a line.
    ///
    /// Runs for every cell of a brief (800,000 of them over 100,000 figures), so the common
    /// cases are read as bytes: a text with nothing to escape is returned as it is, and an ASCII
    /// text is escaped byte by byte. Only a text with other characters goes through `Character`s,
    /// where a combining mark after `*` makes one character that is not `*`.
    static func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            switch scan(bytes) {
            case .plain: return text
            case .ascii:
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + 8)
                escapeASCII(bytes, into: &out)
                return String(decoding: out, as: UTF8.self)
            case .characters: return escapeCharacters(text)
            }
        }
    }

    /// `escape(text)` appended to `out`, with no `String` made for it in the common cases.
    ///
    /// Why: the figures tables escape six cells a row, and making each escaped cell a `String`
    /// only to copy its bytes into the output was a fifth of writing a row.
    static func appendEscaped(_ text: String, to out: inout TextBuffer) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            switch scan(bytes) {
            case .plain: out.append(utf8: bytes)
            case .ascii:
                var escaped: [UInt8] = []
                escaped.reserveCapacity(bytes.count + 8)
                escapeASCII(bytes, into: &escaped)
                escaped.withUnsafeBufferPointer { out.append(utf8: $0) }
            case .characters:
                var escaped = escapeCharacters(text)
                escaped.withUTF8 { out.append(utf8: $0) }
            }
        }
    }

    /// What escaping a text takes: nothing, a byte-by-byte pass, or the `Character` path.
    private enum Escaping { case plain, ascii, characters }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Escaping {
        // Every byte OR-ed together: bit 7 set if any byte is beyond ASCII (no branch per byte for it).
        var all: UInt8 = 0
        var escapes = false
        for byte in bytes {
            all |= byte
            if needsEscape(byte) { escapes = true }
        }
        guard escapes else { return .plain }
        return all < 0x80 ? .ascii : .characters
    }

    /// `escape` for a text of ASCII bytes only, with the same result as `escapeCharacters`.
    private static func escapeASCII(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"):
                if index < bytes.count, isEntityStart(bytes[index]) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            case UInt8(ascii: "\r"):
                // CR LF is one character, and one space.
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                out.append(UInt8(ascii: " "))
            case 0x00...0x1F, 0x7F:
                out.append(UInt8(ascii: " "))
            case _ where needsEscape(byte):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            default:
                out.append(byte)
            }
        }
    }

    /// Whether an ASCII byte after `&` could make it an entity: a letter, a digit or `#`.
    private static func isEntityStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"):
            true
        default:
            false
        }
    }

    /// `escape` read character by character, for texts with characters beyond ASCII.
    static func escapeCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var rest = Substring(text)
        while let character = rest.popFirst() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$":
                // ~~ strikes through in GitHub's Markdown, and $...$ is mathematics there.
                out.append("\\")
                out.append(character)
            case "&":
                // Only where it could start an entity (&copy; would print ©): "Acme & Partners" stays.
                if let next = rest.first, next.isLetter || next.isNumber || next == "#" { out.append("\\") }
                out.append(character)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                // Control characters (an ESC from a pasted terminal colour) would reach the reader's
                // terminal or viewer: each becomes a space, so that the words it separated stay apart.
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append(" ")
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// Escapes a text that carries tipdb's citations (`marks`), keeping each readable as `[3]`.
    ///
    /// Only the brackets at `marks` stay bare: `\[3\]` reads badly in the Markdown source, and a
    /// bracketed number is never a link without a definition. Any other `[3]` is the text's own
    /// (a retraction's reason, a title) and is escaped like every other bracket, so that no
    /// reader or tool takes it for a citation.
    static func escapeKeepingCitations(_ text: String, marks: CitationMarks) -> String {
        guard !marks.offsets.isEmpty else { return escape(text) }
        var contiguous = text
        return contiguous.withUTF8 { utf8 in
            var out = ""
            out.reserveCapacity(utf8.count + 16)
            var written = 0
            for start in marks.offsets where start >= written && start < utf8.count && utf8[start] == UInt8(ascii: "[") {
                guard let close = utf8[(start + 1)...].firstIndex(of: UInt8(ascii: "]")) else { continue }
                // Marks fall on the ASCII `[` tipdb wrote, so each piece is whole characters.
                out += escape(String(decoding: UnsafeBufferPointer(rebasing: utf8[written..<start]), as: UTF8.self))
                out += String(decoding: UnsafeBufferPointer(rebasing: utf8[start...close]), as: UTF8.self)
                written = close + 1
            }
            out += escape(String(decoding: UnsafeBufferPointer(rebasing: utf8[written...]), as: UTF8.self))
            return out
        }
    }

    /// The bytes `escape` changes: \ ` * _ [ ] < > | # & ~ $, line breaks and other control characters.
    ///
    /// As one bit each of two 64-bit masks, bytes 0x00-0x3F in `low` and 0x40-0x7F in `high`:
    /// this runs for every byte of a brief. A `Set` (hashing each byte) was 8 % of a
    /// 100,000-figure brief; with the `switch` that replaced it, scanning the cells of the
    /// Markdown figures tables took 160M instructions, with the masks 129M (`callgrind`).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x5000_0458_FFFF_FFFF  // 0x00-0x1F, # $ & * < >
        let high: UInt64 = 0xD000_0001_B800_0000  // [ \ ] _ ` | ~ DEL
        return byte < 0x40 ? (low >> UInt64(byte)) & 1 != 0 : byte < 0x80 && (high >> UInt64(byte & 0x3F)) & 1 != 0
    }
}
