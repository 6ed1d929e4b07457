/// How the field abbreviates an organisation's name in citations (`ILO`, `UNODC`, `OWID`).
///
/// Why in Storage: the brief cites sources by these abbreviations, and both the brief and
/// `tipdb check` match a second-hand copy's producer ("United Nations Office on Drugs and Crime")
/// to the publisher of the producer's own data ("UNODC") by them (`SecondHandCopies`); one rule
/// for both keeps the two from matching differently.
public enum OrganisationName {
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

    /// `International Labour Office` → `ILO`: organisation names of three or more capitalised
    /// words become their initials, as the field writes them; shorter names stay whole. A name
    /// that gives its own abbreviation keeps it: `Counter-Trafficking Data Collaborative (CTDC)`
    /// → `CTDC`, as that organisation asks to be cited; so does one whose abbreviation is not its
    /// initials (`ownAbbreviations`: `Our World in Data` → `OWID`).
    public static func abbreviation(of name: String) -> String {
        if let given = givenAbbreviation(in: name) { return given }
        if let own = ownAbbreviations[name] { return own }
        let minor: Set<String> = ["of", "on", "and", "the", "for", "in", "to", "against", "de", "des", "du", "la", "le", "et"]
        let words = name.split(separator: " ").map(String.init)
        let significant = words.filter { !minor.contains($0.lowercased()) }
        guard significant.count >= 3, significant.allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return significant.compactMap { $0.first.map(String.init) }.joined()
    }

    /// The abbreviation a name ends with in parentheses (`... Collaborative (CTDC)`): capitals
    /// and digits, at least two, after at least one word.
    public static func givenAbbreviation(in name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), name[..<open].hasSuffix(" ") else { return nil }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard inner.count >= 2, inner.first?.isUppercase == true,
              inner.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return nil }
        return String(inner)
    }
}
