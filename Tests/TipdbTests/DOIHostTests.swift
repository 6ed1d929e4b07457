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
}
