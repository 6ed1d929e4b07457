/// A publication or dataset that figures come from: a row of `sources`.
public struct Source: Equatable, Sendable, Codable {
    public var key: String
    public var kind: String
    public var title: String
    public var authors: String?
    public var publisher: String?
    /// The journal, book, website or series the work appeared in (CSL's `container-title`), as a
    /// sources file's `container` column gives it. A CSL-JSON item's container stays in `csl`, as
    /// the reference manager wrote it; readers take this column first (`CSLDetails`).
    ///
    /// Why a column of its own, not `csl`: a source with a CSL record has its title read as CSL
    /// markup (`hasTitleMarkup`), which a title typed into a CSV file is not; and without it a
    /// sources file had nowhere but `publisher` for an article's journal, exported as its
    /// publisher and written to BibTeX as `@misc`.
    public var container: String?
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var published: String?
    public var url: String?
    public var doi: String?
    /// When the URL was last read: `YYYY-MM-DD`.
    public var accessed: String?
    public var license: String?
    public var notes: String?
    /// CSL-JSON fields tipdb does not model, as a JSON object, kept for re-export.
    public var csl: String?
    /// `x_` columns of the ingested file, as a JSON object.
    public var extra: String?

    public init(
        key: String, kind: String = "report", title: String, authors: String? = nil, publisher: String? = nil,
        container: String? = nil, published: String? = nil, url: String? = nil, doi: String? = nil, accessed: String? = nil,
        license: String? = nil, notes: String? = nil, csl: String? = nil, extra: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.title = title
        self.authors = authors
        self.publisher = publisher
        self.container = container
        self.published = published
        self.url = url
        self.doi = doi
        self.accessed = accessed
        self.license = license
        self.notes = notes
        self.csl = csl
        self.extra = extra
    }

    /// The source kinds the schema accepts.
    public static let kinds = [
        "report", "journal-article", "book", "book-chapter", "blog-post", "news", "dataset", "webpage",
        "statement", "legal-instrument", "thesis", "other",
    ]
}
