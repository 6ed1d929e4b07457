import Testing

@testable import Report

@Suite("XML escaping: the byte check before it, and the tables' append, agree with the escape")
struct XMLEscapeTests {
    /// Text with each character the escape changes or drops, the characters beside them in byte
    /// value, text starting with 0xEF that is kept (U+FEFF, U+FFFD), and plain and non-ASCII text.
    static let cases: [(text: String, escaped: String)] = [
        ("", ""), ("plain text, 2,450,000", "plain text, 2,450,000"), ("Côte d’Ivoire 😀", "Côte d’Ivoire 😀"),
        ("a & b", "a &amp; b"), ("<5", "&lt;5"), ("x > y", "x &gt; y"), ("\"quoted\"", "&quot;quoted&quot;"),
        ("it's", "it&#39;s"), ("tab\tline\nreturn\r", "tab\tline\nreturn\r"), ("bell\u{7}", "bell"),
        ("x\u{FFFE}y\u{FFFF}z", "xyz"), ("\u{FEFF}bom", "\u{FEFF}bom"), ("\u{FFFD}", "\u{FFFD}"),
        ("!#%()*+,-./;=?@[]", "!#%()*+,-./;=?@[]"), ("\u{1F}\u{20}", " "),
    ]

    @Test("escape gives the expected text, and TextBuffer.append(xml:) the same bytes", arguments: cases)
    func agree(_ item: (text: String, escaped: String)) {
        #expect(XMLText.escape(item.text) == item.escaped)
        var buffer = TextBuffer(capacity: 16)
        buffer.append(xml: item.text)
        #expect(buffer.text == item.escaped)
        // The check may send text on to the escape that comes back unchanged (a tab, U+FEFF), never the reverse.
        var text = item.text
        if text.withUTF8(XMLText.hasNothingToEscape) { #expect(item.text == item.escaped) }
    }
}
