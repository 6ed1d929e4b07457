import Foundation
import Testing

/// A newspaper article without a byline or publisher takes its paper (`container-title`) as its
/// publisher; its BibTeX `howpublished` then named the paper twice, `The Guardian, The Guardian`.
@Suite("BibTeX howpublished names a paper that is both container and publisher once (built binary)")
struct BibTeXNewsContainerTests {
    @Test("an article-newspaper with only container-title: howpublished = {The Guardian}; another publisher still follows it")
    func paperOnce() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id": "news", "type": "article-newspaper", "title": "News no byline", "container-title": "The Guardian",
                  "issued": {"date-parts": [[2005, 1, 2]]}, "URL": "https://theguardian.com/x?y=1"},
                 {"id": "site", "type": "webpage", "title": "Page", "author": [{"family": "Doe", "given": "Jo"}],
                  "container-title": "Site", "publisher": "Owner Ltd", "issued": {"date-parts": [[2006]]}}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bibtex.stdout == """
                @misc{site,
                  author = {Doe, Jo},
                  title = {{Page}},
                  howpublished = {Site, Owner Ltd},
                  year = {2006}
                }

                @misc{news,
                  title = {{News no byline}},
                  howpublished = {The Guardian},
                  year = {2005},
                  month = jan,
                  date = {2005-01-02},
                  url = {https://theguardian.com/x?y=1}
                }

                """, "\(bibtex.stdout)")
        }
    }
}
