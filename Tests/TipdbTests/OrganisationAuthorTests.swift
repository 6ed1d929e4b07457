import Foundation
import Testing

/// A user-reviewer found an organisation named with a comma exported as a person (`{"family":
/// "Ministry of Labour", "given": "Government of Ghana"}`, BibTeX's Mr Ministry of Labour), a
/// newspaper's name added as the publisher of an article exported back to CSL-JSON, and the World
/// Bank's `Europe & Central Asia` stored as the ILO's region. Each is checked through the binary.
@Suite("Organisations with commas, CSL containers and the World Bank's region names (built binary)")
struct OrganisationAuthorTests {
    @Test("an author holding of, for or the is an organisation: cited whole, braced in BibTeX, a literal in CSL; In, Seo-yeon is a person")
    func organisationWithComma() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,container,date
                org-1,report,Labour inspection report,"Ministry of Labour, Government of Ghana",,,2021
                per-1,journal-article,A survey,"In, Seo-yeon",,Journal of Human Trafficking,2022

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let load = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(!load.stderr.contains("warning"), "\(load.stderr)")
            let labels = try Tipdb.run(["sql", "SELECT source, label FROM source_labels ORDER BY source", "--format", "csv"], in: dir)
            #expect(labels.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "source,label\norg-1,\"Ministry of Labour, Government of Ghana 2021\"\nper-1,In 2022\n", "\(labels.stdout)")

            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("author = {{Ministry of Labour, Government of Ghana}}"), "\(bib.stdout)")
            #expect(bib.stdout.contains("author = {In, Seo-yeon}"), "\(bib.stdout)")

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let csl = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
            #expect(csl.contains(#""literal": "Ministry of Labour, Government of Ghana""#), "\(csl)")
            #expect(csl.contains(#""family": "In","#), "\(csl)")

            // Loaded into a fresh database, the export gives back every column and the same labels.
            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.before.contains(#""csl": null"#), "\(reload.before)")
            let freshLabels = try Tipdb.run(["sql", "--db", "fresh.sqlite", "SELECT source, label FROM source_labels ORDER BY source", "--format", "csv"], in: dir)
            #expect(freshLabels.stdout == labels.stdout, "\(freshLabels.stdout)")
            #expect(reload.after.contains(#""authors": "Ministry of Labour, Government of Ghana""#), "\(reload.after)")
        }
    }

    @Test("an article whose only publisher was its container-title is exported without a publisher, and loads back unchanged")
    func containerNotPublisher() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"""
                [{"id": "news-2016", "type": "article-newspaper", "title": "Trafficking ring broken up", "container-title": "The Daily Example", "issued": {"raw": "Spring 2016"}},
                 {"id": "page-2020", "type": "webpage", "title": "Hotline figures", "container-title": "Example NGO website", "issued": {"date-parts": [[2020]]}},
                 {"id": "art-2019", "type": "article-journal", "title": "A study", "author": [{"family": "Smith", "given": "Jane"}], "container-title": "Journal of Human Trafficking", "publisher": "Taylor & Francis", "issued": {"date-parts": [[2019]]}}]
                """#.utf8).write(to: dir.appendingPathComponent("zotero.json"))
            let load = try Tipdb.run(["ingest", "zotero.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let stored = try Tipdb.run(["sql", "SELECT key, publisher FROM sources ORDER BY key", "--format", "csv"], in: dir)
            #expect(stored.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "key,publisher\nart-2019,Taylor & Francis\nnews-2016,The Daily Example\npage-2020,Example NGO website\n", "\(stored.stdout)")

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
            #expect(byID["news-2016"]?["publisher"] == nil, "\(byID["news-2016"] ?? [:])")
            #expect(byID["news-2016"]?["container-title"] as? String == "The Daily Example")
            #expect(byID["art-2019"]?["publisher"] as? String == "Taylor & Francis")
            // A web page's site was given as its author and publisher, with the stand-in mark.
            let page = byID["page-2020"] ?? [:]
            #expect(page["author"] == nil && page["publisher"] == nil && page["custom"] == nil, "\(page)")
            #expect(page["container-title"] as? String == "Example NGO website", "\(page)")

            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }

    @Test("a statement is exported under the organisation that issued it, as the brief cites it, its speaker in the note or as contributor; it loads back unchanged")
    func statementIssuer() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date,notes
                st-2012,statement,Statement on World Day against Trafficking in Persons,"Fedotov, Yury",United Nations Office on Drugs and Crime,2012-07-30,Vienna

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("author = {{United Nations Office on Drugs and Crime}},"), "\(bib.stdout)")
            #expect(bib.stdout.contains("note = {Delivered by Yury Fedotov. Vienna}"), "\(bib.stdout)")
            #expect(!bib.stdout.contains("Fedotov, Yury") && !bib.stdout.contains("howpublished"), "\(bib.stdout)")

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let item = try #require(items.first)
            #expect((item["author"] as? [[String: String]]) == [["literal": "United Nations Office on Drugs and Crime"]])
            #expect((item["contributor"] as? [[String: String]]) == [["family": "Fedotov", "given": "Yury"]])
            #expect((item["custom"] as? [String: Bool]) == ["tipdb-author-is-publisher": true])

            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(again.stdout)")
            let label = try Tipdb.run(["sql", "--db", "fresh.sqlite", "SELECT label FROM source_labels", "--format", "csv"], in: dir)
            #expect(label.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "label\nUNODC 2012\n", "\(label.stdout)")
        }
    }

    @Test("Europe & Central Asia, the World Bank's spelling, names no place; the ILO's region is written with and")
    func worldBankRegion() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date
                ngo-2020,Field survey,Example NGO,2020-06

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            try Data("""
                key,measure,value,unit,place,period,source
                wb1,forced-labour,4.1 million,persons,Europe & Central Asia,2021,ngo-2020

                """.utf8).write(to: dir.appendingPathComponent("wb.csv"))
            let refused = try Tipdb.run(["ingest", "wb.csv"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(#"wb.csv:2:39: place: unknown place "Europe & Central Asia""#), "\(refused.stderr)")
            try Data("""
                key,measure,value,unit,place,period,source
                ilo1,forced-labour,4.1 million,persons,Europe and Central Asia,2021,ngo-2020

                """.utf8).write(to: dir.appendingPathComponent("ilo.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "ilo.csv"], in: dir).status == 0)
            let place = try Tipdb.run(["sql", "SELECT place FROM figures", "--format", "csv"], in: dir)
            #expect(place.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "place\nILO-EUROPE-CENTRAL-ASIA\n")
            let schema = try Tipdb.run(["schema", "latest_estimates"], in: dir)
            #expect(schema.stdout.contains("trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other (measures.concept)"), "\(schema.stdout)")
        }
    }
}
