import Foundation
import Report
import Storage
import Testing

/// BibTeX entries a reviewer's pybtex could not read, or that cited a guess as a fact (a review of
/// session 43): a circa date, a name with four comma parts, a brace in a URL or DOI, a chapter
/// whose record names no book.
@Suite("BibTeX: circa dates, many-comma names, braces in URLs, chapters without a book")
struct BibTeXReviewTests {
    @Test("a circa date is year = {c. 2005} and biblatex's date = {2005~}")
    func circa() {
        let source = Source(key: "doe-c2005", title: "Approximate", authors: "Doe, Jane", publisher: "NGO", published: "2005",
                            csl: #"{"issued":{"date-parts":[[2005]],"circa":true}}"#)
        let entry = BibTeXExport.entry(source)
        #expect(entry.contains("  year = {c. 2005},\n"), "\(entry)")
        #expect(entry.contains("  date = {2005~}"), "\(entry)")
        let exact = Source(key: "doe-2005", title: "Exact", authors: "Doe, Jane", publisher: "NGO", published: "2005")
        #expect(BibTeXExport.entry(exact).contains("  year = {2005}\n"))
        #expect(!BibTeXExport.entry(exact).contains("date = "))
    }

    @Test("a name with three commas or more keeps the family name and braces the rest as given names")
    func manyCommas() {
        let source = Source(key: "cm-1", kind: "report", title: "Three commas", authors: "Smith, Jane, Jones, Kate", publisher: "Org", published: "2019")
        #expect(BibTeXExport.entry(source).contains("  author = {Smith, {Jane, Jones, Kate}},\n"), "\(BibTeXExport.entry(source))")
    }

    @Test("braces in a URL or a DOI are percent-encoded, so every field stays balanced")
    func braces() {
        let source = Source(key: "u2", title: "Brace URL", publisher: "Org", published: "2022", url: "https://example.org/a}b", doi: "10.1000/a_b{c")
        let entry = BibTeXExport.entry(source)
        #expect(entry.contains("  url = {https://example.org/a%7Db},\n"), "\(entry)")
        #expect(entry.contains("  doi = {10.1000/a_b%7Bc}"), "\(entry)")
        #expect(entry.filter { $0 == "{" }.count == entry.filter { $0 == "}" }.count, "\(entry)")
    }

    @Test("a chapter whose record names no book is @misc; with its book, @incollection with booktitle")
    func chapter() {
        let bare = Source(key: "ch-1", kind: "book-chapter", title: "A chapter", authors: "Doe, Jane", publisher: "Springer", published: "2020")
        #expect(BibTeXExport.entry(bare).hasPrefix("@misc{ch-1,\n"), "\(BibTeXExport.entry(bare))")
        #expect(BibTeXExport.entry(bare).contains("  howpublished = {Springer}"), "\(BibTeXExport.entry(bare))")
        var inBook = bare
        inBook.csl = #"{"container-title":"Handbook of Human Trafficking"}"#
        #expect(BibTeXExport.entry(inBook).hasPrefix("@incollection{ch-1,\n"), "\(BibTeXExport.entry(inBook))")
        #expect(BibTeXExport.entry(inBook).contains("  booktitle = {Handbook of Human Trafficking}"), "\(BibTeXExport.entry(inBook))")
    }
}
