import Foundation
import Testing

/// The README promises that `report sources --format csl-json` loads back unchanged. Into the same
/// database it did; into a fresh one, a source without authors came back with its publisher as
/// author (the stand-in the export writes for reference managers), and BibTeX then added
/// `howpublished`. The export now marks the stand-in, and ingest reads it as no author.
@Suite("CSL-JSON export loads into a fresh database unchanged; BibTeX's journal is never a publisher (built binary)")
struct CSLFreshRoundTripTests {

    @Test("sources without authors (report, data set, web page, statement), with their publisher as author, or a comma: every column the same")
    func freshDatabase() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date,x_note
                r1,report,A report,,UNODC,2020,
                d1,dataset,A dataset,,UNODC,2021,kept
                w1,webpage,A page,,UNODC,2022,
                s1,statement,A statement,,UNODC,2019,
                a2,report,Own report,UNODC,UNODC,2018,
                m1,report,Annual report,,"Ministry of Labour, Invalids and Social Affairs",2020,

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
            // The stand-in author is marked in CSL's custom object; a real author is not.
            #expect(exported.contains("""
                    "publisher": "UNODC",
                    "custom": {
                      "tipdb-author-is-publisher": true
                    }
                """), "\(exported)")
            #expect(exported.components(separatedBy: "tipdb-author-is-publisher").count - 1 == 5, "\(exported)")

            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            #expect(reload.before.contains(#""authors": null"#), "\(reload.before)")
            // And so every export of the two.
            for format in ["csl-json", "bibtex", "md"] {
                let one = try Tipdb.run(["report", "sources", "--format", format], in: dir)
                let two = try Tipdb.run(["report", "sources", "--db", "fresh.sqlite", "--format", format], in: dir)
                #expect(one.stdout == two.stdout, "\(format):\n\(one.stdout)\n\(two.stdout)")
            }
            let bib = try Tipdb.run(["report", "sources", "--db", "fresh.sqlite", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("@misc{w1,\n  author = {{UNODC}},\n  title = {{A page}},\n  year = {2022}\n}\n"), "\(bib.stdout)")
            // Loaded again into the database it came from, nothing changes.
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 6 read, 0 inserted, 0 updated, 6 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }

    @Test("a reference manager's custom data stays beside the mark, and goes back into csl")
    func customKept() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"[{"id": "r1", "type": "report", "title": "A report", "publisher": "UNODC", "issued": {"date-parts": [[2020]]}, "custom": {"checked": true}}]"#.utf8)
                .write(to: dir.appendingPathComponent("z.json"))
            #expect(try Tipdb.run(["ingest", "--quiet", "z.json"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
            #expect(exported.contains("""
                    "custom": {
                      "checked": true,
                      "tipdb-author-is-publisher": true
                    }
                """), "\(exported)")
            let reload = try SourcesReload(export: "out.json", format: "csv", in: dir)
            #expect(reload.after == reload.before)
            #expect(reload.after.contains(#"{""custom"":{""checked"":true}}"#), "\(reload.after)")
        }
    }

    @Test("a CSL article whose record names no journal is @misc with its publisher as howpublished, not journal = {Taylor \\& Francis}")
    func articleWithoutJournal() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"""
                [{"id":"a1","type":"article-journal","title":"Other","author":[{"family":"Roe","given":"Ann"}],"issued":{"date-parts":[[2010]]},"publisher":"Taylor & Francis"},
                 {"id":"a2","type":"article-journal","title":"Counting","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2019]]},"publisher":"Taylor & Francis","container-title":"Journal of Human Trafficking"}]
                """#.utf8).write(to: dir.appendingPathComponent("a.json"))
            #expect(try Tipdb.run(["ingest", "--quiet", "a.json"], in: dir).status == 0)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout == """
                @article{a2,
                  author = {Doe, Jane},
                  title = {{Counting}},
                  journal = {Journal of Human Trafficking},
                  year = {2019}
                }

                @misc{a1,
                  author = {Roe, Ann},
                  title = {{Other}},
                  howpublished = {Taylor \\& Francis},
                  year = {2010}
                }

                """, "\(bib.stdout)")
        }
    }

    @Test("a news article typed into a sources file exports its paper as container-title, marked, not as publisher; it loads back unchanged")
    func newspaperContainer() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                paper-2022,news,Trafficking ring broken up,"Smith, Jane",The Daily Example,2022-03-01
                wire-2021,news,Hotline calls rise,,The Daily Example,2021

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
            let paper = try #require(byID["paper-2022"])
            #expect(paper["container-title"] as? String == "The Daily Example", "\(paper)")
            #expect(paper["publisher"] == nil, "\(paper)")
            #expect((paper["custom"] as? [String: Bool]) == ["tipdb-container-is-publisher": true], "\(paper)")

            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            #expect(reload.after.contains(#""publisher": "The Daily Example""#), "\(reload.after)")
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }

    @Test("a blog post's blog and a web page's website, typed into a sources file, export as container-title, marked; they load back unchanged")
    func blogAndWebsiteContainers() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date,url
                blog-a,blog-post,Slavery in Britain,"Jones, Kate",Anti-Slavery Blog,2016-05-01,https://blog.example.org/a
                web-b,webpage,Modern slavery page,"Doe, Jo",Anti-Slavery International,2020-01-01,https://example.org/page
                web-c,webpage,Forced labour facts,,Example Foundation,2021,https://example.org/facts

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
            for (id, type, container) in [("blog-a", "post-weblog", "Anti-Slavery Blog"), ("web-b", "webpage", "Anti-Slavery International")] {
                let item = try #require(byID[id])
                #expect(item["type"] as? String == type, "\(item)")
                #expect(item["container-title"] as? String == container, "\(item)")
                #expect(item["publisher"] == nil, "\(item)")
                #expect((item["custom"] as? [String: Bool]) == ["tipdb-container-is-publisher": true], "\(item)")
            }
            // A page without authors is its publisher's: the organisation stands in as author, and
            // the publisher stays the publisher.
            let page = try #require(byID["web-c"])
            #expect(page["publisher"] as? String == "Example Foundation", "\(page)")
            #expect(page["container-title"] == nil, "\(page)")

            let reload = try SourcesReload(export: "out.json", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }
}
