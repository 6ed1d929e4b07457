/// Organisations whose own abbreviation is not the initials of their name.
extension CitationText {
    /// The abbreviation each of these organisations uses for itself, by the name tipdb stores as
    /// the publisher.
    ///
    /// Why: the initials rule (`abbreviation(of:)`) makes "OWD" of Our World in Data, a name no
    /// reader knows; the site calls itself OWID. The Our World in Data ingest stores that name as
    /// the publisher of a file without metadata, so its figures are cited `OWID n.d.` and its
    /// reference reads `Our World in Data [OWID] (n.d.)`; a database loaded earlier is cited so
    /// too, since labels are made when a brief is written.
    static let ownAbbreviations: [String: String] = [
        "Our World in Data": "OWID",
    ]
}
