extension Source {
    /// Kinds whose publisher is their author when no person is named: an organisation's report,
    /// data set, web page or statement (APA's group author). A journal, press, newspaper, blog
    /// platform or university publishes the work of others: an article, book, chapter, news item,
    /// post or thesis without authors is exported without one.
    public static let publisherAuthoredKinds: Set<String> = ["report", "dataset", "webpage", "statement"]

    /// The publisher, for a source without authors whose publisher wrote it
    /// (`publisherAuthoredKinds`): the organisation BibTeX and CSL-JSON exports give as its author.
    ///
    /// Why: an export without an author left author-year styles citing such a source by its title
    /// ("Global Report on Trafficking in Persons (GLOTIP) data ... 2025"), where tipdb's own
    /// labels and reference lists lead with the publisher (`UNODC 2025`, `SourceLabel.leadNames`).
    /// Every source tipdb makes itself (a GLOTIP export's, a CTDC version's, an Our World in Data
    /// copy's) is such a data set. Ingest reads the author an export gave back as no author
    /// (`publisherAuthorMark`), so the export still loads back unchanged.
    public var organisationAuthor: String? {
        guard (authors ?? "").isEmpty, Self.publisherAuthoredKinds.contains(kind), let publisher, !publisher.isEmpty else { return nil }
        return publisher
    }

    /// The organisation that issued a statement its authors delivered: its publisher, which its
    /// label and reference entry lead with (`SourceLabel.leadNames`: `UNODC 2012`), the speakers
    /// following the title ("Delivered by Yury Fedotov"). nil for any other source.
    ///
    /// Why the exports ask it: a statement exported with its speaker as author was cited "Fedotov
    /// 2012" by BibTeX and Zotero, where the brief drafted with tipdb cites "UNODC 2012".
    public var statementIssuer: String? {
        guard kind == "statement", !(authors ?? "").isEmpty, let publisher, !publisher.isEmpty else { return nil }
        return publisher
    }

    /// The member of a CSL item's `custom` object (CSL 1.0.2's place for data of a program's own)
    /// by which the CSL-JSON export says its author is `organisationAuthor`, the publisher
    /// standing in for authors the source does not have: `"custom": {"tipdb-author-is-publisher":
    /// true}`.
    ///
    /// Why: without it the stand-in was read back as an author, and a source without authors
    /// loaded into a fresh database from its own export had them (`authors` UNODC where it was
    /// empty, and BibTeX then wrote `howpublished = {UNODC}`). A source whose authors really are
    /// its publisher is exported without the mark, and keeps them.
    public static let publisherAuthorMark = "tipdb-author-is-publisher"

    /// The member of a CSL item's `custom` object by which tipdb's export marks a `container-title`
    /// that is the source's `publisher` column: the newspaper or magazine of an article, the blog
    /// of a post or the website of a page typed into a sources file, where the publisher column is
    /// the only place for it.
    ///
    /// Why: exported as `publisher`, an article-newspaper's paper reached Zotero in no field a
    /// style prints (a newspaper article has no publisher there; nor has a blog post, a web page or
    /// a forum post, whose blog, website or forum title CSL calls `container-title`). Ingest reads
    /// the marked container back as the publisher and does not keep it in `csl`, so the export
    /// still loads back unchanged.
    public static let containerPublisherMark = "tipdb-container-is-publisher"

    /// The member of a CSL item's `custom` object by which tipdb's export marks a `container-title`
    /// that is the source's `container` column (a sources file's journal, book or series), not a
    /// reference manager's CSL record.
    ///
    /// Why: ingest keeps a CSL item's container-title in `csl`, as the reference manager wrote it;
    /// read so, a source loaded from a CSV file and its own export loaded back would have moved its
    /// container from the column to `csl` (an update and a revision of an unchanged source), and a
    /// source with a CSL record has its title read as CSL markup. Ingest reads the marked
    /// container back into the column alone, into the database it came from or a fresh one.
    public static let containerColumnMark = "tipdb-container-is-column"

    /// The CSL types whose publisher column, for a source without a container of its own (neither
    /// the `container` column nor a CSL record's), is the periodical, blog, website or forum that
    /// printed it (`containerPublisherMark`). Not article-journal: there the column may hold the
    /// journal (a sources file without a `container` column, as every one was before m0055) or its
    /// publishing house (a CSL item that named no journal), and only the first is a container.
    public static let containerPublisherTypes: Set<String> = ["article-newspaper", "article-magazine", "post-weblog", "webpage", "post"]
}
