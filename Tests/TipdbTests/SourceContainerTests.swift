import Foundation
import Testing

/// A sources file's `container` column (m0055): the journal, book, website or series a work
/// appeared in. Before it, a journal article typed into a CSV file had nowhere for its journal but
/// `publisher`: the CSL-JSON export gave the journal as its publisher, BibTeX wrote the article as
/// `@misc` with `howpublished`, and the brief's reference entry printed it as a publisher.
@Suite("a sources file's container column: the journal in every citation, updates with revisions, and the export loads back (built binary)")
struct SourceContainerTests {
    /// An article with its journal and its publishing house, a chapter with its book, a report with
    /// its series, and a news article with its paper besides its publisher.
    private static let sources = """
        key,kind,title,authors,publisher,container,date
        smith-2020,journal-article,Counting the hidden,"Smith, Jane",Taylor & Francis,Journal of Human Trafficking,2020
        roe-2018,book-chapter,Debt bondage,"Roe, Ann",Routledge,Handbook of Forced Labour,2018
        ilo-2017,report,Measuring forced labour,,International Labour Office,ILO Working Papers,2017
        doe-2021,news,Hotline calls rise,"Doe, Jo",Guardian Media Group,The Guardian,2021-05-04

        """

    private static let figures = """
        measure,value,unit,place,period,source
        detected-trafficking-victims,120,persons,GBR,2019,smith-2020

        """

    /// What `tipdb sql --format csv` prints for `query` (on `db` when given), its CRLF line ends as LF.
    private func csv(_ query: String, db: String? = nil, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", "--format", "csv", query] + (db.map { ["--db", $0] } ?? []), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// A database in `dir` with `sources` and the one figure loaded.
    private func loaded(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(!load.stderr.contains("warning"), "\(load.stderr)")
    }

    @Test("BibTeX writes @article with journal, @incollection with booktitle, a report's series in note; CSL-JSON gives container-title")
    func exports() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.status == 0, "\(bib.stderr)")
            #expect(bib.stdout.contains("""
                @article{smith-2020,
                  author = {Smith, Jane},
                  title = {{Counting the hidden}},
                  journal = {Journal of Human Trafficking},
                  year = {2020}
                }
                """), "\(bib.stdout)")
            #expect(bib.stdout.contains("""
                @incollection{roe-2018,
                  author = {Roe, Ann},
                  title = {{Debt bondage}},
                  booktitle = {Handbook of Forced Labour},
                  publisher = {Routledge},
                  year = {2018}
                }
                """), "\(bib.stdout)")
            #expect(bib.stdout.contains("  institution = {International Labour Office},\n  year = {2017},\n  note = {In: ILO Working Papers}\n"), "\(bib.stdout)")
            #expect(bib.stdout.contains("  howpublished = {The Guardian, Guardian Media Group},\n"), "\(bib.stdout)")

            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(csl.stdout.utf8)) as? [[String: Any]])
            let byKey = Dictionary(uniqueKeysWithValues: items.compactMap { item in (item["id"] as? String).map { ($0, item) } })
            let article = try #require(byKey["smith-2020"])
            #expect(article["container-title"] as? String == "Journal of Human Trafficking")
            #expect(article["publisher"] as? String == "Taylor & Francis")
            #expect((article["custom"] as? [String: Bool]) == ["tipdb-container-is-column": true])
            // A news article with a container of its own: the paper is the container, the publisher stays one.
            let news = try #require(byKey["doe-2021"])
            #expect(news["container-title"] as? String == "The Guardian")
            #expect(news["publisher"] as? String == "Guardian Media Group")
            #expect((news["custom"] as? [String: Bool]) == ["tipdb-container-is-column": true])
        }
    }

    @Test("the brief's reference entry (Markdown, HTML, JSON), report sources and figure_citations.citation print the journal")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let entry = "Smith, Jane (2020). Counting the hidden. In: Journal of Human Trafficking. Taylor & Francis."
            let markdown = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("[1] " + entry), "\(markdown.stdout)")
            let html = try Tipdb.run(["report", "brief", "--format", "html"], in: dir)
            #expect(html.stdout.contains("In: Journal of Human Trafficking. Taylor &amp; Francis."), "\(html.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
            let brief = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let references = try #require(brief["references"] as? [[String: Any]])
            #expect(references.first?["text"] as? String == entry)

            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("- " + entry), "\(sources.stdout)")
            #expect(sources.stdout.contains("Roe, Ann (2018). Debt bondage. In: Handbook of Forced Labour. Routledge."), "\(sources.stdout)")
            // Quoted: the entry holds commas.
            #expect(try csv("SELECT citation FROM figure_citations", in: dir) == "citation\n\"\(entry)\"\n")
        }
    }

    @Test("a file sets or clears the container with a revision, drops a CSL record's container-title, and one without the column keeps it")
    func updates() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"""
                [{"id": "doe-2019", "type": "article-journal", "title": "Counting", "author": [{"family": "Doe", "given": "Jane"}],
                  "issued": {"date-parts": [[2019]]}, "container-title": "Old Journal", "volume": "3"}]
                """#.utf8).write(to: dir.appendingPathComponent("zotero.json"))
            let files = [
                ("set.csv", "key,title,authors,container\ndoe-2019,Counting,\"Doe, Jane\",New Journal\n"),
                ("keep.csv", "key,title,authors,publisher\ndoe-2019,Counting,\"Doe, Jane\",Taylor & Francis\n"),
                ("clear.csv", "key,title,authors,container\ndoe-2019,Counting,\"Doe, Jane\",\n"),
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            let query = "SELECT coalesce(container, 'NULL') AS container, csl FROM sources"
            #expect(try Tipdb.run(["ingest", "--quiet", "zotero.json"], in: dir).status == 0)

            let set = try Tipdb.run(["ingest", "set.csv"], in: dir)
            #expect(set.stdout.contains("set.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected"), "\(set.stdout) \(set.stderr)")
            // The column holds it; the CSL record no longer does, so that one place holds it.
            #expect(try csv(query, in: dir) == "container,csl\nNew Journal,\"{\"\"volume\"\":\"\"3\"\"}\"\n")
            #expect(try Tipdb.run(["report", "sources"], in: dir).stdout.contains("In: New Journal, 3."))

            let keep = try Tipdb.run(["ingest", "keep.csv"], in: dir)
            #expect(keep.stdout.contains("keep.csv: 1 read, 0 inserted, 1 updated"), "\(keep.stdout)")
            #expect(try csv(query, in: dir).hasPrefix("container,csl\nNew Journal,"))

            let clear = try Tipdb.run(["ingest", "clear.csv"], in: dir)
            #expect(clear.stdout.contains("clear.csv: 1 read, 0 inserted, 1 updated"), "\(clear.stdout)")
            #expect(try csv(query, in: dir).hasPrefix("container,csl\nNULL,"))
            let revisions = try csv(
                "SELECT batch_id, coalesce(previous ->> '$.container', 'NULL') AS container, previous ->> '$.csl' AS csl FROM source_revisions ORDER BY id",
                in: dir)
            #expect(revisions == """
                batch_id,container,csl
                2,NULL,"{""container-title"":""Old Journal"",""volume"":""3""}"
                3,New Journal,"{""volume"":""3""}"
                4,New Journal,"{""volume"":""3""}"

                """, "\(revisions)")
        }
    }

    @Test("the CSL-JSON export loads back into the same database unchanged, and into a fresh one with the same citations and BibTeX")
    func roundTrip() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let again = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(again.stdout.contains("out.json: 4 read, 0 inserted, 0 updated, 4 unchanged, 0 rejected"), "\(again.stdout) \(again.stderr)")
            #expect(try csv("SELECT count(*) AS n FROM source_revisions", in: dir) == "n\n0\n")

            let reload = try SourcesReload(export: "out.json", format: "csv", in: dir)
            #expect(reload.after == reload.before, "before: \(reload.before)\nafter: \(reload.after)")
            #expect(reload.after.contains("Journal of Human Trafficking"), "\(reload.after)")
            #expect(try Tipdb.run(["ingest", "--quiet", "--db", "fresh.sqlite", "figures.csv"], in: dir).status == 0)
            for format in ["bibtex", "md", "csl-json"] {
                let one = try Tipdb.run(["report", "sources", "--format", format], in: dir)
                let two = try Tipdb.run(["report", "sources", "--db", "fresh.sqlite", "--format", format], in: dir)
                #expect(one.stdout == two.stdout, "\(format):\n\(one.stdout)\n\(two.stdout)")
            }
            let citation = try csv("SELECT citation FROM figure_citations", in: dir)
            #expect(try csv("SELECT citation FROM figure_citations", db: "fresh.sqlite", in: dir) == citation)
            #expect(citation.contains("In: Journal of Human Trafficking."), "\(citation)")
        }
    }

    @Test("journal, book_title and series as a column name suggest container")
    func synonyms() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for column in ["journal", "book_title", "series", "Container-Title", "periodical"] {
                try Data("key,kind,title,authors,\(column)\na,journal-article,T,\"Doe, Jane\",J\n".utf8)
                    .write(to: dir.appendingPathComponent("s.csv"))
                let result = try Tipdb.run(["ingest", "--kind", "sources", "s.csv"], in: dir)
                #expect(result.status == 1)
                #expect(result.stderr.contains("s.csv:1:24: unknown column \"\(column)\"; did you mean \"container\"? Expected one of key, kind, title, authors, publisher, container, date,"), "\(column): \(result.stderr)")
            }
        }
    }

    @Test("a journal article given a publisher in a file without a container column loads with a warning at the publisher")
    func journalInPublisherWarned() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                smith-2020,journal-article,Counting the hidden,"Smith, Jane",Journal of Human Trafficking,2020
                ilo-2017,report,Measuring forced labour,,International Labour Office,2017

                """.utf8).write(to: dir.appendingPathComponent("old.csv"))
            let old = try Tipdb.run(["ingest", "--quiet", "old.csv"], in: dir)
            #expect(old.status == 0)
            #expect(old.stderr == """
                warning: old.csv:2:62: publisher: "Journal of Human Trafficking" is the publisher of journal article smith-2020, and the file \
                has no container column for its journal: the reference entry cites no journal and BibTeX writes the article as @misc; if it is \
                the journal, give it in a container column (the journal, book, website or series the work appeared in); loaded as written

                """, "\(old.stderr)")
            // Once the source has its journal, a file without the column says nothing. (A container
            // column tells a sources file, as a publisher does.)
            try Data("key,title,container\nsmith-2020,Counting the hidden,Journal of Human Trafficking\n".utf8).write(to: dir.appendingPathComponent("fix.csv"))
            let fix = try Tipdb.run(["ingest", "fix.csv"], in: dir)
            #expect(fix.stdout.contains("fix.csv: 1 read, 0 inserted, 1 updated"), "\(fix.stdout) \(fix.stderr)")
            let again = try Tipdb.run(["ingest", "--quiet", "old.csv"], in: dir)
            #expect(again.status == 0)
            #expect(again.stderr.isEmpty, "\(again.stderr)")
        }
    }

    @Test("the brief's JSON references give container, null when none; tipdb search finds sources by their journal, and container: filters by it")
    func briefJSONAndSearch() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            // A report without a container, cited by a second figure.
            try Data("""
                key,kind,title,authors,publisher,date
                plain-2019,report,Plain report,,Agency P,2019

                """.utf8).write(to: dir.appendingPathComponent("plain.csv"))
            try Data("measure,value,unit,place,period,source\ndetected-trafficking-victims,80,persons,FRA,2019,plain-2019\n".utf8)
                .write(to: dir.appendingPathComponent("plain-figures.csv"))
            let plain = try Tipdb.run(["ingest", "--quiet", "plain.csv", "plain-figures.csv"], in: dir)
            #expect(plain.status == 0, "\(plain.stderr)")
            let json = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let brief = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let references = try #require(brief["references"] as? [[String: Any]])
            let smith = try #require(references.first { $0["key"] as? String == "smith-2020" }, "\(json.stdout)")
            #expect(smith["container"] as? String == "Journal of Human Trafficking", "\(smith)")
            let report = try #require(references.first { $0["key"] as? String == "plain-2019" }, "\(json.stdout)")
            #expect(report.keys.contains("container") && report["container"] is NSNull, "\(report)")

            let search = try Tipdb.run(["search", "Journal of Human Trafficking", "--kind", "sources"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.contains("smith-2020"), "\(search.stdout)")
            #expect(!search.stdout.contains("roe-2018"), "\(search.stdout)")
            let filtered = try Tipdb.run(["search", "container:guardian", "--kind", "sources"], in: dir)
            #expect(filtered.status == 0, "\(filtered.stderr)")
            #expect(filtered.stdout.contains("doe-2021") && !filtered.stdout.contains("smith-2020"), "\(filtered.stdout)")
        }
    }
}
