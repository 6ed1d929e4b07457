import Foundation
@testable import Report
import Storage
import Testing

/// What a reader who cannot see the page, or who prints it, gets from the HTML and Markdown
/// briefs and their charts (review of session 48): the charted numbers as text, names for
/// citation and note links with a way back, table captions and row headers, print wrapping, and
/// chart labels clear of the error bars.
@Suite("brief accessibility: chart text alternatives, link names, table headers, print wrapping")
struct BriefAccessibilityTests {
    /// Forced labour in the world at four periods (a 95% interval, a 90% interval, a range
    /// without a level, a value alone), one figure for France with a note, modern slavery once,
    /// and a blog's repeat of the 2021 figure, cited in How these numbers travel.
    private func sample() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2022")
        try scratch.source("blog", kind: "blog-post", authors: "Doe, Jane", publisher: nil, published: "2023")
        try scratch.figure("fl-2012", value: 20_900_000, period: ("2012", "2012"), source: "ilo", low: 19_000_000, high: 22_000_000)
        try scratch.figure("fl-2016", value: 24_900_000, period: ("2016", "2016"), source: "ilo", low: 23_000_000, high: 26_000_000)
        try scratch.figure("fl-2019", value: 26_000_000, period: ("2019", "2019"), source: "ilo", low: 24_000_000, high: 29_000_000)
        try scratch.figure("fl-2021", value: 27_600_000, source: "ilo", notes: "Minimum estimate.")
        try scratch.figure("fl-fra", value: 1_000, place: "FRA", source: "ilo", notes: "Detected victims only.")
        try scratch.figure("ms", measure: "modern-slavery", value: 49_600_000, source: "ilo")
        try scratch.figure("blog-fl", value: 27_600_000, period: ("2021", "2021"), source: "blog", cites: "fl-2021", method: "reported")
        try scratch.db.execute("UPDATE figures SET ci_level = 0.95 WHERE key = 'fl-2012'")
        try scratch.db.execute("UPDATE figures SET ci_level = 0.90 WHERE key = 'fl-2016'")
        return scratch
    }

    private func html(_ brief: Brief) throws -> XMLTree.Element {
        let page = try BriefRenderer.render(brief, as: .html, chartStem: nil).text
        return try #require(XMLTree.parse(page), "the HTML brief does not parse as XML")
    }

    /// A table's body rows, each as its cells' names and texts.
    private func rows(_ table: XMLTree.Element?) -> [[(name: String, text: String)]] {
        (table?.first("tbody")?.children("tr") ?? []).map { $0.children.map { ($0.name, $0.text) } }
    }

    @Test("HTML: each chart is named by its title alone, its figures follow it as a table, and its description is read once")
    func htmlChartFigures() throws {
        let brief = try sample().brief()
        let chart = try #require(brief.charts.first { $0.id == "chart-forced-labour" })
        let page = try html(brief)
        let figure = try #require(page.first("figure", id: "chart-forced-labour"))
        let svg = try #require(figure.first("svg"))
        #expect(svg["role"] == "img")
        #expect(svg["aria-labelledby"] == "chart-forced-labour-title")
        // The caption says what the chart shows; a desc saying it again was read twice.
        #expect(svg["aria-describedby"] == nil)
        #expect(svg.first("desc") == nil)
        #expect(figure.first("figcaption")?.text.hasPrefix(chart.description + " Source: ILO 2022 [1].") == true)

        let table = try #require(page.first("table", id: "chart-forced-labour-figures"))
        #expect(table.first("caption")?.text == "Figures drawn in the chart: Forced labour, World, 2012-2021")
        #expect(table.first("thead")?.all("th").map(\.text) == ["Reference period", "Figure", "Range", "Source"])
        let cells = rows(table)
        #expect(cells.map { $0.map(\.text) } == [
            ["2012", "20.9 million", "19 to 22 million (95% interval)", "ILO 2022 [1]"],
            ["2016", "24.9 million", "23 to 26 million (90% interval)", "ILO 2022 [1]"],
            ["2019", "26 million", "24 to 29 million", "ILO 2022 [1]"],
            ["2021", "27.6 million", "", "ILO 2022 [1]"],
        ])
        #expect(cells.allSatisfy { $0.first?.name == "th" })
        #expect(table.first("tbody")?.all("th").allSatisfy { $0["scope"] == "row" } == true)
    }

    @Test("SVG file and Markdown with -o: the chart's desc lists its figures, and a table of them follows the image")
    func fileChartFigures() throws {
        let brief = try sample().brief()
        let chart = try #require(brief.charts.first { $0.id == "chart-forced-labour" })
        let svg = try #require(XMLTree.parse(BriefRenderer.standaloneSVG(chart))?.first("svg"))
        #expect(svg["aria-labelledby"] == "chart-forced-labour-title")
        #expect(svg["aria-describedby"] == "chart-forced-labour-desc")
        #expect(svg.first("desc", id: "chart-forced-labour-desc")?.text == chart.description + " Figures drawn: "
            + "2012, 20.9 million (19 to 22 million (95% interval)), ILO 2022 [1]; "
            + "2016, 24.9 million (23 to 26 million (90% interval)), ILO 2022 [1]; "
            + "2019, 26 million (24 to 29 million), ILO 2022 [1]; 2021, 27.6 million, ILO 2022 [1].")

        let markdown = try BriefRenderer.render(brief, as: .md, chartStem: "brief").text
        #expect(markdown.contains("""
            ### Forced labour, World, 2012-2021

            ![\(MarkdownText.escape(chart.description)) Its figures are in the table below.](brief-chart-forced-labour.svg)

            | Reference period | Figure | Range | Source |
            | --- | --- | --- | --- |
            | 2012 | 20.9 million | 19 to 22 million (95% interval) | ILO 2022 [1] |
            | 2016 | 24.9 million | 23 to 26 million (90% interval) | ILO 2022 [1] |
            | 2019 | 26 million | 24 to 29 million | ILO 2022 [1] |
            | 2021 | 27.6 million |  | ILO 2022 [1] |

            Source: ILO 2022 [1]. Reference periods, not publication years. Drawn by tipdb.
            """), "\(markdown)")
    }

    @Test("HTML: every citation link says which reference it is, and each reference and note links back to where it was first cited")
    func citationNames() throws {
        let brief = try sample().brief()
        let page = try html(brief)
        let links = page.all("a")
        let labels = Dictionary(uniqueKeysWithValues: brief.references.map { ($0.number, $0.label) })
        for link in links {
            guard let href = link["href"], href.hasPrefix("#ref-"), let number = Int(href.dropFirst(5)), let label = labels[number] else { continue }
            // Its text names the source (`ILO 2022 [1]`), or its aria-label does (`[1]` in running text).
            let named = link.text.hasPrefix("\(label) [\(number)") || link["aria-label"] == "Reference \(number): \(label)"
            #expect(named, "link \(link.text) to reference \(number) has no name that says which")
        }
        let ids = Set(page.descendants.compactMap { $0["id"] })
        for reference in brief.references {
            let item = try #require(page.first("li", id: "ref-\(reference.number)"))
            let back = try #require(item.all("a").first { $0["class"] == "back" }, "reference \(reference.number) has no link back")
            #expect(back["href"] == "#cite-\(reference.number)")
            #expect(back["aria-label"] == "Back to the first citation of reference \(reference.number)")
            // The first link to the reference in the page is the one it links back to.
            let first = links.first { $0["href"] == "#ref-\(reference.number)" }
            #expect(first?["id"] == "cite-\(reference.number)")
        }
        #expect(brief.references.count == 2)

        // Notes: "Note a", and back from the note to the first row that cites it.
        let noteLinks = links.filter { $0["href"]?.contains("-note-") == true && $0["class"] != "back" }
        #expect(!noteLinks.isEmpty)
        for link in noteLinks { #expect(link["aria-label"] == "Note \(link.text)") }
        let notes = page.all("ol").filter { $0["class"] == "notes" }.flatMap { $0.children("li") }
        #expect(notes.count == 4)
        for note in notes {
            let id = try #require(note["id"])
            let back = try #require(note.all("a").first { $0["class"] == "back" })
            #expect(back["href"] == "#\(id)-cite")
            #expect(ids.contains(id + "-cite"), "no row links to note \(id)")
            #expect(noteLinks.first { $0["href"] == "#\(id)" }?["id"] == id + "-cite")
        }
    }

    @Test("HTML: the Key figures table has a caption and names measure and place as row headers; figures tables name place and period")
    func tableHeaders() throws {
        let page = try html(try sample().brief())
        let key = try #require(page.first("table", id: "key-figures-table"))
        #expect(key.first("caption")?.text == "Key figures: the most recent primary figure for each measure and place")
        let keyRows = rows(key)
        #expect(keyRows.map { $0.prefix(2).map(\.text) } == [["Modern slavery", "World"], ["Forced labour", "World"], ["Forced labour", "France"]])
        #expect(keyRows.allSatisfy { $0.prefix(2).allSatisfy { $0.name == "th" } && $0.dropFirst(2).allSatisfy { $0.name == "td" } })
        let figures = try #require(page.first("table", id: "figures-forced-labour"))
        for row in rows(figures) {
            #expect(row.map(\.name) == ["td", "td", "th", "th", "td", "td", "td", "td", "td"])
        }
        #expect(rows(figures).first.map { [$0[2].text, $0[3].text] } == ["World", "2012"])
        #expect(figures.first("tbody")?.all("th").allSatisfy { $0["scope"] == "row" } == true)
        let provenance = try #require(page.first("section", id: "provenance"))
        #expect(provenance.first("caption")?.text == "Ingest batches")
    }

    @Test("print: keys, hashes, paths and the command wrap anywhere, numbers at their spaces, so no column falls off an A4 page")
    func printWrapping() throws {
        let text = try BriefRenderer.render(try sample().brief(), as: .html, chartStem: nil).text
        let print = try #require(text.range(of: "@media print {").map { String(text[$0.upperBound...]) })
        #expect(print.contains(".key, .path, pre { word-break: break-all; }"))
        #expect(print.contains("td.number { white-space: normal; }"))
        #expect(text.contains(".key, .path { overflow-wrap: anywhere; }"))
        #expect(text.contains("pre { white-space: pre-wrap; overflow-wrap: anywhere; }"))
        let page = try html(try sample().brief())
        let cells = try #require(page.first("section", id: "provenance")?.first("tbody")?.first("tr")?.children)
        #expect(cells.map { $0["class"] } == [nil, "path", "key", nil, "path", "number"])
        #expect(cells[2].text == "abc123")
    }

    @Test("chart: a value label is not crossed by its error bar, and the error bars' key wraps to fit the chart")
    func labelsClearOfBars() throws {
        let brief = try sample().brief()
        let chart = try #require(brief.charts.first { $0.id == "chart-forced-labour" })
        let svg = try #require(XMLTree.parse(chart.svg)?.first("svg"))
        let points = try #require(svg.all("g").first { $0["class"] == "points" })
        var checked = 0
        for point in points.children("g") {
            guard let bar = point.children("line").first(where: { $0["x1"] == $0["x2"] && $0["stroke-width"] == "1.5" }),
                let label = point.children("text").first(where: { $0["font-size"] == "11" }),
                let barX = Double(bar["x1"] ?? ""), let y1 = Double(bar["y1"] ?? ""), let y2 = Double(bar["y2"] ?? ""),
                let x = Double(label["x"] ?? ""), let y = Double(label["y"] ?? "")
            else { continue }
            checked += 1
            switch label["text-anchor"] {
            case "start": #expect(x > barX + 5, "\(label.text) starts on its bar")
            case "end": #expect(x < barX - 5, "\(label.text) ends on its bar")
            default:
                // 11-unit text: from 9 above its baseline to 2 below.
                #expect(y + 2 <= min(y1, y2) || y - 9 >= max(y1, y2), "\(label.text) at y \(y) is crossed by the bar from \(y1) to \(y2)")
            }
        }
        #expect(checked == 3)
        let legend = try #require(svg.all("g").first { $0["class"] == "legend" }).children("text").map(\.text)
        let key = try #require(ChartBars.legend(chart.points))
        #expect(key == "Error bars: 95% and 90% intervals (solid, each labelled with its level); a range without a stated level (dashed).")
        let start = try #require(legend.firstIndex { $0.hasPrefix("Error bars:") })
        #expect(legend[start...].joined(separator: " ") == key)
        #expect(legend[start...].allSatisfy { $0.count <= ChartRenderer.keyLineLength })
        #expect(legend.count - start == 2)
    }
}
