import Foundation
import Report
import Storage
import Testing

@Suite("bibliography: CSL-JSON, BibTeX, labels")
struct BibliographyTests {
    @Test("CSL-JSON maps columns to CSL fields and merges the kept CSL fields back")
    func csl() throws {
        let source = Source(
            key: "k", kind: "statement", title: "T", authors: "Fedotov, Yury; United Nations", publisher: "UNODC",
            published: "2012-04-03", url: "https://x.org", doi: "10.1/x", accessed: "2026-11-29", notes: "N",
            csl: #"{"event-title":"Debate","genre":"Statement"}"#)
        let item = CSLExport.item(source)
        #expect(item["type"] == .string("speech"))
        #expect(item["author"] == .array([
            .object([("family", .string("Fedotov")), ("given", .string("Yury"))]), .object([("literal", .string("United Nations"))]),
        ]))
        #expect(item["issued"]?.compact == #"{"date-parts":[[2012,4,3]]}"#)
        #expect(item["accessed"]?.compact == #"{"date-parts":[[2026,11,29]]}"#)
        #expect(item["DOI"] == .string("10.1/x"))
        #expect(item["note"] == .string("N"))
        #expect(item["event-title"] == .string("Debate"))
        var stored = source
        stored.csl = #"{"author":[{"literal":"Exact Org"}]}"#
        #expect(CSLExport.item(stored)["author"]?.compact == #"[{"literal":"Exact Org"}]"#)
        for (kind, type) in [("report", "report"), ("journal-article", "article-journal"), ("blog-post", "post-weblog"),
                             ("legal-instrument", "legislation"), ("book-chapter", "chapter"), ("news", "article-newspaper"),
                             ("other", "document")] {
            var typed = source
            typed.kind = kind
            #expect(CSLExport.item(typed)["type"] == .string(type))
        }
    }

    @Test("BibTeX escapes LaTeX and keeps organisations whole")
    func bibtex() {
        let source = Source(key: "ilo-2005", title: "Profits & 100% poverty", authors: "International Labour Office; Doe, Jane",
                            publisher: "ILO", published: "2005-09")
        let entry = BibTeXExport.entry(source)
        #expect(entry.hasPrefix("@techreport{ilo-2005,\n"))
        #expect(entry.contains("  author = {{International Labour Office} and Doe, Jane},\n"))
        #expect(entry.contains("  title = {{Profits \\& 100\\% poverty}},\n"))
        #expect(entry.contains("  month = sep"))
    }

    @Test("short labels: organisations by initials, people by family name, statements by their issuer")
    func labels() {
        #expect(CitationText.shortLabel(Source(key: "a", title: "t", authors: "International Labour Office", published: "2005")) == "ILO 2005")
        #expect(CitationText.shortLabel(Source(key: "b", title: "t", authors: "Francis, Kate", published: "2013")) == "Francis 2013")
        #expect(CitationText.shortLabel(Source(key: "c", kind: "statement", title: "t", authors: "Fedotov, Yury",
                                               publisher: "United Nations Office on Drugs and Crime", published: "2012")) == "UNODC 2012")
        #expect(CitationText.shortLabel(Source(key: "d", title: "t", authors: "A, B; Walk Free; C, D", published: nil)) == "A et al. n.d.")
    }

    @Test("JSON text round-trips through JSONTree with order and numbers kept")
    func jsonTree() throws {
        let text = #"{"b":[1,2.50,"x\"\u00e9\n"],"a":{"c":null,"d":true}}"#
        let tree = try JSONTree.parse(text)
        #expect(tree.compact == #"{"b":[1,2.50,"x\"é\n"],"a":{"c":null,"d":true}}"#)
        #expect(throws: JSONTree.ParseError.self) { try JSONTree.parse("{\"a\":}") }
    }
}
