import Storage

/// A title's CSL markup (`CSLRichText`) in each output's own terms.
extension CSLRichText {
    /// Markdown: `*Dutch*`, `**bold**`, and `<sup>`/`<sub>` as CommonMark's inline HTML (it has
    /// no syntax of its own for them); small capitals and nocase as their text. The text is
    /// escaped as any data is, so nothing but the markup becomes formatting.
    ///
    /// A run's spaces at its ends go outside its `*`: CommonMark does not read `* Dutch*` as
    /// emphasis. A title is not in italics in tipdb's Markdown, so an italic run is simply italic.
    var markdown: String {
        render(text: MarkdownText.escape) { style, inner in
            let lead = String(inner.prefix { $0 == " " }), trail = String(inner.reversed().prefix { $0 == " " })
            let core = String(inner.dropFirst(lead.count).dropLast(trail.count))
            guard !core.isEmpty else { return inner }
            switch style {
            case .italic: return lead + "*" + core + "*" + trail
            case .bold: return lead + "**" + core + "**" + trail
            case .superscript: return "<sup>" + inner + "</sup>"
            case .`subscript`: return "<sub>" + inner + "</sub>"
            case .smallCaps, .noCase: return inner
            }
        }
    }

    /// HTML: the tags CSL-JSON allows, written as tipdb writes them; nocase, which only tells a
    /// style not to change case, as its text. Everything else is escaped.
    var html: String {
        render(text: XMLText.escape) { style, inner in
            switch style {
            case .italic: "<i>" + inner + "</i>"
            case .bold: "<b>" + inner + "</b>"
            case .superscript: "<sup>" + inner + "</sup>"
            case .`subscript`: "<sub>" + inner + "</sub>"
            case .smallCaps: "<span style=\"font-variant:small-caps;\">" + inner + "</span>"
            case .noCase: inner
            }
        }
    }

    /// BibTeX: `\textit{…}`, `\textbf{…}`, `\textsuperscript{…}`, `\textsubscript{…}`, `\textsc{…}`,
    /// and a nocase run in braces, which keep its case in BibTeX styles as the span does in CSL.
    var bibTeX: String {
        render(text: BibTeXExport.escape) { style, inner in
            switch style {
            case .italic: "\\textit{" + inner + "}"
            case .bold: "\\textbf{" + inner + "}"
            case .superscript: "\\textsuperscript{" + inner + "}"
            case .`subscript`: "\\textsubscript{" + inner + "}"
            case .smallCaps: "\\textsc{" + inner + "}"
            case .noCase: "{" + inner + "}"
            }
        }
    }
}
