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

    /// Texts with citations as cautions, lineage lines and gaps write them: each of tipdb's own
    /// `[n]` becomes a link, anything else in brackets (a user's `[3]` too) stays text, and the
    /// rest is escaped as `escape` does.
    static let citedCases: [(text: CitedText, html: String)] = [
        ("", ""), ("no citation", "no citation"),
        ("ILO 2005 \(CitedText.citation(3)) & UNODC \(CitedText.citation(12)).",
         "ILO 2005 <a href=\"#ref-3\">[3]</a> &amp; UNODC <a href=\"#ref-12\">[12]</a>."),
        ("\(CitedText.citation(1))\(CitedText.citation(2))", "<a href=\"#ref-1\">[1]</a><a href=\"#ref-2\">[2]</a>"),
        ("[a] [<5] [ 3] [3", "[a] [&lt;5] [ 3] [3"), ("[\(CitedText.citation(4))]", "[<a href=\"#ref-4\">[4]</a>]"),
        ("[1][2] [+7] [007]", "[1][2] [+7] [007]"),
        ("row [3] in the 2024 table (\(CitedText.citation(3)))", "row [3] in the 2024 table (<a href=\"#ref-3\">[3]</a>)"),
        ("Côte d’Ivoire \(CitedText.citation(5)) \"x\"", "Côte d’Ivoire <a href=\"#ref-5\">[5]</a> &quot;x&quot;"),
    ]

    @Test("cited text: tipdb's [n] linked to reference n, the rest escaped", arguments: citedCases)
    func cited(_ item: (text: CitedText, html: String)) {
        var buffer = TextBuffer(capacity: 16)
        HTMLRenderer.appendCited(item.text.text, marks: CitationMarks(item.text.marks), names: [], firsts: nil, to: &buffer)
        #expect(buffer.text == item.html)
    }

    @Test("cited text: each link is named by its reference, and the first link to a reference carries the id it is linked back to")
    func citedNamed() {
        var buffer = TextBuffer(capacity: 16)
        let text: CitedText = "ILO 2005 \(CitedText.citation(1)), again \(CitedText.citation(1)); \(CitedText.citation(2))."
        HTMLRenderer.appendCited(
            text.text, marks: CitationMarks(text.marks), names: ["Reference 1: ILO 2005", "Reference 2: Doe &amp; Roe 2020"],
            firsts: FirstCitations(references: 2), to: &buffer)
        #expect(buffer.text == "ILO 2005 <a id=\"cite-1\" href=\"#ref-1\" aria-label=\"Reference 1: ILO 2005\">[1]</a>, "
            + "again <a href=\"#ref-1\" aria-label=\"Reference 1: ILO 2005\">[1]</a>; "
            + "<a id=\"cite-2\" href=\"#ref-2\" aria-label=\"Reference 2: Doe &amp; Roe 2020\">[2]</a>.")
    }

    @Test("a figure's source cell, with and without its locator and id: the source and citation as one link")
    func citationCell() {
        var buffer = TextBuffer(capacity: 16)
        HTMLRenderer.appendSource("ILO & co 2005", 3, locator: "p. 4 & table <2>", method: "estimated", id: nil, to: &buffer)
        #expect(buffer.text == "<a href=\"#ref-3\">ILO &amp; co 2005 [3, p. 4 &amp; table &lt;2&gt;]</a>")
        var bare = TextBuffer(capacity: 16)
        HTMLRenderer.appendSource("UNODC 2024", 12, locator: nil, method: "estimated", id: "cite-12", to: &bare)
        #expect(bare.text == "<a id=\"cite-12\" href=\"#ref-12\">UNODC 2024 [12]</a>")
    }

    @Test("years and date parts read from the bytes as prefix, split and Int read them")
    func years() {
        for (date, year) in [("2019", 2019), ("2019-06-30", 2019), ("201", 201), ("", 0), ("20a9", 0), ("+201", 201), ("۲۰۱۹", 0)] {
            #expect(ReferencePeriod.year(date) == year, "\(date)")
        }
        for date in ["2019", "2019-06", "2019-06-30", "", "-", "2019--06", "-2019-", "2019-x6", "+2019-06", "0000-00-00", "٢٠١٩-06"] {
            #expect(ReferencePeriod.numbers(date) == date.split(separator: "-").compactMap { Int($0) }, "\(date)")
        }
    }
}
