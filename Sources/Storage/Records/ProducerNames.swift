/// The names a source's producer is matched by: its authors, or the organisation that issued it
/// (`SourceLabel.leadNames`), and for an organisation's own publication (`ownPublications`) its
/// publisher, each as a second-hand copy's producer is matched (`SecondHandCopies.names`:
/// `OrganisationName.matchKey`, and the abbreviation a label gives it), and the name it now uses
/// (`OrganisationName.renamed`).
///
/// In Storage, not Report: the brief tells editions of one producer's series by these names
/// (`SeriesProducers`, `EditionRevisions`), and ingest notes a row that restates a count another
/// edition of its producer published (`EditionNote`); both must take the same sources for one producer.
public enum ProducerNames {
    /// The source kinds whose publisher is their producer. A journal's, a book's or a newspaper's
    /// publisher is an outlet: two articles by different researchers in one journal are not one
    /// producer's series.
    public static let ownPublications: Set<String> = ["report", "dataset", "statement", "webpage"]

    /// The names `source`'s producer is matched by; empty for a source that names none.
    public static func of(_ source: Source) -> Set<String> {
        var given = SourceLabel.leadNames(source)
        if let publisher = source.publisher, ownPublications.contains(source.kind) { given.append(publisher) }
        var names = Set(given.flatMap(SecondHandCopies.names))
        // An organisation under its former name is the same producer (`OrganisationName.renamed`):
        // the Walk Free Foundation's 2018 index and Walk Free's of 2023 are editions of one series.
        names.formUnion(given.map(OrganisationName.currentKey))
        // A name of punctuation alone matches nothing: it would make every such source one producer's.
        names.remove("")
        return names
    }
}
