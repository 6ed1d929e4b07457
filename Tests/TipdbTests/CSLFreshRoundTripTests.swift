import Foundation
import Testing

/// The README promises that `report sources --format csl-json` loads back unchanged. Into the same
/// database it did; into a fresh one, a source without authors came back with its publisher as
/// author (the stand-in the export writes for reference managers), and BibTeX then added
/// `howpublished`. The export now marks the stand-in, and ingest reads it as no author.
@Suite("CSL-JSON export loads into a fresh database unchanged; BibTeX's journal is never a publisher (built binary)")
struct CSLFreshRoundTripTests {
    static let columns = "key, kind, title, authors, publisher, published, url, doi, accessed, license, notes, csl, extra"

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

            #expect(try Tipdb.run(["init", "--db", "fresh.sqlite"], in: dir).status == 0)
            let reload = try Tipdb.run(["ingest", "--db", "fresh.sqlite", "out.json"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            let query = "SELECT \(Self.columns) FROM sources ORDER BY key"
            let before = try Tipdb.run(["sql", query, "--format", "json"], in: dir)
            let after = try Tipdb.run(["sql", "--db", "fresh.sqlite", query, "--format", "json"], in: dir)
            #expect(after.stdout == before.stdout, "before: \(before.stdout)\nafter: \(after.stdout)")
            #expect(before.stdout.contains(#""authors": null"#), "\(before.stdout)")
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
            #expect(try Tipdb.run(["init", "--db", "fresh.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "--db", "fresh.sqlite", "out.json"], in: dir).status == 0)
            let query = "SELECT \(Self.columns) FROM sources ORDER BY key"
            let before = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
            let after = try Tipdb.run(["sql", "--db", "fresh.sqlite", query, "--format", "csv"], in: dir)
            #expect(after.stdout == before.stdout)
            #expect(after.stdout.contains(#"{""custom"":{""checked"":true}}"#), "\(after.stdout)")
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
}
