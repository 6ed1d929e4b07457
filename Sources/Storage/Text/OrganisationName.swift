/// How the field abbreviates an organisation's name in citations (`ILO`, `UNODC`, `OWID`).
///
/// Why in Storage: the brief cites sources by these abbreviations, and both the brief and
/// `tipdb check` match a second-hand copy's producer ("United Nations Office on Drugs and Crime")
/// to the publisher of the producer's own data ("UNODC") by them (`SecondHandCopies`); one rule
/// for both keeps the two from matching differently. `figure_citations` (m0041) holds a copy of
/// `established` for SQL: CitationReferenceTests compares the two.
public enum OrganisationName {
    /// The abbreviations the field cites these organisations by, each as the organisation itself
    /// uses it, by the full name (lowercased) that a source may give as its author or publisher.
    ///
    /// Why a list and not the initials of any long name: initials made abbreviations no reader
    /// knows, and some that mean another body: the Counter-Trafficking Data Collaborative was cited
    /// "CDC 2024" (the US Centers for Disease Control to most readers; it calls itself CTDC), the
    /// U.S. Department of State "UDS", the Global Alliance Against Traffic in Women "GATW" (GAATW),
    /// the Walk Free Foundation "WFF", Our World in Data "OWD" (OWID). A name not listed is cited
    /// whole (`U.S. Department of State 2023`), as author-date styles cite a group author, unless it
    /// states its abbreviation (`givenAbbreviation`).
    static let established: [String: String] = [
        "international labour office": "ILO",
        "international labour organization": "ILO",
        "international labour organisation": "ILO",
        "united nations office on drugs and crime": "UNODC",
        "international organization for migration": "IOM",
        "international organisation for migration": "IOM",
        "organization for security and co-operation in europe": "OSCE",
        "organization for security and cooperation in europe": "OSCE",
        "osce office for democratic institutions and human rights": "ODIHR",
        "counter-trafficking data collaborative": "CTDC",
        "global alliance against traffic in women": "GAATW",
        "group of experts on action against trafficking in human beings": "GRETA",
        "inter-agency coordination group against trafficking in persons": "ICAT",
        "office of the united nations high commissioner for human rights": "OHCHR",
        "office of the united nations high commissioner for refugees": "UNHCR",
        "united nations high commissioner for refugees": "UNHCR",
        "united nations children's fund": "UNICEF",
        "united nations development programme": "UNDP",
        "united nations population fund": "UNFPA",
        "organisation for economic co-operation and development": "OECD",
        "organization for economic cooperation and development": "OECD",
        "european union agency for fundamental rights": "FRA",
        "association of southeast asian nations": "ASEAN",
        "world health organization": "WHO",
        "national center for missing & exploited children": "NCMEC",
        "our world in data": "OWID",
    ]

    /// `International Labour Office` → `ILO`: the abbreviation a name states in parentheses
    /// (`Counter-Trafficking Data Collaborative (CTDC)` → `CTDC`), else the one the field cites the
    /// organisation by (`established`), else the name whole (`U.S. Department of State`).
    public static func abbreviation(of name: String) -> String {
        if let given = givenAbbreviation(in: name) { return given }
        return established[name.lowercased()] ?? name
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
