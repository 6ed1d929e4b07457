/// Writes a brief as one self-contained XHTML-compatible page: inline CSS and SVG, no scripts,
/// no external requests, semantic headings, table headers, a print stylesheet for A4.
///
/// The page is well-formed XML (every element closed, only XML's five entities), so it opens
/// in browsers as HTML and in XML tools as XHTML.
struct HTMLRenderer {
    let brief: Brief
    /// Each reference's name for a citation link in running text, escaped for an attribute:
    /// `Reference 3: ILO 2005` is `names[2]`.
    let names: [String]
    /// The references cited so far, whose first links carry the ids the list links back to.
    let firsts: FirstCitations

    init(brief: Brief) {
        self.brief = brief
        names = brief.references.map { XMLText.escape("Reference \($0.number): \($0.label)") }
        firsts = FirstCitations(references: brief.references.count)
    }

    func e(_ text: String) -> String { XMLText.escape(text) }

    /// Escapes a text and turns the citations tipdb wrote in it (`marks`) into links to the
    /// reference list, in one pass.
    func cited(_ text: String, marks: CitationMarks) -> String {
        var out = TextBuffer(capacity: text.utf8.count + 32)
        Self.appendCited(text, marks: marks, names: names, firsts: firsts, to: &out)
        return out.text
    }

    /// `cited(_:marks:)` written straight into `out`: one walk over the text's bytes, where
    /// escaping it into a new string and then cutting that into substrings cost a brief's many
    /// cautions and lineage lines some 3 % of its main thread. Only the brackets at `marks` are
    /// links: any other `[3]` is the text's own (a retraction's reason, a title) and stays text.
    ///
    /// Each link is named for a screen reader by `names` (`Reference 3: ILO 2005`): a link list
    /// read out of context said "3", "3", "5". The text before it usually names the source, but
    /// only the brackets are marked, so the name goes in `aria-label`. The first link to each
    /// reference gets the id its entry links back to (`firsts`; nil in the parallel tables).
    static func appendCited(_ text: String, marks: CitationMarks, names: [String], firsts: FirstCitations?, to out: inout TextBuffer) {
        var text = text
        text.withUTF8 { utf8 in
            var written = 0
            for index in marks.offsets where index >= written && index < utf8.count {
                guard utf8[index] == UInt8(ascii: "["),
                    let close = utf8[(index + 1)...].firstIndex(of: UInt8(ascii: "]")),
                    let number = Int(String(decoding: UnsafeBufferPointer(rebasing: utf8[(index + 1)..<close]), as: UTF8.self))
                else { continue }
                out.append(xml: UnsafeBufferPointer(rebasing: utf8[written..<index]))
                out.append("<a ")
                if let id = firsts?.id(number) {
                    out.append("id=\"")
                    out += id
                    out.append("\" ")
                }
                out.append("href=\"#ref-")
                out.append(decimal: number)
                if names.indices.contains(number - 1) {
                    out.append("\" aria-label=\"")
                    out += names[number - 1]
                }
                out.append("\">[")
                out.append(decimal: number)
                out.append("]</a>")
                written = close + 1
            }
            out.append(xml: UnsafeBufferPointer(rebasing: utf8[written...]))
        }
    }

    /// `[3]` linked to reference 3, named `Reference 3: ILO 2005` (see `appendCited`).
    func citation(_ number: Int) -> String {
        let name = names.indices.contains(number - 1) ? "\" aria-label=\"\(names[number - 1])" : ""
        let id = firsts.id(number).map { "id=\"\($0)\" " } ?? ""
        return "<a \(id)href=\"#ref-\(number)\(name)\">[\(number)]</a>"
    }

    /// `<a href="#ref-3">ILO 2005 [3, p. 4]</a>`: a figure's source and citation with its locator
    /// (page, table), which a 60-page report needs for a reader to find the number (`[3]` alone
    /// when it has none), as one link.
    ///
    /// Why the label inside the link: `[3]` alone made no sense in a screen reader's list of links
    /// ("3", "3", "5"); `ILO 2005 [3]` does, in the same bytes, with no name to add to each of a
    /// large brief's rows.
    func source(_ label: String, _ number: Int, locator: String? = nil, method: String = "") -> String {
        var out = TextBuffer(capacity: 64)
        Self.appendSource(label, number, locator: locator, method: method, id: firsts.id(number), to: &out)
        return out.text
    }

    /// `source(_:_:locator:method:)` written straight into `out`, as each row of the figures
    /// tables does: building the link as an interpolated `String` first cost some 1,200
    /// instructions a row.
    static func appendSource(_ label: String, _ number: Int, locator: String?, method: String, id: String?, to out: inout TextBuffer) {
        out.append("<a ")
        if let id {
            out.append("id=\"")
            out += id
            out.append("\" ")
        }
        out.append("href=\"#ref-")
        out.append(decimal: number)
        out.append("\">")
        out.append(xml: label)
        out.append(" [")
        out.append(decimal: number)
        if let locator = FigureLocator.text(locator, method: method) {
            out.append(", ")
            out.append(xml: locator)
        }
        out.append("]</a>")
    }

    /// The page as UTF-8 bytes, in the pieces it was written in (see `RenderedBrief.utf8`).
    func render() -> TextBuffer {
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
        for (id, title) in Self.sections {
            out += "<li><a href=\"#\(id)\">\(title)</a></li>\n"
            // Only in a brief that has the part: after All figures, as it is shown.
            if id == "figures", let part = brief.citizensElsewhere {
                out += "<li><a href=\"#\(Self.citizensElsewhereID)\">\(e(part.heading))</a></li>\n"
            }
        }
        out += "</ol>\n</nav>\n<main>\n"
        keyFigures(&out)
        comparability(&out)
        charts(&out)
        lineage(&out)
        studies(&out)
        gaps(&out)
        figures(&out)
        citizensElsewhere(&out)
        references(&out)
        provenance(&out)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static let sections = [
        ("key-figures", "Key figures"), ("comparability", "Comparability"), ("charts", "Charts"),
        ("lineage", "How these numbers travel"), ("studies", "Studies"), ("gaps", "Data gaps"),
        ("figures", "All figures"), ("references", "References"), ("provenance", "Provenance"),
    ]

    /// The id of the part on citizens counted elsewhere, which only some briefs have (not in `sections`).
    static let citizensElsewhereID = "citizens-elsewhere"

    /// - Parameter title: the heading, already escaped; nil for the section's own in `sections`.
    func open(_ out: inout TextBuffer, _ id: String, first: Bool = false, title: String? = nil) {
        let title = title ?? Self.sections.first { $0.0 == id }?.1 ?? id
        out += "<section id=\"\(id)\" class=\"major\(first ? " first" : "")\" aria-labelledby=\"\(id)-heading\">\n"
        out += "<h2 id=\"\(id)-heading\">\(title)</h2>\n"
    }
}
