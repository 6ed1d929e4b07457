import Storage

/// What a CSL-JSON item that updates a stored source leaves as stored: each field the item does
/// not give (a URL, DOI, licence, ...), and an access date later than the item's.
///
/// Why: tipdb's own `report sources --format csl-json` is the documented way to pass sources to a
/// colleague, and an item replaced the whole record: loading a colleague's export wiped the URL,
/// DOI and licence the receiving database had added, moved its access date back, and said only
/// "1 updated" (a merging review, session 52). An item now fills and corrects fields, as a CSV
/// row does; a CSV row giving a column empty is what clears one. The note names what was kept.
enum CSLItemKeptFields {
    /// The source's fields a CSL item may leave out, with the names the note gives them.
    private static var fields: [(name: String, path: WritableKeyPath<Source, String?>)] {
        [
            ("authors", \.authors), ("publisher", \.publisher), ("container", \.container), ("date", \.published), ("url", \.url),
            ("doi", \.doi), ("license", \.license), ("notes", \.notes),
        ]
    }

    /// `source` (an item's, merged) with the stored values of the fields the item of `row` does
    /// not give, and the stored access date when it is later; and the note at the item's `id`
    /// naming them, or nil when nothing was kept.
    static func keeping(_ source: Source, stored: Source, row: RowReader) -> (source: Source, note: IngestIssue?) {
        var source = source
        var kept: [String] = []
        for field in fields where row.field(field.name) == nil && source[keyPath: field.path] == nil {
            guard let value = stored[keyPath: field.path] else { continue }
            source[keyPath: field.path] = value
            kept.append(field.name)
        }
        var later: String?
        if row.field("accessed") == nil, source.accessed == nil, let accessed = stored.accessed {
            source.accessed = accessed
            kept.append("accessed")
        } else if let given = source.accessed, let newer = stored.accessed, newer > given, !newer.hasPrefix(given) {
            source.accessed = newer
            later = "its access date \(newer), later than this item's \(given)"
        }
        guard !kept.isEmpty || later != nil else { return (source, nil) }
        var what: [String] = []
        if !kept.isEmpty { what.append("its \(EnglishList.joined(kept)), which this item does not give") }
        if let later { what.append(later) }
        let at = row.field("key")
        return (source, IngestIssue(
            file: row.file, line: at?.line ?? row.record.line, column: at?.column ?? row.record.column,
            message: "id: source \(stored.key) keeps \(what.joined(separator: ", and ")): a CSL-JSON item updates the fields it gives "
                + "and clears none; to clear one, or to give an earlier access date, load a sources CSV row with that column"))
    }
}
