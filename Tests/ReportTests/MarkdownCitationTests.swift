import Foundation
import Testing

@testable import Report

@Suite("Markdown: citations kept readable")
struct MarkdownCitationTests {
    /// The rule as first written: escape everything, then put back `[n]` for every number the
    /// text cites, one `replacingOccurrences` per number. The byte-level version must agree.
    static func reference(_ text: String) -> String {
        var out = MarkdownText.escape(text)
        for number in MarkdownText.citationNumbers(in: text) {
            out = out.replacingOccurrences(of: "\\[\(number)\\]", with: "[\(number)]")
        }
        return out
    }

    static let texts = [
        "", "no citation", "ILO 2005 [3]", "[3] and [3] again", "[12][3]", "[[3]]", "[03]", "[-3]", "[+3]",
        "[3", "3]", "[]", "[x]", #"a \[3\] literal"#, #"\[3] mixed [3]"#, "*bold* [7] _x_ | [8]", "[9]\n[10]",
        "Walk Free [4]; ILO [4], 2022 [5]", "[2] ´ [2] – ü [2]", "[99999999999999999999]",
    ]

    @Test("cited numbers stay [n] and everything else is escaped exactly as before", arguments: texts)
    func sameAsReference(text: String) {
        #expect(MarkdownText.escapeKeepingCitations(text) == Self.reference(text))
    }

    @Test("entities, strikethrough and control characters in data stay text; a lone & is left as it is")
    func entitiesAndControls() {
        #expect(MarkdownText.escape("A &copy; B &#169; ~~s~~ \u{1B}[31m\u{7}end\tx $m$") == ##"A \&copy; B \&\#169; \~\~s\~\~  \[31m end x \$m\$"##)
        #expect(MarkdownText.escape("Acme & Partners &") == "Acme & Partners &")
    }

    @Test("a citation reads as [n] in the Markdown source, other brackets are escaped")
    func readable() {
        #expect(MarkdownText.escapeKeepingCitations("ILO 2005 [3], see [note]") == #"ILO 2005 [3], see \[note\]"#)
    }
}
