/// Writes a brief as one self-contained XHTML-compatible page: inline CSS and SVG, no scripts,
/// no external requests, semantic headings, table headers, a print stylesheet for A4.
///
/// The page is well-formed XML (every element closed, only XML's five entities), so it opens
/// in browsers as HTML and in XML tools as XHTML.
struct HTMLRenderer {
    let brief: Brief

    func e(_ text: String) -> String { XMLText.escape(text) }

    /// Escapes a text and turns its `[n]` citations into links to the reference list, in one pass.
    func cited(_ text: String) -> String {
        let escaped = e(text)
        guard escaped.utf8.contains(UInt8(ascii: "[")) else { return escaped }
        var out = ""
        var rest = Substring(escaped)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]"), let number = Int(after[..<close]) {
                out += "<a href=\"#ref-\(number)\">[\(number)]</a>"
                rest = after[after.index(after: close)...]
            } else {
                out += "["
                rest = after
            }
        }
        out += rest
        return out
    }

    func citation(_ number: Int) -> String { "<a href=\"#ref-\(number)\">[\(number)]</a>" }

    /// `[3, p. 4]`, linked to reference 3: a figure's citation with its locator (page, table),
    /// which a 60-page report needs for a reader to find the number (`[3]` alone when it has none).
    func citation(_ number: Int, locator: String?, method: String) -> String {
        guard let locator = FigureLocator.text(locator, method: method) else { return citation(number) }
        return "<a href=\"#ref-\(number)\">[\(number), \(e(locator))]</a>"
    }

    /// The page as UTF-8 bytes (see `RenderedBrief.utf8`).
    func render() -> [UInt8] {
        var out = TextBuffer(capacity: brief.figureGroups.reduce(16_384) { $0 + $1.figures.count * 520 })
        out += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"tipdb \(e(brief.provenance.tipdbVersion))\"/>\n"
        out += "<meta name=\"date\" content=\"\(e(brief.date))\"/>\n"
        out += "<title>\(e(brief.title))</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(e(brief.title))</h1>\n"
        out += "<p class=\"meta\">Date: <time datetime=\"\(e(brief.date))\">\(e(brief.date))</time></p>\n"
        out += "<p class=\"meta\">Scope: \(e(brief.scope.description))</p>\n"
        let scope = brief.scope
        out += "<p class=\"meta\">\(Words.count(scope.figureCount, "figure")) for \(Words.count(scope.measureCount, "measure")) "
        out += "and \(Words.count(scope.placeCount, "place")), from \(Words.count(scope.sourceCount, "source")); "
        out += "\(Words.countOrNo(scope.studyCount, "study", "studies")).</p>\n</header>\n"
        out += "<nav aria-label=\"Contents\">\n<ol>\n"
        for (id, title) in Self.sections { out += "<li><a href=\"#\(id)\">\(title)</a></li>\n" }
        out += "</ol>\n</nav>\n<main>\n"
        keyFigures(&out)
        comparability(&out)
        charts(&out)
        lineage(&out)
        studies(&out)
        gaps(&out)
        figures(&out)
        references(&out)
        provenance(&out)
        out += "</main>\n</body>\n</html>\n"
        return out.bytes
    }

    static let sections = [
        ("key-figures", "Key figures"), ("comparability", "Comparability"), ("charts", "Charts"),
        ("lineage", "How these numbers travel"), ("studies", "Studies"), ("gaps", "Data gaps"),
        ("figures", "All figures"), ("references", "References"), ("provenance", "Provenance"),
    ]

    func open(_ out: inout TextBuffer, _ id: String, first: Bool = false) {
        let title = Self.sections.first { $0.0 == id }?.1 ?? id
        out += "<section id=\"\(id)\" class=\"major\(first ? " first" : "")\" aria-labelledby=\"\(id)-heading\">\n"
        out += "<h2 id=\"\(id)-heading\">\(title)</h2>\n"
    }
}
