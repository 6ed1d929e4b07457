import Storage

/// One part of a reference entry as the built-in briefs write it: in HTML (the title in `<cite>`
/// with its CSL markup as tags, a link as `<a>`, the rest escaped) and in Markdown (the title's
/// markup as `*…*`, a link as an autolink or `[text](<address>)`, the rest escaped).
///
/// Why one place: the HTML and Markdown renderers write the reference list with these, and the
/// brief's model carries their results (`Reference.html`, `ReferencePart.markdown`), so that a
/// template shows an entry exactly as the built-in brief does. A template could not: `{{text}}`
/// escapes a CSL title's `<i>`, `{{{text}}}` also unescapes a CSV title's `<b>`, which is data.
enum ReferenceText {
    /// The part in HTML: data escaped, only a CSL-JSON title's markup (`markup`) as tags.
    static func html(kind: String, text: String, url: String?, markup: Bool) -> String {
        switch (kind, url) {
        case ("title", _): return "<cite>\(CSLRichText(text, markup: markup).html)</cite>"
        // A link that reads as its own address is marked, so print does not repeat it after itself.
        case ("link", let url?) where text == url: return "<a class=\"url\" href=\"\(XMLText.escape(url))\">\(XMLText.escape(text))</a>"
        case ("link", let url?): return "<a href=\"\(XMLText.escape(url))\">\(XMLText.escape(text))</a>"
        default: return XMLText.escape(text)
        }
    }

    /// The part in Markdown (`MarkdownText.entry` joins them): data escaped, a link's address not.
    static func markdown(kind: String, text: String, url: String?, markup: Bool) -> String {
        if kind == "link", let url {
            return text == url ? MarkdownText.autolink(url) : "[\(MarkdownText.escape(text))](<\(MarkdownText.destination(url))>)"
        } else if kind == "title" {
            return CSLRichText(text, markup: markup).markdown
        }
        return MarkdownText.escape(text)
    }
}
