import Foundation
import Testing

/// A DOI is stored bare, with the DOI's own `#`, `?` and `%` (`10.1002/(SICI)…CO;2-#`,
/// `10.1000/abc?v=2`, `10.1000/50%off`). Linked raw at doi.org, a browser read the `#` as a
/// fragment, the `?` as a query and `%of` as a broken escape: the link named another DOI or none.
/// In a link they are now percent-encoded, as the DOI Handbook asks; the text stays the DOI.
@Suite("A DOI's link at doi.org percent-encodes #, ?, % and the characters URLs refuse (built binary)")
struct DOILinkEncodingTests {
    @Test("Markdown and HTML briefs link https://doi.org/…%23, %3F, %25, %3C, %3E, %22, %5B")
    func encodedLinks() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"""
                [{"id": "sici", "type": "article-journal", "title": "SICI DOI", "author": [{"family": "Hash", "given": "H"}],
                  "container-title": "J", "issued": {"date-parts": [[1997]]}, "DOI": "10.1002/(SICI)1099-1050(199703)6:2<127::AID-HEC261>3.0.CO;2-#"},
                 {"id": "qmark", "type": "article-journal", "title": "Query DOI", "author": [{"family": "Query", "given": "Q"}],
                  "container-title": "J", "issued": {"date-parts": [[2012]]}, "DOI": "10.1000/abc?v=2"},
                 {"id": "percent", "type": "article-journal", "title": "Percent DOI", "author": [{"family": "Percent", "given": "P"}],
                  "container-title": "J", "issued": {"date-parts": [[2013]]}, "DOI": "10.1000/50%off\"[x]"}]
                """#.utf8).write(to: dir.appendingPathComponent("refs.json"))
            try Data("key,measure,value,unit,place,period,source\r\nf1,forced-labour,1,persons,FRA,1996,sici\r\nf2,forced-labour,2,persons,DEU,2010,qmark\r\nf3,forced-labour,3,persons,ITA,2011,percent\r\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "refs.json", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let markdown = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            // Written as APA 7 writes a DOI, its doi.org address, which is the link (session 52; it was `doi:[10.1/x](<...>)`).
            let entries = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("doi.org") }.map(String.init)
            #expect(entries == [
                #"[1] Hash, H (1997). SICI DOI. In: J. <https://doi.org/10.1002/(SICI)1099-1050(199703)6:2%3C127::AID-HEC261%3E3.0.CO;2-%23>."#,
                #"[2] Query, Q (2012). Query DOI. In: J. <https://doi.org/10.1000/abc%3Fv=2>."#,
                #"[3] Percent, P (2013). Percent DOI. In: J. <https://doi.org/10.1000/50%25off%22%5Bx%5D>."#,
            ], "\(markdown.stdout)")
            let html = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "html"], in: dir)
            let links = html.stdout.split(separator: "\"").filter { $0.hasPrefix("https://doi.org/") }
            #expect(links == [
                "https://doi.org/10.1002/(SICI)1099-1050(199703)6:2%3C127::AID-HEC261%3E3.0.CO;2-%23",
                "https://doi.org/10.1000/abc%3Fv=2",
                "https://doi.org/10.1000/50%25off%22%5Bx%5D",
            ], "\(html.stdout)")
        }
    }
}
