import Foundation
import Testing
import TestSupport

/// tipdb's Markdown put through a real CommonMark renderer (markdown-it-py, `make markdown-renderer`):
/// what a reader sees must be the data, each link must point at the exact address, and each
/// table row must keep its cells. Our own assertions had only checked the characters written:
/// a URL came out as `GLOTiP\_2022\_web.pdf`, a study summary `1. Most…` became a numbered list,
/// and `tipdb sql --format md` let `*draft*` turn into italics.
@Suite("Markdown output as a CommonMark renderer shows it (built binary, markdown-it-py)")
struct MarkdownRenderedOutputTests {
    static let glotip = "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"
    static let oddURL = "https://example.org/a_(b)*[c]?q=a_b&x=1#frag"
    static let doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"
    static let oddTitle = #"*Global* _Report_ | on <b>Trafficking</b> [1] back\slash"#
    static let studyTitle = "1. Study *one* | pipe"
    static let summary = "1. Most victims were adults, [2] of them <i>children</i>"
    static let quote = "victims_under *18* | in #Nigeria"
    static let note = #"note | with <pipe> and a\|b"#

    /// Loads sources, a study and figures whose text Markdown would read as markup.
    static func makeAdversarialDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let files = [
            "sources.csv": """
                key,title,publisher,date,url,doi
                glotip,"\(oddTitle)",UNODC,2023,\(glotip),\(doi)
                hash,# Leading hash,Institute #1,2020,"\(oddURL)",
                dash,1. Numbered start,- Dash Press,2021,https://example.org/x,

                """,
            "studies.csv": """
                key,title,source,method,period,places,population,sample_size,summary
                st1,"\(studyTitle)",glotip,survey,2019,NGA,- adults,100,"\(summary)"

                """,
            "figures.csv": """
                key,measure,value,place,period,source,study,quote,notes
                f1,forced-labour,100,NGA,2019,glotip,st1,"\(quote)","\(note)"
                f2,forced-labour,200,NGA,2020,hash,,,
                f3,forced-labour,300,NGA,2021,dash,,,

                """,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let load = try Tipdb.run(["ingest", "sources.csv", "studies.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// Runs tipdb, expects exit 0, and renders what it printed.
    static func rendered(_ arguments: [String], in dir: URL) throws -> (markdown: String, blocks: [RenderedBlock]) {
        let result = try Tipdb.run(arguments, in: dir)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return (result.stdout, try CommonMarkRenderer.render(result.stdout))
    }

    /// What holds for all of tipdb's Markdown: no data became HTML or a numbered list (tipdb writes none).
    static func expectNoMarkupFromData(_ blocks: [RenderedBlock], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let html = blocks.flatMap { $0.html ?? [] }
        #expect(html.isEmpty, "\(what): raw HTML \(html)", sourceLocation: sourceLocation)
        let numbered = blocks.filter { $0.block.contains("ol") }
        #expect(numbered.isEmpty, "\(what): numbered list \(numbered)", sourceLocation: sourceLocation)
    }

    /// The paragraph of reference `number` (`[n] …`).
    static func reference(_ number: Int, in blocks: [RenderedBlock]) throws -> RenderedBlock {
        try #require(blocks.first { $0.block == "p" && $0.text?.hasPrefix("[\(number)] ") == true }, "no reference [\(number)]")
    }

    /// The DOI as APA 7 writes it, its doi.org address (session 52), which a renderer shows decoded.
    static let doiLink = RenderedLink(href: "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O", text: "https://doi.org/" + doi)
    /// markdown-it percent-encodes `[` and `]` in an href, as a browser sends them; the text is the address as stored.
    static let oddLink = RenderedLink(href: "https://example.org/a_(b)*%5Bc%5D?q=a_b&x=1#frag", text: oddURL)

    @Test("brief md: URLs are autolinks to the exact address, titles and summaries read as the data, the tables keep their cells")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try Self.makeAdversarialDatabase(in: dir)
            let (markdown, blocks) = try Self.rendered(["report", "brief", "--date", "2026-12-01"], in: dir)
            Self.expectNoMarkupFromData(blocks, "brief")
            // The address in the file is the address: no backslash in it.
            #expect(markdown.contains("<\(Self.glotip)>. <https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O>."), "\(markdown)")
            #expect(markdown.contains("<\(Self.oddURL)>."), "\(markdown)")

            let unodc = try Self.reference(2, in: blocks)
            #expect(unodc.text == "[2] UNODC (2023). \(Self.oddTitle). \(Self.glotip). https://doi.org/\(Self.doi).")
            #expect(unodc.links == [RenderedLink(href: Self.glotip, text: Self.glotip), Self.doiLink])
            let hash = try Self.reference(3, in: blocks)
            #expect(hash.text == "[3] Institute #1 (2020). # Leading hash. \(Self.oddURL).")
            #expect(hash.links == [Self.oddLink])
            #expect(try Self.reference(1, in: blocks).text == "[1] - Dash Press (2021). 1. Numbered start. https://example.org/x.")

            #expect(blocks.contains { $0.block == "h3" && $0.text == Self.studyTitle })
            #expect(blocks.contains { $0.block == "p" && $0.text == Self.summary }, "\(blocks.filter { $0.block == "p" })")
            #expect(blocks.contains { $0.block == "ul>li>p" && $0.text == "Population: - adults" })

            // The figures table: nine cells a row, the Key last, whatever the cells before it hold.
            let figures = try #require(blocks.first { $0.rows?.first?.first == "Figure" })
            #expect(figures.rows == [
                ["Figure", "Range", "Place", "Reference period", "Subgroup", "Method", "Source", "Note", "Key"],
                ["100", "", "Nigeria", "2019", "all", "estimated (survey)", "UNODC 2023 [2]", "a", "f1"],
                ["200", "", "Nigeria", "2020", "all", "estimated", "Institute #1 2020 [3]", "", "f2"],
                ["300", "", "Nigeria", "2021", "all", "estimated", "- Dash Press 2021 [1]", "", "f3"],
            ])
            // The note ends with the figure's quote, which reads as the data too.
            let note = "a. \(Self.note). In the source's words: \"\(Self.quote)\""
            #expect(blocks.contains { $0.block == "ul>li>p" && $0.text == note }, "\(blocks)")
        }
    }

    @Test("brief md: a title with a line of backticks stays inside the provenance's code block")
    func fencedCommand() throws {
        try withTemporaryDirectory { dir in
            try Self.makeAdversarialDatabase(in: dir)
            let title = "Title\n```\n# Injected ````"
            let (markdown, blocks) = try Self.rendered(["report", "brief", "--date", "2026-12-01", "--title", title], in: dir)
            Self.expectNoMarkupFromData(blocks, "brief")
            #expect(markdown.contains("\n`````sh\ntipdb report brief --title 'Title\n```\n# Injected ````' --format md --date 2026-12-01\n`````\n"), "\(markdown)")
            #expect(blocks.filter { $0.block == "code" }.map(\.text) == ["tipdb report brief --title '\(title)' --format md --date 2026-12-01\n"])
            #expect(blocks.filter { $0.block == "h1" }.map(\.text) == ["Title ``` # Injected ````"])
            // The batch table is the last table; the figures' digest follows it (session 52).
            #expect(blocks.last { $0.rows != nil }?.rows?.first == ["Batch", "File", "SHA-256", "Kind", "Ingested", "Figures in this brief"])
        }
    }

    @Test("report lineage, sources and studies md: references link the exact address; list items and summaries stay the data")
    func otherReports() throws {
        try withTemporaryDirectory { dir in
            try Self.makeAdversarialDatabase(in: dir)
            let lineage = try Self.rendered(["report", "lineage", "f1", "--format", "md"], in: dir)
            Self.expectNoMarkupFromData(lineage.blocks, "lineage")
            #expect(lineage.blocks.contains { $0.block == "ul>li>ul>li>p" && $0.text == "\"\(Self.quote)\"" }, "\(lineage.blocks)")
            let entry = try Self.reference(1, in: lineage.blocks)
            #expect(entry.links == [RenderedLink(href: Self.glotip, text: Self.glotip), Self.doiLink])
            #expect(entry.text == "[1] UNODC (2023). \(Self.oddTitle). \(Self.glotip). https://doi.org/\(Self.doi).")

            let sources = try Self.rendered(["report", "sources", "--format", "md"], in: dir)
            Self.expectNoMarkupFromData(sources.blocks, "sources")
            #expect(sources.blocks.map(\.block) == ["h1", "ul>li>p", "ul>li>p", "ul>li>p"], "\(sources.blocks)")
            #expect(sources.blocks.contains { $0.text == "- Dash Press (2021). 1. Numbered start. https://example.org/x. (key: dash)" }, "\(sources.blocks)")
            #expect(sources.blocks.contains { $0.links == [Self.oddLink] && $0.text == "Institute #1 (2020). # Leading hash. \(Self.oddURL). (key: hash)" })

            let studies = try Self.rendered(["report", "studies", "--format", "md"], in: dir)
            Self.expectNoMarkupFromData(studies.blocks, "studies")
            #expect(studies.blocks.contains { $0.block == "h2" && $0.text == Self.studyTitle })
            #expect(studies.blocks.contains { $0.block == "p" && $0.text == Self.summary }, "\(studies.blocks)")
            #expect(try Self.reference(1, in: studies.blocks).links == [RenderedLink(href: Self.glotip, text: Self.glotip), Self.doiLink])
        }
    }

    @Test("sql md: each value reads as it is, in its own cell")
    func sql() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let values = ["*draft*", #"a\|b"#, "<b>x</b>", "_under_", "[1]", "1. x", "# h", Self.glotip, "&copy;", "two\nlines"]
            let query = "SELECT " + values.enumerated().map { "'\($0.element)' AS c\($0.offset)" }.joined(separator: ", ")
            let (markdown, blocks) = try Self.rendered(["sql", query, "--format", "md"], in: dir)
            Self.expectNoMarkupFromData(blocks, "sql")
            #expect(blocks.map(\.block) == ["table"], "\(markdown)")
            // A line break reads as ↵, as in the table output.
            #expect(blocks.first?.rows == [values.indices.map { "c\($0)" }, values.map { $0.replacingOccurrences(of: "\n", with: "↵") }], "\(markdown)")
        }
    }

    @Test("the Fixtures' brief, lineage, sources, studies and schema render with no data turned into markup")
    func fixtures() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let brief = try Self.rendered(["report", "brief", "--date", "2026-11-29"], in: dir)
            Self.expectNoMarkupFromData(brief.blocks, "brief")
            // Every figure's row ends with its key: no cell was split or lost.
            let keys = try Tipdb.run(["sql", "SELECT key FROM figures ORDER BY key", "--format", "csv"], in: dir)
                .stdout.split(separator: "\r\n").dropFirst().map(String.init)
            let tables = brief.blocks.filter { $0.rows?.first?.first == "Figure" }
            let rows = tables.flatMap { table in table.rows?.dropFirst().map { row in (row, table.rows?.first?.count ?? 0) } ?? [] }
            #expect(rows.allSatisfy { $0.0.count == $0.1 && ($0.1 == 8 || $0.1 == 9) })
            #expect(rows.map { $0.0.last ?? "" }.sorted() == keys)
            let references = brief.blocks.filter { $0.block == "p" && $0.text?.first == "[" }
            #expect(references.count == 11)

            for arguments in [["report", "lineage", "francis-2013-trafficked-wld", "--format", "md"], ["report", "sources"],
                              ["report", "studies"], ["schema", "--format", "md"]] {
                Self.expectNoMarkupFromData(try Self.rendered(arguments, in: dir).blocks, arguments.joined(separator: " "))
            }
        }
    }
}
