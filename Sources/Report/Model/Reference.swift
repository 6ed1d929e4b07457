/// A numbered reference entry.
public struct Reference: Codable, Sendable, Equatable {
    /// The citation number used throughout the brief.
    public var number: Int
    /// The source key.
    public var key: String
    /// report, journal-article, blog-post, statement, ...
    public var kind: String
    /// Short label for running text: `ILO 2005`.
    public var label: String
    /// The full entry as plain text.
    public var text: String
    public var authors: String?
    public var publisher: String?
    /// The journal, book, website or series the work appeared in: the `container` column, else
    /// the CSL record's `container-title` (`CSLDetails.containerTitle`); nil when neither names one.
    public var container: String?
    public var published: String?
    public var title: String
    public var url: String?
    public var doi: String?
    public var accessed: String?
    /// The entry in pieces, so that a layout can set the title in italics and link the URL and DOI.
    public var parts: [ReferencePart]
    /// The entry as the HTML brief writes it in its reference list: its parts' `html` together.
    public var html: String
    /// The entry as the Markdown brief writes it: its parts' `markdown` together.
    public var markdown: String

    /// The entry with its HTML and Markdown made from `parts`, so that they always agree.
    public init(
        number: Int, key: String, kind: String, label: String, text: String, authors: String?, publisher: String?,
        container: String? = nil, published: String?, title: String, url: String?, doi: String?, accessed: String?, parts: [ReferencePart]
    ) {
        (self.number, self.key, self.kind, self.label, self.text) = (number, key, kind, label, text)
        (self.authors, self.publisher, self.container, self.published, self.title) = (authors, publisher, container, published, title)
        (self.url, self.doi, self.accessed, self.parts) = (url, doi, accessed, parts)
        html = parts.map(\.html).joined()
        markdown = parts.map(\.markdown).joined()
    }
}

/// A piece of a reference entry.
public struct ReferencePart: Codable, Sendable, Equatable {
    /// text, title or link.
    public var kind: String
    /// As written in the source; a CSL-JSON title with its markup (`<i>göç</i>`) as tags.
    public var text: String
    /// The address, for a link.
    public var url: String?
    /// For a title from a CSL-JSON record: its CSL markup (`<i>Dutch</i>`) is formatting. A title
    /// from a CSV or JSON file is data, and its `<b>` is shown as written.
    public var markup: Bool? = nil
    /// The part as the HTML brief writes it (`ReferenceText.html`): safe to write unescaped,
    /// since `text` is escaped there and only a CSL title's markup is tags.
    public var html: String
    /// The part as the Markdown brief writes it (`ReferenceText.markdown`): `text` escaped for
    /// Markdown, a CSL title's markup as `*…*`, a link as a link.
    public var markdown: String

    /// `markup` is how the renderers read the title, not part of the brief's JSON
    /// (`BriefJSON` writes kind, text, url, html and markdown), so no template reads it either:
    /// `html` and `markdown` are what it means.
    private enum CodingKeys: String, CodingKey { case kind, text, url, html, markdown }

    public init(kind: String, text: String, url: String?, markup: Bool? = nil) {
        (self.kind, self.text, self.url, self.markup) = (kind, text, url, markup)
        html = ReferenceText.html(kind: kind, text: text, url: url, markup: markup == true)
        markdown = ReferenceText.markdown(kind: kind, text: text, url: url, markup: markup == true)
    }
}

/// Where the brief's figures came from and how to make the brief again.
public struct Provenance: Codable, Sendable, Equatable {
    /// The tipdb version that rendered the brief.
    public var tipdbVersion: String
    /// The database's schema version (its latest migration): migrations change what a brief
    /// selects, so a brief rebuilt under another schema may differ.
    public var schemaVersion: Int = 0
    /// The database's latest ingest batch (a load, a derive or a retract) and when it finished:
    /// the state of the database the brief reports ("data as of"). Nil for a database without one.
    public var lastBatch: Int? = nil
    public var dataAsOf: String? = nil
    /// The SHA-256 of the brief's figures (`FiguresDigest`): a database rebuilt elsewhere, whose
    /// batch numbers and times differ, gives the same digest when it gives the same figures.
    public var figuresSHA256: String = ""
    /// The command that reproduces this brief, with its date.
    public var command: String
    /// The ingest batches that wrote the figures in scope and the figures their chains reach.
    public var batches: [BatchEntry]
    /// The releases of bulk exports (UNODC GLOTIP) the figures in scope were last published in.
    public var vintages: [VintageEntry] = []
}

/// One release (vintage) of a bulk export that figures of the brief come from: a reader can
/// tell whether the brief used the newest export the database holds.
public struct VintageEntry: Codable, Sendable, Equatable {
    /// The series, e.g. unodc-glotip.
    public var series: String
    /// The export date of this release.
    public var released: String
    /// The release as a source (cite this).
    public var source: String
    public var sha256: String
    /// True when no newer release of the series is in the database.
    public var isLatest: Bool
    /// Figures in the brief whose latest publication is this release.
    public var figureCount: Int
}

/// One ingest batch: which file, with which checksum, when.
public struct BatchEntry: Codable, Sendable, Equatable {
    public var id: Int
    public var file: String
    public var sha256: String
    public var kind: String
    public var format: String
    /// When the ingest finished (UTC), or started when it never finished.
    public var date: String
    public var tipdbVersion: String
    /// Figures in the brief last written by this batch.
    public var figureCount: Int
    /// For a dataset file (CTDC, GLOTIP): the release date its source is cited with, and where it
    /// came from: `--released` as given, or `modification time` when the file's date was used
    /// because neither the file nor the command gave one. Nil for other batches, and for a batch
    /// loaded before tipdb recorded it.
    public var released: String? = nil
    public var releasedFrom: String? = nil

    /// `releasedFrom` for a date given with `--released`.
    public static let releasedOption = "--released"
    /// `releasedFrom` for a date taken from the file's modification time.
    public static let modificationTime = "modification time"
}
