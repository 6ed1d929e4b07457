import Foundation
import Testing

/// CSL-JSON allows a few HTML-like tags in a title (`<i>`, `<b>`, `<sup>`, `<sub>`,
/// `<span class="nocase">`, small capitals), as Zotero exports them. Every output printed them
/// as text: Markdown `\<i\>Dutch\</i\>`, HTML `&lt;i&gt;`, BibTeX `\textless{}i\textgreater{}`.
/// Each now writes the markup its own way, or drops it where it has none; CSL-JSON gives it back.
@Suite("CSL markup in a title is formatting in every output, kept in CSL-JSON (built binary)")
struct CSLTitleMarkupTests {
    private let item = """
        [{"id": "vdb-2021", "type": "article-journal",
          "title": "Forced labour in <i>Dutch</i> horticulture: <b>CO<sub>2</sub></b>, 10<sup>th</sup> <span class=\\"nocase\\">iPhone</span> <span style=\\"font-variant:small-caps;\\">ilo</span> <x> & <i>open",
          "author": [{"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"}],
          "container-title": "Journal of Human Trafficking", "issued": {"date-parts": [[2021]]}}]
        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(item.utf8).write(to: dir.appendingPathComponent("refs.json"))
        try Data("key,measure,value,unit,place,period,source\r\nf1,forced-labour,1200,persons,NLD,2019,vdb-2021\r\n".utf8)
            .write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "refs.json", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("Markdown brief and sources list: *Dutch*, **CO<sub>2</sub>**, <sup>th</sup>; other tags escaped")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let entry = "van der Berg, Anna (2021). Forced labour in *Dutch* horticulture: **CO<sub>2</sub>**, 10<sup>th</sup> iPhone ilo \\<x\\> & \\<i\\>open. In: Journal of Human Trafficking."
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("[1] " + entry + "\n"), "\(brief.stdout)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == "# Sources\n\n- " + entry + " (key: vdb-2021)\n", "\(list.stdout)")
        }
    }

    @Test("HTML brief: the CSL tags as HTML inside <cite>, everything else escaped")
    func html() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "html"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                <cite>Forced labour in <i>Dutch</i> horticulture: <b>CO<sub>2</sub></b>, 10<sup>th</sup> iPhone \
                <span style="font-variant:small-caps;">ilo</span> &lt;x&gt; &amp; &lt;i&gt;open</cite>
                """), "\(brief.stdout)")
        }
    }

    @Test("BibTeX: \\textit, \\textbf, \\textsubscript, \\textsuperscript, \\textsc, nocase braced; CSL-JSON keeps the tags")
    func bibTeXAndCSL() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bibtex.stdout.contains("""
                  title = {{Forced labour in \\textit{Dutch} horticulture: \\textbf{CO\\textsubscript{2}}, 10\\textsuperscript{th} {iPhone} \
                \\textsc{ilo} \\textless{}x\\textgreater{} \\& \\textless{}i\\textgreater{}open}},
                """), "\(bibtex.stdout)")
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains(#""title": "Forced labour in <i>Dutch</i> horticulture: <b>CO<sub>2</sub></b>, 10<sup>th</sup> <span class=\"nocase\">iPhone</span> <span style=\"font-variant:small-caps;\">ilo</span> <x> & <i>open""#), "\(csl.stdout)")
        }
    }

    @Test("plain outputs drop the tags: the brief's CSV reference, search results")
    func plain() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let plain = "Forced labour in Dutch horticulture: CO2, 10th iPhone ilo <x> & <i>open"
            let csv = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains("van der Berg, Anna (2021). \(plain). In: Journal of Human Trafficking."), "\(csv.stdout)")
            let search = try Tipdb.run(["search", "dutch"], in: dir)
            #expect(search.stdout.hasPrefix("source  vdb-2021  \(plain)\n    Forced labour in [Dutch] horticulture"), "\(search.stdout)")
        }
    }
}
