import Foundation
import Testing

/// A CSL particle ending in an apostrophe or a hyphen is written against the name after it, as
/// CSL processors write it: `d'Souza`, `al-Rashid`. tipdb wrote `d' Souza 2010` and `al- Rashid
/// 2011` in labels, reference lists, briefs and BibTeX, and `d' d'Souza` where the export also
/// wrote the particle into the family name.
@Suite("CSL particles ending in an apostrophe or hyphen join the family name (built binary)")
struct CSLJoinedParticleTests {
    @Test("labels, the sources list, BibTeX and the brief write d'Souza and al-Rashid, a particle already in the name once")
    func joinedParticles() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id": "dsouza", "type": "report", "title": "A", "publisher": "P", "issued": {"date-parts": [[2010]]},
                  "author": [{"family": "Souza", "given": "Maria", "non-dropping-particle": "d'"}]},
                 {"id": "alrashid", "type": "report", "title": "B", "publisher": "P", "issued": {"date-parts": [[2011]]},
                  "author": [{"family": "Rashid", "given": "Ahmed", "non-dropping-particle": "al-"}]},
                 {"id": "dsouza2", "type": "report", "title": "C", "publisher": "P", "issued": {"date-parts": [[2012]]},
                  "author": [{"family": "d'Souza", "given": "Maria", "non-dropping-particle": "d'"}]},
                 {"id": "dangelo", "type": "report", "title": "D", "publisher": "P", "issued": {"date-parts": [[2013]]},
                  "author": [{"family": "Angelo", "given": "Luca", "non-dropping-particle": "d\u{2019}"},
                             {"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"}]}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            try Data("key,measure,value,unit,place,period,source\r\nf1,forced-labour,10,persons,QAT,2009,alrashid\r\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "refs.json", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,short_label\r\nalrashid,al-Rashid 2011\r\ndangelo,d\u{2019}Angelo and van der Berg 2013\r\n"
                + "dsouza,d'Souza 2010\r\ndsouza2,d'Souza 2012\r\n", "\(labels.stdout)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == """
                # Sources

                - al-Rashid, Ahmed (2011). B. P. (key: alrashid)
                - d'Souza, Maria (2010). A. P. (key: dsouza)
                - d'Souza, Maria (2012). C. P. (key: dsouza2)
                - d\u{2019}Angelo, Luca and van der Berg, Anna (2013). D. P. (key: dangelo)

                """, "\(list.stdout)")
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            let authors = bibtex.stdout.split(separator: "\n").filter { $0.hasPrefix("  author") }
            #expect(authors == ["  author = {al-Rashid, Ahmed},", "  author = {d'Souza, Maria},", "  author = {d'Souza, Maria},",
                                "  author = {d\u{2019}Angelo, Luca and van der Berg, Anna},"], "\(bibtex.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Forced labour | Qatar | 10 |  | 2009 | al-Rashid 2011 [1] |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("[1] al-Rashid, Ahmed (2011). B. P."), "\(brief.stdout)")
            #expect(!brief.stdout.contains("al- Rashid"), "\(brief.stdout)")
        }
    }
}
