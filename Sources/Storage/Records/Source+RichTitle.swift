/// A source's title as its outputs read it.
extension Source {
    /// The title with its CSL markup read (`<i>Dutch</i>` italic) when the source came from a
    /// CSL-JSON record, which is where such markup is written (Zotero); a title from a sources CSV
    /// or JSON file is data, and a `<b>` or `*` in it is shown as written.
    public var richTitle: CSLRichText { CSLRichText(title, markup: hasTitleMarkup) }

    /// Whether the title is read for CSL markup: the source has a CSL record.
    public var hasTitleMarkup: Bool { csl != nil }
}
