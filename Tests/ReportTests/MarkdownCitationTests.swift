import Foundation
import Testing
import TestSupport

@testable import Report

@Suite("Markdown: citations kept readable")
struct MarkdownCitationTests {
    static let texts = [
        "", "no citation", "ILO 2005 [3]", "[3] and [3] again", "[12][3]", "[[3]]", "[03]", "[-3]", "[+3]",
        "[3", "3]", "[]", "[x]", #"a \[3\] literal"#, #"\[3] mixed [3]"#, "*bold* [7] _x_ | [8]", "[9]\n[10]",
        "Walk Free [4]; ILO [4], 2022 [5]", "[2] ´ [2] – ü [2]", "[99999999999999999999]",
    ]

    /// The rule: the text around each of tipdb's citations escaped as `escape` escapes any text,
    /// the citations themselves left as `[n]`, and brackets the text brought with it escaped.
    @Test("tipdb's citations stay [n]; the text's own brackets, numbers or not, are escaped", arguments: texts)
    func citationsAmongText(text: String) {
        #expect(MarkdownText.escapeKeepingCitations(text, marks: CitationMarks()) == MarkdownText.escape(text))
        var cited = CitedText(plain: text)
        cited.cite(3)
        cited.append(CitedText(plain: text))
        cited.append(CitedText.citation(12))
        let expected = MarkdownText.escape(text) + "[3]" + MarkdownText.escape(text) + "[12]"
        #expect(MarkdownText.escapeKeepingCitations(cited.text, marks: CitationMarks(cited.marks)) == expected)
    }

    @Test("generated texts: the pieces between citations escape as they would alone")
    func generatedPieces() {
        let texts = Self.generatedTexts(count: 2_000, seed: 22)
        for (first, second) in zip(texts, texts.dropFirst()) {
            let cited: CitedText = "\(first)\(CitedText.citation(7))\(second)"
            let expected = MarkdownText.escape(first) + "[7]" + MarkdownText.escape(second)
            #expect(MarkdownText.escapeKeepingCitations(cited.text, marks: CitationMarks(cited.marks)) == expected, "\(cited.text.debugDescription)")
        }
    }

    @Test("entities, strikethrough and control characters in data stay text; a lone & is left as it is")
    func entitiesAndControls() {
        #expect(MarkdownText.escape("A &copy; B &#169; ~~s~~ \u{1B}[31m\u{7}end\tx $m$") == ##"A \&copy; B \&\#169; \~\~s\~\~  \[31m end x \$m\$"##)
        #expect(MarkdownText.escape("Acme & Partners &") == "Acme & Partners &")
    }

    /// Texts of the characters the escape treats specially, letters, digits, line breaks,
    /// controls, and (in half of them) characters beyond ASCII, including a combining accent that
    /// joins the character before it.
    static func generatedTexts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$", "&", "a", "Z", "7", "0", " ", "-", "+",
                      "\n", "\r", "\r\n", "\t", "\u{1B}", "\u{7F}", "\u{0}", ";", "[3]", "[12]", "&copy;", "&#"]
        let wide = ["é", "\u{301}", "ü", "–", "\u{1F600}", "Ç"]
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let length = Int.random(in: 0...24, using: &random)
            let alphabet = index.isMultiple(of: 2) ? pieces : pieces + wide
            return (0..<length).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
        }
    }

    @Test("the byte-level escape and citation search give what the character-level ones give")
    func bytesAgreeWithCharacters() {
        for text in Self.generatedTexts(count: 20_000, seed: 20) {
            #expect(MarkdownText.escape(text) == MarkdownText.escapeCharacters(text), "\(text.debugDescription)")
        }
        #expect(MarkdownText.escape("a\r\nb\rc\nd") == "a b c d")
        // The figures tables write escaped cells straight into their buffer: the same bytes.
        var buffer = TextBuffer(capacity: 0)
        var expected = ""
        for text in Self.generatedTexts(count: 5_000, seed: 21) {
            buffer.append(markdown: text)
            buffer.append(" | ")
            expected += MarkdownText.escapeCharacters(text) + " | "
        }
        #expect(buffer.text == expected)
        #expect(MarkdownText.escape("*\u{301}") == MarkdownText.escapeCharacters("*\u{301}"))
    }

    @Test("a citation reads as [n] in the Markdown source, other brackets are escaped, a user's [3] too")
    func readable() {
        let cited: CitedText = "ILO 2005 \(CitedText.citation(3)), see [note]; duplicate of row [3]"
        #expect(MarkdownText.escapeKeepingCitations(cited.text, marks: CitationMarks(cited.marks))
            == #"ILO 2005 [3], see \[note\]; duplicate of row \[3\]"#)
    }

    @Test("numbers written into a table row read as String(n) writes them", arguments: [
        0, 7, 10, 99, 100, 12_345, -1, -40_000, Int.max, Int.min,
    ])
    func decimals(number: Int) {
        var buffer = TextBuffer(capacity: 0)
        buffer.append(decimal: number)
        #expect(buffer.text == String(number))
    }
}
