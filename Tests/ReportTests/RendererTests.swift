import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Report
import Storage
import Testing

/// Collects element names, ids and hrefs while checking that a document is well-formed XML.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var ids: Set<String> = []
    var hrefs: [String] = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        if let id = attributes["id"] { ids.insert(id) }
        if let href = attributes["href"] { hrefs.append(href) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    /// Parses `document`; returns nil when it is not well-formed.
    static func parse(_ document: String) -> XMLCollector? {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite("renderers: HTML, SVG, Markdown, CSV, JSON, templates")
struct RendererTests {
    private func sample() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2017-09", url: "https://example.org/a?b=1&c=2", accessed: "2026-11-29")
        try scratch.source("blog", kind: "blog-post", authors: "Doe, Jane; Acme & Partners", publisher: nil, published: "2018")
        try scratch.figure("a", value: 20_900_000, period: ("2002", "2011"), source: "ilo", low: 19_000_000, high: 22_000_000)
        try scratch.figure("b", value: 24_900_000, period: ("2016", "2016"), source: "ilo")
        try scratch.figure("c", value: 25_000_000, period: ("2016", "2016"), source: "blog", cites: "b", method: "reported")
        try scratch.figure("small", value: nil, place: "FRA", source: "ilo", low: 1, high: 4, censored: true)
        try scratch.figure("odd", value: 3, unit: "percent", source: "blog", form: "sexual-exploitation")
        return scratch
    }

    @Test("the HTML page is well-formed XML, self-contained, and every figure's citation resolves")
    func html() throws {
        let brief = try sample().brief()
        let page = try BriefRenderer.render(brief, as: .html, chartStem: nil).text
        let xml = try #require(XMLCollector.parse(page), "the HTML brief does not parse as XML")
        #expect(!xml.elements.contains("script"))
        #expect(!page.contains("src=\"http"))
        #expect(xml.elements.filter { $0 == "svg" }.count == brief.charts.count)
        for href in xml.hrefs where href.hasPrefix("#") {
            #expect(xml.ids.contains(String(href.dropFirst())), "\(href) does not resolve")
        }
        for figure in brief.figureGroups.flatMap(\.figures) {
            #expect(xml.ids.contains("ref-\(figure.citation)"))
            #expect(brief.references[figure.citation - 1].key == figure.source)
        }
        #expect(page.contains("<td class=\"number\">&lt;5</td>"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("<a class=\"url\" href=\"https://example.org/a?b=1&amp;c=2\">"))
    }

    @Test("text XML cannot hold (control characters, U+FFFE, U+FFFF) is dropped, so the page still parses")
    func charactersXMLCannotHold() throws {
        let scratch = try sample()
        try scratch.figure("noted", value: 7, place: "DEU", source: "ilo", notes: "a\u{FFFE}b\u{7}c\u{FFFF} <d>")
        let page = try BriefRenderer.render(try scratch.brief(), as: .html, chartStem: nil).text
        #expect(XMLCollector.parse(page) != nil, "the HTML brief does not parse as XML")
        #expect(page.contains("abc &lt;d&gt;"))
        #expect(XMLText.escape("x\u{FFFE}y") == "xy")
    }

    @Test("every chart is valid SVG with a title, axis titles and real text")
    func charts() throws {
        let brief = try sample().brief()
        let chart = try #require(brief.charts.first)
        #expect(chart.points.map(\.key) == ["a", "b"])
        let svg = try #require(XMLCollector.parse(BriefRenderer.standaloneSVG(chart)))
        #expect(svg.elements.first == "svg")
        #expect(svg.elements.dropFirst().first == "title")
        #expect(svg.elements.contains("desc"))
        #expect(svg.text.contains("Forced labour, World, 2002-2016"))
        #expect(svg.text.contains("Reference period (year)"))
        #expect(svg.text.contains("People"))
        #expect(svg.text.contains("20 million"))
        let files = try BriefRenderer.render(brief, as: .md, chartStem: "brief").files
        #expect(files.map(\.name) == ["brief-chart-forced-labour.svg"])
        #expect(files[0].text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ChartMark.comment + "\n<svg "))
        #expect(ChartMark.owner(in: Array(files[0].text.utf8.prefix(ChartMark.headLength))) == .unnamed)
        #expect(ChartMark.owner(in: Array(chart.svg.utf8)) == nil)
    }

    @Test("Markdown escapes data, cites every figure, and points to chart files")
    func markdown() throws {
        let brief = try sample().brief()
        let stdout = try BriefRenderer.render(brief, as: .md, chartStem: nil).text
        #expect(stdout.contains("| \\<5 |"))
        #expect(stdout.contains("Doe, Jane and Acme & Partners (2018)"))
        // No chart file on standard output: the chart's figures as a table, and no word of a drawing.
        #expect(stdout.contains("### Forced labour, World, 2002-2016\n\n| Reference period | Figure | Range | Source |\n"))
        #expect(!stdout.contains("Drawn by tipdb") && !stdout.contains("-o FILE"))
        // The advice to write it with -o is for the command to print on standard error, once.
        #expect(try BriefRenderer.render(brief, as: .md, chartStem: nil).notes == [
            "the chart is given as a table of figures: chart files are written only beside a Markdown file; "
                + "write the brief with -o FILE.md (such as -o brief.md) to get it as an SVG file",
        ])
        #expect(try BriefRenderer.render(brief, as: .md, chartStem: "brief").notes == [])
        #expect(try BriefRenderer.render(brief, as: .html, chartStem: nil).notes == [])
        let file = try BriefRenderer.render(brief, as: .md, chartStem: "brief").text
        #expect(file.contains("](brief-chart-forced-labour.svg)"))
        for reference in brief.references { #expect(file.contains("[\(reference.number)] ")) }
    }

    @Test("CSV is RFC 4180: CRLF, quoted fields, one row per figure")
    func csv() throws {
        let brief = try sample().brief()
        let text = try BriefRenderer.render(brief, as: .csv, chartStem: nil).text
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("key,measure,measure_label,value,censored,low,high") == true)
        #expect(lines.count == brief.figureGroups.flatMap(\.figures).count + 2)
        #expect(lines.last == "")
        #expect(text.contains("\"US dollars\"") == false)
        #expect(text.contains(",\"Doe 2018 and ...\"") == false)
        #expect(lines.contains { $0.hasPrefix("small,forced-labour,Forced labour,,1,1,4,,persons,<5,") })
    }

    @Test("JSON is the data model; a template renders the same model")
    func jsonAndTemplate() throws {
        let brief = try sample().brief()
        let json = try BriefRenderer.render(brief, as: .json, chartStem: nil).text
        let decoded = try JSONDecoder().decode(Brief.self, from: Data(json.utf8))
        #expect(decoded == brief)
        let template = """
            # {{title}} ({{date}})
            {{#keyFigures}}- {{measureLabel}}: {{figure.text}} [{{figure.citation}}]
            {{/keyFigures}}{{#references}}[{{number}}] {{label}}
            {{/references}}
            """
        let text = try BriefRenderer.render(brief, template: template, path: "org.mustache", format: .md).text
        #expect(text.hasPrefix("# \(brief.title) (2026-11-29)\n- Forced labour: 24.9 million [1]\n"))
        let html = try BriefRenderer.render(brief, template: "{{#references}}{{#last()}}{{text}}{{/last()}}|{{label}};{{/references}}", path: "t", format: .html).text
        #expect(html.contains("Doe 2018") || html.contains("ILO 2017"))
        #expect(html.contains("&amp;"), "values are HTML-escaped with --format html: \(html)")
        #expect(throws: ReportError.self) { try BriefRenderer.render(brief, template: "{{#open}}", path: "bad.mustache", format: .md) }
    }

    @Test("the same database gives the same bytes in every format")
    func reproducible() throws {
        let scratch = try sample()
        for format in ReportFormat.allCases {
            let first = try BriefRenderer.render(try scratch.brief(), as: format, chartStem: "b")
            let second = try BriefRenderer.render(try scratch.brief(), as: format, chartStem: "b")
            #expect(first.text == second.text)
            #expect(first.files == second.files)
        }
    }
}
