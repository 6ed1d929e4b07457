import Storage

/// Web addresses in Markdown, written so that a reader and every CommonMark renderer get the
/// exact address.
///
/// Why: reference entries went through `escape` whole, so a URL came out as
/// `https://www.unodc.org/.../GLOTiP\_2022\_web.pdf`: a reader copying it from the file, and a
/// renderer's autolinker (GitHub's bare-URL links), got an address with backslashes in it.
extension MarkdownText {
    /// A reference entry in Markdown: its text escaped, each link written as a link, the title's
    /// CSL markup as Markdown (`CSLRichText.markdown`).
    ///
    /// A link that reads as its own address becomes an autolink, `<https://…>`, where nothing is
    /// escaped; a link with other text (a DOI, linked to `https://doi.org/…`) becomes
    /// `[text](<address>)`, its text escaped as any data is.
    static func entry(_ parts: [ReferencePart]) -> String {
        // Each part as `ReferenceText.markdown` wrote it, the form a template reads too.
        parts.map(\.markdown).joined()
    }

    /// `<address>`: a CommonMark autolink, which takes no backslash escapes, so the address in the
    /// file is the address. One that cannot be an autolink (no scheme such as `https:`) is written
    /// `[address](<address>)`, its text escaped.
    ///
    /// CommonMark ends an autolink at a space, `<` or `>` and refuses control characters, so those
    /// are percent-encoded (`destination`), as a browser would send them.
    static func autolink(_ url: String) -> String {
        let address = destination(url)
        return hasScheme(address) ? "<\(address)>" : "[\(escape(url))](<\(address)>)"
    }

    /// The address with what CommonMark or a GitHub table would read as syntax percent-encoded:
    /// control characters, space, `<`, `>` (which end an autolink or a `<…>` destination), `\`
    /// (an escape in a `<…>` destination), `|` (a cell boundary in a table row, even inside a
    /// link), and the characters RFC 3986 never allows in an address (`"`, `^`, `` ` ``, `{`, `}`).
    /// Other characters, `%` included, stay: an address already encoded is not encoded twice.
    static func destination(_ url: String) -> String {
        var out = ""
        out.reserveCapacity(url.utf8.count)
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\u{00}"..."\u{20}", "\u{7F}", "<", ">", "\\", "|", "\"", "^", "`", "{", "}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `address` starts with a scheme as CommonMark's autolinks require one: a letter,
    /// then 1 to 31 letters, digits, `+`, `.` or `-`, then `:`.
    private static func hasScheme(_ address: String) -> Bool {
        guard let colon = address.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = address.utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard (2...32).contains(scheme.count), let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }
}
