import Foundation
import Testing

/// `https://www.doi.org/10.1000/a2` was refused as "a web address, not a DOI" while
/// `https://dx.doi.org/...` loaded: doi.org answers at all three hosts, with or without a scheme.
@Suite("ingest: a DOI link at www.doi.org, dx.doi.org or doi.org is stored as the bare DOI (built binary)")
struct DOIHostTests {
    @Test("six links at the three hosts, https, http or no scheme, load as the bare DOI; another site's link is still refused")
    func hosts() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,publisher,date,doi
                a1,Survey A1,NGO,2020,https://www.doi.org/10.1000/a1
                a2,Survey A2,NGO,2020,http://www.doi.org/10.1000/a2
                a3,Survey A3,NGO,2020,www.doi.org/10.1000/a3
                a4,Survey A4,NGO,2020,HTTPS://DX.DOI.ORG/10.1000/a4
                a5,Survey A5,NGO,2020,doi.org/10.1000/a5
                a6,Survey A6,NGO,2020,https://doi.org/10.1000/a%3C6%3E

                """, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, doi FROM sources ORDER BY key"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n")
                == "key,doi\na1,10.1000/a1\na2,10.1000/a2\na3,10.1000/a3\na4,10.1000/a4\na5,10.1000/a5\na6,10.1000/a<6>\n")

            try IngestPartWarningTests.write("key,title,publisher,date,doi\nb1,Survey B1,NGO,2020,https://www.ilo.org/10.1000/b1\n", "other.csv", in: dir)
            let refused = try Tipdb.run(["ingest", "other.csv"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("other.csv:2:23: doi: \"https://www.ilo.org/10.1000/b1\" is a web address, not a DOI (a DOI link starts https://doi.org/); expected the page's address in url, and a DOI such as 10.1000/xyz123 (or https://doi.org/10.1000/xyz123) in doi"), "\(refused.stderr)")
        }
    }

    @Test("a link's ?query and #fragment are no part of the DOI; a bare DOI keeps its own # and ?; check finds the same DOI")
    func queryAndFragment() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,publisher,date,doi
                f1,Frag,P,2019,https://doi.org/10.1111/imig.12345#abstract
                f2,Same,P,2019,10.1111/imig.12345
                f3,Query,P,2019,https://doi.org/10.1111/imig.99999?via%3Dihub
                f4,Escaped,P,2019,https://doi.org/10.1000/a%23b
                f5,Bare,P,2019,10.1000/c#d

                """, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, doi FROM sources ORDER BY key"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n")
                == "key,doi\nf1,10.1111/imig.12345\nf2,10.1111/imig.12345\nf3,10.1111/imig.99999\nf4,10.1000/a#b\nf5,10.1000/c#d\n")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("same-doi"), "\(check.stdout)")
        }
    }

    @Test("CSL-JSON doi and url in lower case, as pandoc writes them, are the source's DOI and link")
    func lowerCaseCSL() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                [{"id": "lc1", "type": "report", "title": "Lower-case fields", "author": [{"family": "Doe", "given": "J"}],
                  "publisher": "P", "issued": {"date-parts": [[2019]]}, "doi": "https://doi.org/10.1000/lower", "url": "https://x.org/lower"}]
                """, "items.json", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "items.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT doi, url, csl FROM sources"], in: dir).stdout
            #expect(rows.replacingOccurrences(of: "\r\n", with: "\n").hasPrefix("doi,url,csl\n10.1000/lower,https://x.org/lower,"), "\(rows)")
            #expect(!rows.contains("\"doi\""), "\(rows)")

            try IngestPartWarningTests.write("""
                [{"id": "lc2", "type": "report", "title": "Both", "publisher": "P", "DOI": "10.1000/a", "doi": "10.1000/b"}]
                """, "both.json", in: dir)
            let both = try Tipdb.run(["ingest", "both.json"], in: dir)
            #expect(both.status == 1, "\(both.stderr)")
        }
    }
}
