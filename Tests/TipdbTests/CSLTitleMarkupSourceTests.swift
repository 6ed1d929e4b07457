import Foundation
import Testing

/// Only a CSL-JSON record's title has CSL markup (Zotero writes `<i>Dutch</i>`); a title from a
/// sources CSV or JSON file is data, and a researcher who typed `<b>` there sees `<b>`. After
/// titles' markup became formatting, a CSV title `<b>Trafficking</b>` printed bold.
@Suite("CSL markup is read only in a CSL-JSON title; a sources CSV title is shown as written (built binary)")
struct CSLTitleMarkupSourceTests {
    private static let title = "Forced labour in <i>Dutch</i> <b>camps</b>"

    /// The same title twice: from a CSL-JSON item (`berg-2021`) and a sources CSV (`ilo-2020`).
    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let item = """
            [{"id": "berg-2021", "type": "article-journal", "title": "\(Self.title)",
              "author": [{"family": "Berg", "given": "Anna"}],
              "container-title": "Journal of Human Trafficking", "issued": {"date-parts": [[2021]]}}]
            """
        try Data(item.utf8).write(to: dir.appendingPathComponent("refs.json"))
        try Data("key,title,publisher,date\r\nilo-2020,\(Self.title),ILO,2020\r\n".utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("key,measure,value,unit,place,period,source\r\nf1,forced-labour,1200,persons,NLD,2019,berg-2021\r\nf2,forced-labour,1300,persons,NLD,2020,ilo-2020\r\n".utf8)
            .write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "refs.json", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("Markdown, HTML and BibTeX: the CSL title formatted, the CSV title as its text")
    func formatted() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == """
                # Sources

                - Berg, Anna (2021). Forced labour in *Dutch* **camps**. In: Journal of Human Trafficking. (key: berg-2021)
                - ILO (2020). Forced labour in \\<i\\>Dutch\\</i\\> \\<b\\>camps\\</b\\>. (key: ilo-2020)

                """, "\(list.stdout)")
            let html = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "html"], in: dir)
            #expect(html.stdout.contains("<cite>Forced labour in <i>Dutch</i> <b>camps</b></cite>"), "\(html.stdout)")
            #expect(html.stdout.contains("<cite>Forced labour in &lt;i&gt;Dutch&lt;/i&gt; &lt;b&gt;camps&lt;/b&gt;</cite>"), "\(html.stdout)")
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bibtex.stdout.contains("  title = {{Forced labour in \\textit{Dutch} \\textbf{camps}}},"), "\(bibtex.stdout)")
            #expect(bibtex.stdout.contains("  title = {{Forced labour in \\textless{}i\\textgreater{}Dutch\\textless{}/i\\textgreater{} \\textless{}b\\textgreater{}camps\\textless{}/b\\textgreater{}}},"), "\(bibtex.stdout)")
        }
    }

    @Test("search: the CSL title without its tags, the CSV title as written")
    func search() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let search = try Tipdb.run(["search", "camps"], in: dir)
            #expect(search.stdout.contains("source  berg-2021  Forced labour in Dutch camps\n    Forced labour in Dutch [camps]\n"), "\(search.stdout)")
            #expect(search.stdout.contains("source  ilo-2020  \(Self.title)\n    Forced labour in <i>Dutch</i> <b>[camps]</b>\n"), "\(search.stdout)")
        }
    }

    @Test("search: an excerpt cut inside a CSL title's italics has no lone tag")
    func cutExcerpt() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            // A container title makes tipdb keep the item's CSL record, which is what marks its title
            // as CSL's (an item whose every field fits a column keeps none: its tags print as written).
            let title = "A <i>one two three four five six seven eight nine ten eleven twelve thirteen fourteen dutch</i> end"
            let item = """
                [{"id": "long-2021", "type": "report", "title": "\(title)", "publisher": "ILO", "container-title": "Reports", "issued": {"date-parts": [[2021]]}}]
                """
            try Data(item.utf8).write(to: dir.appendingPathComponent("refs.json"))
            #expect(try Tipdb.run(["ingest", "refs.json"], in: dir).status == 0)
            let search = try Tipdb.run(["search", "dutch"], in: dir)
            let excerpt = try #require(search.stdout.split(separator: "\n").dropFirst().first, "\(search.stdout)")
            #expect(!excerpt.contains("<") && excerpt.contains("[dutch] end"), "\(search.stdout)")
        }
    }
}
