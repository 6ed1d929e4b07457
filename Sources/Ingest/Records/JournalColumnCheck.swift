import Storage

/// The warning for a journal article that a sources file gives a publisher but no journal: the
/// record has no `container` field at all, and the source none stored (neither the column nor a
/// CSL record's container-title).
///
/// Why: before the `container` column (m0055) a sources file had nowhere else for an article's
/// journal, and users wrote it in `publisher`; the CSL-JSON export then gave the journal as the
/// publisher, BibTeX wrote the article as `@misc` (`@article` requires a journal) and the reference
/// entry printed it as a publisher. Such files are still about. Not an error: the publisher may be
/// the publishing house (Taylor & Francis), and the article is loaded as written either way.
enum JournalColumnCheck {
    /// The warning at `row`'s publisher cell, or nil when the row names a container (an empty cell
    /// too: the file has the column), gives no publisher, is no journal article, or `source` (the
    /// record as it will be stored) already has a container.
    static func warning(for row: RowReader, source: Source) -> IngestIssue? {
        guard source.kind == "journal-article", row.field("container") == nil, let field = row.field("publisher"),
              let publisher = row.text("publisher"), source.container == nil, !holdsContainer(source.csl) else { return nil }
        return IngestIssue(
            file: row.file, line: field.line, column: field.column,
            message: "publisher: \"\(publisher)\" is the publisher of journal article \(source.key), and the file has no container "
                + "column for its journal: the reference entry cites no journal and BibTeX writes the article as @misc; if it is the "
                + "journal, give it in a container column (the journal, book, website or series the work appeared in); loaded as written")
    }

    /// Whether a stored CSL record names a container: a reference manager's item loaded before.
    private static func holdsContainer(_ csl: String?) -> Bool {
        guard let csl, let root = try? JSONParser.parse(Array(csl.utf8)), case .object(let members) = root.value else { return false }
        return members.contains { $0.key == "container-title" }
    }
}
