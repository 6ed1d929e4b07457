import Testing
import TestSupport

@testable import Report

/// `MarkdownText` checked against a real CommonMark renderer (markdown-it-py, `make
/// markdown-renderer`), not only against the characters we expect it to write.
@Suite("Markdown escaping, rendered by markdown-it-py")
struct MarkdownRenderedTextTests {
    /// Texts that Markdown reads as markup somewhere: inside a line, or at the start of a block.
    static let texts = [
        "1. Most victims", "1) x", "2024.", "- x", "+ x", "-", "+", "* x", "---", "***", "___", "- - -", "# h", "> q",
        "    four spaces", "```", "~~~", "<div>x</div>", "[a]: /url", "a | b", "=====", #"a\b"#, #"a\|b"#, "*a* _b_ `c`",
        "&amp; &copy;", "<https://x.org>", "https://x.org/a_b", "[1]", "![x](y)", "-5 dropped", "1.5 million", "1234567890. x",
    ]

    @Test("a paragraph and a list item that start with data read as the data", arguments: texts)
    func blockStart(text: String) throws {
        let shown = String(text.drop { $0 == " " })
        let paragraph = try CommonMarkRenderer.render("Intro.\n\n\(MarkdownText.escapeBlock(text))\n")
        #expect(paragraph.map(\.block) == ["p", "p"] && paragraph.last?.text == shown, "\(MarkdownText.escapeBlock(text)): \(paragraph)")
        let item = try CommonMarkRenderer.render("- \(MarkdownText.escapeBlock(text))\n")
        #expect(item.map(\.block) == ["ul>li>p"] && item.first?.text == shown, "\(MarkdownText.escapeBlock(text)): \(item)")
        #expect(paragraph.allSatisfy { ($0.html ?? []).isEmpty } && item.allSatisfy { ($0.html ?? []).isEmpty })
    }

    @Test("block starts get a backslash only where a renderer would read a list or a rule")
    func blockStartText() {
        #expect(MarkdownText.escapeBlock("1. Most victims") == #"1\. Most victims"#)
        #expect(MarkdownText.escapeBlock("12) x") == #"12\) x"#)
        #expect(MarkdownText.escapeBlock("- x") == #"\- x"#)
        #expect(MarkdownText.escapeBlock("---") == #"\---"#)
        #expect(MarkdownText.escapeBlock("  + x") == #"\+ x"#)
        #expect(MarkdownText.escapeBlock("-5 dropped") == "-5 dropped")
        #expect(MarkdownText.escapeBlock("1.5 million") == "1.5 million")
        #expect(MarkdownText.escapeBlock("1234567890. x") == "1234567890. x")
    }

    @Test("an address is written as an autolink with nothing escaped; what ends one is percent-encoded")
    func autolinks() throws {
        let glotip = "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"
        #expect(MarkdownText.autolink(glotip) == "<\(glotip)>")
        #expect(MarkdownText.autolink("https://x.org/a_(b)*[c]#f&g?q=a_b") == "<https://x.org/a_(b)*[c]#f&g?q=a_b>")
        #expect(MarkdownText.autolink("https://x.org/a b<c>\\d|e") == "<https://x.org/a%20b%3Cc%3E%5Cd%7Ce>")
        #expect(MarkdownText.autolink("www.x.org/a_b") == #"[www.x.org/a\_b](<www.x.org/a_b>)"#)

        let rendered = try CommonMarkRenderer.render("[1] See \(MarkdownText.autolink(glotip)).\n\n| a |\n| --- |\n| \(MarkdownText.autolink("https://x.org/a|b")) |\n")
        #expect(rendered.first?.links == [RenderedLink(href: glotip, text: glotip)])
        #expect(rendered.first?.text == "[1] See \(glotip).")
        // The | that would have ended the cell is encoded; the renderer shows the address decoded.
        #expect(rendered.last?.rows == [["a"], ["https://x.org/a|b"]])
        #expect(rendered.last?.links == [RenderedLink(href: "https://x.org/a%7Cb", text: "https://x.org/a|b")])
    }

    @Test("a reference entry: text escaped, the URL an autolink, the DOI linked to doi.org")
    func entry() {
        let parts = [
            ReferencePart(kind: "text", text: "A_B (2020). ", url: nil), ReferencePart(kind: "title", text: "*T*", url: nil),
            ReferencePart(kind: "text", text: ". ", url: nil), ReferencePart(kind: "link", text: "https://x.org/a_b", url: "https://x.org/a_b"),
            ReferencePart(kind: "text", text: ". doi:", url: nil),
            ReferencePart(kind: "link", text: "10.1/a_b<c>", url: "https://doi.org/10.1/a_b<c>"),
        ]
        #expect(MarkdownText.entry(parts) == #"A\_B (2020). \*T\*. <https://x.org/a_b>. doi:[10.1/a\_b\<c\>](<https://doi.org/10.1/a_b%3Cc%3E>)"#)
    }
}
