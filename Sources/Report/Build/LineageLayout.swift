import Storage

/// How `tipdb report lineage` lays out the chain it writes: as plain text for a terminal, or as
/// Markdown to paste into a brief.
///
/// Why two: the text layout indents each figure's details under its key, which a Markdown
/// renderer runs together into one paragraph, and left data unescaped (`victims_under {18} in
/// #Nigeria`), though help called it Markdown. Markdown gets list items, escaped data and
/// headings; the terminal keeps the layout scripts and users already read.
enum LineageLayout: Equatable {
    case text
    case markdown

    /// Data as this layout writes it: escaped for Markdown, as it is for text.
    ///
    /// Stored text is put on one line with its control characters visible (`VisibleText.oneLine`),
    /// as `tipdb search` prints it: a quote holding an escape sequence recoloured the terminal, a
    /// U+202E reordered the line, and a line break broke the chain's layout.
    func escape(_ text: String) -> String {
        let line = VisibleText.oneLine(text)
        return self == .markdown ? MarkdownText.escape(line) : line
    }

    /// A text with tipdb's citations, as this layout writes it: escaped for Markdown but for the
    /// citations, which stay `[3]` as the rest of the output writes them.
    func escape(_ text: CitedText) -> String {
        self == .markdown ? MarkdownText.escapeKeepingCitations(text.text, marks: CitationMarks(text.marks)) : VisibleText.oneLine(text.text)
    }

    /// What comes before the chain: nothing in text, a heading in Markdown.
    func title(_ key: String) -> String {
        self == .markdown ? "# Lineage of \(MarkdownText.escape(key))\n\n" : ""
    }

    /// A figure of the chain, the first by its key, the others as what it repeats.
    func step(_ key: String, repeats: Bool) -> String {
        let name = repeats ? "repeats " + strong(key) : strong(key)
        return self == .markdown ? "- \(name)\n" : "\(name)\n"
    }

    /// One line about the figure above, already escaped.
    func detail(_ line: String) -> String {
        self == .markdown ? "  - \(MarkdownText.blockStart(line))\n" : "  \(line)\n"
    }

    /// A reference entry: as plain text, or in Markdown with its URL and DOI as links whose
    /// addresses are not escaped (`MarkdownText.entry`).
    func entry(_ reference: Reference) -> String {
        self == .markdown ? MarkdownText.entry(reference.parts) : reference.text
    }

    /// A key: bold in Markdown.
    func strong(_ key: String) -> String {
        self == .markdown ? "**\(MarkdownText.escape(key))**" : key
    }

    /// The word that marks a flag.
    var flagLabel: String { self == .markdown ? "**FLAG:**" : "FLAG:" }

    /// A flag on a line of its own (a paragraph of its own in Markdown).
    func flag(_ text: String) -> String {
        self == .markdown ? "\n\(flagLabel) \(text).\n" : "\(flagLabel) \(text).\n"
    }

    /// A sentence on a line of its own (a paragraph of its own in Markdown).
    func paragraph(_ text: String) -> String {
        self == .markdown ? "\n\(MarkdownText.blockStart(text))\n" : "\(text)\n"
    }

    /// A section title: `Repeated by:` in text, `## Repeated by` in Markdown.
    func heading(_ title: String) -> String {
        self == .markdown ? "\n## \(title)\n\n" : "\n\(title):\n"
    }

    /// An entry `depth` levels in (1: repeats the figure itself).
    func item(_ line: String, depth: Int) -> String {
        let indent = String(repeating: "  ", count: max(depth - 1, 0))
        return self == .markdown ? "\(indent)- \(line)\n" : "  \(indent)\(line)\n"
    }

    /// The reference list: one line each in text, one paragraph each in Markdown.
    func references(_ lines: [String]) -> String {
        self == .markdown ? lines.map { $0 + "\n" }.joined(separator: "\n") : lines.map { $0 + "\n" }.joined()
    }
}
