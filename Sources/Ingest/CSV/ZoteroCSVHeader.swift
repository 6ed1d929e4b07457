/// What to say of a CSV or TSV header that is Zotero's own CSV export (`Key,Item Type,Publication
/// Year,Author,Title,...`) rather than a tipdb sources file.
///
/// Why: such a header has some thirty columns tipdb does not know, and one error for each, with
/// "did you mean authors?" for `Author`, read as if renaming columns would load it. It would not:
/// its authors are one `Family, Given; ...` text and its item types Zotero's. The same items
/// exported as CSL JSON load as they are (authors, dates, DOI, and every other field kept for
/// export), so one error says how to export them that way.
enum ZoteroCSVHeader {
    /// Two columns that only Zotero's export has, lower case as header names compare.
    private static let marks: Set<String> = ["item type", "publication year"]

    static let problem = "the header is Zotero's CSV export (its columns \"Item Type\" and \"Publication Year\"), which tipdb does not read; "
        + "export the items as CSL JSON instead (in Zotero: File > Export Library..., or Export Collection... on a collection, "
        + "format \"CSL JSON\") and load that file, which keeps their authors, dates and every other field"

    /// Whether a header of these names (any case) is Zotero's CSV export.
    static func matches(_ names: Set<String>) -> Bool {
        marks.isSubset(of: names)
    }
}
