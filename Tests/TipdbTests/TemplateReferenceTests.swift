import Foundation
import Testing

/// A template lays out the reference list as the built-in brief does (review session 47): a
/// part's null `url` is not its reference's, and a CSL-JSON title's markup reaches the page as
/// formatting while a sources CSV title's `<b>` stays data.
@Suite("--template reference lists: null fields, title markup (built binary)")
struct TemplateReferenceTests {
    /// A report with a URL, cited by one figure for Côte d'Ivoire.
    private func loadLinked(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            key,kind,title,authors,publisher,date,url
            civ-2021,report,Rapport annuel sur la traite en Côte d’Ivoire,"Koné, Awa",Ministère de la Justice,2021,https://example.org/rapport?a=1&b=2

            """.utf8).write(to: dir.appendingPathComponent("src.csv"))
        try Data("""
            key,measure,value,unit,place,period,source
            c1,trafficking-victims,1234,persons,Côte d’Ivoire,2021,civ-2021

            """.utf8).write(to: dir.appendingPathComponent("fig.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// A CSL-JSON article whose title has `<i>göç</i>`, and a CSV report whose title has a
    /// `<b>` and a `&` that are data.
    private func loadMarkup(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            [{"id":"tr-2021","type":"article-journal","title":"İnsan ticareti ve Türkiye: <i>göç</i> yolları","author":[{"family":"Şahin","given":"Çağrı"}],"issued":{"date-parts":[[2021]]},"container-title":"Göç Dergisi","volume":"8"}]

            """.utf8).write(to: dir.appendingPathComponent("tr.csl.json"))
        try Data("""
            key,kind,title,authors,publisher,date
            gnb-2017,report,Guinée-Bissau: rapport <b>préliminaire</b> & talibés,"Sá, Ana",UNICEF,2017

            """.utf8).write(to: dir.appendingPathComponent("gnb.csv"))
        try Data("""
            key,measure,value,unit,place,period,source
            t1,trafficking-victims,420,persons,Türkiye,2021,tr-2021
            g1,trafficking-victims,90,persons,Guinea Bissau,2017,gnb-2017

            """.utf8).write(to: dir.appendingPathComponent("trf.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "tr.csl.json", "gnb.csv", "trf.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func render(_ template: String, _ arguments: [String], in dir: URL) throws -> ProcessResult {
        try Data(template.utf8).write(to: dir.appendingPathComponent("t.mustache"))
        return try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--template", "t.mustache"] + arguments, in: dir)
    }

    @Test("a part's null url is empty and false: only the link part is a link, not every part")
    func nullStopsLookup() throws {
        try withTemporaryDirectory { dir in
            try loadLinked(dir)
            let template = """
                {{#references}}{{#parts}}{{#url}}<a href="{{url}}">{{text}}</a>{{/url}}{{^url}}{{text}}{{/url}}{{/parts}}|{{#parts}}[{{url}}]{{/parts}}
                {{/references}}
                """
            let out = try render(template, ["--place", "CIV", "--format", "html"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stderr.isEmpty)
            #expect(out.stdout == """
                Koné, Awa (2021). Rapport annuel sur la traite en Côte d’Ivoire. Ministère de la Justice. \
                <a href="https://example.org/rapport?a=1&amp;b=2">https://example.org/rapport?a=1&amp;b=2</a>.\
                |[][][][][https://example.org/rapport?a=1&amp;b=2][]

                """)
        }
    }

    @Test("a reference's html is the built-in HTML brief's list entry: CSL markup as tags, a CSV title's <b> escaped")
    func html() throws {
        try withTemporaryDirectory { dir in
            try loadMarkup(dir)
            let scope = ["--place", "TUR", "--place", "GNB", "--format", "html"]
            let out = try render("{{#references}}{{{html}}}\n{{/references}}---\n{{#references}}{{#parts}}{{{html}}}{{/parts}}\n{{/references}}", scope, in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            let entries = [
                "Sá, Ana (2017). <cite>Guinée-Bissau: rapport &lt;b&gt;préliminaire&lt;/b&gt; &amp; talibés</cite>. UNICEF.",
                "Şahin, Çağrı (2021). <cite>İnsan ticareti ve Türkiye: <i>göç</i> yolları</cite>. In: Göç Dergisi, 8.",
            ]
            #expect(out.stdout == (entries + ["---"] + entries + [""]).joined(separator: "\n"))
            // The same text as the built-in brief's list, byte for byte.
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"] + scope, in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            // Each entry then links back to where it is first cited.
            let back = { (n: Int) in " <a class=\"back\" href=\"#cite-\(n)\" aria-label=\"Back to the first citation of reference \(n)\">Back to text</a>" }
            #expect(brief.stdout.contains("<li id=\"ref-1\" value=\"1\">\(entries[0])\(back(1))</li>\n<li id=\"ref-2\" value=\"2\">\(entries[1])\(back(2))</li>\n"),
                    "\(brief.stdout)")
        }
    }

    @Test("the README's reference-list template renders the built-in HTML brief's entries")
    func readmeExample() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try #require(readme.components(separatedBy: "```mustache\n").dropFirst().first { $0.contains("{{{html}}}") })
        let template = try #require(example.components(separatedBy: "```").first)
        try withTemporaryDirectory { dir in
            try loadMarkup(dir)
            let out = try render(template, ["--place", "TUR", "--place", "GNB", "--format", "html"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout == """
                <ol>
                <li>Sá, Ana (2017). <cite>Guinée-Bissau: rapport &lt;b&gt;préliminaire&lt;/b&gt; &amp; talibés</cite>. UNICEF.</li>
                <li>Şahin, Çağrı (2021). <cite>İnsan ticareti ve Türkiye: <i>göç</i> yolları</cite>. In: Göç Dergisi, 8.</li>
                </ol>

                """)
        }
    }

    @Test("a reference's markdown is the built-in Markdown brief's list entry: CSL italics as *…*, a CSV title's <b> escaped")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try loadMarkup(dir)
            let scope = ["--place", "TUR", "--place", "GNB"]
            let out = try render("{{#references}}[{{number}}] {{{markdown}}}\n{{/references}}{{#references}}{{#parts}}{{markdown}}{{/parts}}\n{{/references}}", scope, in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            let entries = [
                "Sá, Ana (2017). Guinée-Bissau: rapport \\<b\\>préliminaire\\</b\\> & talibés. UNICEF.",
                "Şahin, Çağrı (2021). İnsan ticareti ve Türkiye: *göç* yolları. In: Göç Dergisi, 8.",
            ]
            #expect(out.stdout == "[1] \(entries[0])\n[2] \(entries[1])\n\(entries[0])\n\(entries[1])\n")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"] + scope, in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("\n[1] \(entries[0])\n\n[2] \(entries[1])\n"), "\(brief.stdout)")
        }
    }

    @Test("the JSON keeps every field as it was and adds html and markdown after them")
    func json() throws {
        try withTemporaryDirectory { dir in
            try loadMarkup(dir)
            let out = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "TUR", "--format", "json"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            let brief = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
            let reference = try #require((brief["references"] as? [[String: Any]])?.first)
            #expect(reference["title"] as? String == "İnsan ticareti ve Türkiye: <i>göç</i> yolları")
            #expect(reference["text"] as? String == "Şahin, Çağrı (2021). İnsan ticareti ve Türkiye: göç yolları. In: Göç Dergisi, 8.")
            #expect(reference["markdown"] as? String == "Şahin, Çağrı (2021). İnsan ticareti ve Türkiye: *göç* yolları. In: Göç Dergisi, 8.")
            let title = try #require((reference["parts"] as? [[String: Any]])?.first { $0["kind"] as? String == "title" })
            #expect(title["text"] as? String == "İnsan ticareti ve Türkiye: <i>göç</i> yolları")
            #expect(title["html"] as? String == "<cite>İnsan ticareti ve Türkiye: <i>göç</i> yolları</cite>")
            #expect(title["markdown"] as? String == "İnsan ticareti ve Türkiye: *göç* yolları")
        }
    }
}
