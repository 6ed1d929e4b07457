/// How the field abbreviates an organisation's name in citations (`ILO`, `UNODC`, `OWID`).
///
/// Why in Storage: the brief cites sources by these abbreviations, and both the brief and
/// `tipdb check` match a second-hand copy's producer ("United Nations Office on Drugs and Crime")
/// to the publisher of the producer's own data ("UNODC") by them (`SecondHandCopies`); one rule
/// for both keeps the two from matching differently. `figure_citations` (m0043) holds a copy of
/// `established` and of `matchKey(_:)` for SQL: OrganisationNameAgreementTests compares the two.
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
    ///
    /// Names are matched by `matchKey(_:)`, which takes care of how a name is typed (case,
    /// hyphens, spaces, punctuation, `&`, a leading "The"); the spellings are listed: each name in
    /// British and American spelling where the two differ (organisation/organization,
    /// labour/labor, programme/program, centre/center), as sources from both sides write them.
    static let established: [String: String] = [
        "international labour office": "ILO",
        "international labor office": "ILO",
        "international labour organization": "ILO",
        "international labour organisation": "ILO",
        "international labor organization": "ILO",
        "international labor organisation": "ILO",
        "united nations office on drugs and crime": "UNODC",
        "international organization for migration": "IOM",
        "international organisation for migration": "IOM",
        "organization for security and co-operation in europe": "OSCE",
        "organisation for security and co-operation in europe": "OSCE",
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
        "united nations development program": "UNDP",
        "united nations population fund": "UNFPA",
        "organisation for economic co-operation and development": "OECD",
        "organization for economic co-operation and development": "OECD",
        "european union agency for fundamental rights": "FRA",
        "association of southeast asian nations": "ASEAN",
        "world health organization": "WHO",
        "world health organisation": "WHO",
        "national center for missing & exploited children": "NCMEC",
        "national centre for missing & exploited children": "NCMEC",
        "our world in data": "OWID",
    ]

    /// Organisations that renamed themselves, by the `matchKey(_:)` of a former name, to that of
    /// the name they now use: the Walk Free Foundation, which publishes the Global Slavery Index,
    /// has called itself Walk Free since 2019, and the UN Office for Drug Control and Crime
    /// Prevention became the UN Office on Drugs and Crime in 2002.
    ///
    /// Why not in `established`: that table gives a citation's abbreviation, and m0044's SQL holds
    /// a copy of it; a source is still cited under the name it was published under ("Walk Free
    /// Foundation 2018"). The brief's methods caution tells one producer's editions from another
    /// producer's estimates by these names (`SeriesProducers`): "Walk Free Foundation" for the
    /// 2018 index and "Walk Free" for the 2023 one made them "2 different producers" whose
    /// "independent estimates" disagreed (review of session 38). Only renames that the
    /// organisations themselves announced are listed; the International Labour Office and the
    /// International Labour Organization need none, both being `ILO` in `established`.
    public static let renamed: [String: String] = [
        matchKey("Walk Free Foundation"): matchKey("Walk Free"),
        matchKey("United Nations Office for Drug Control and Crime Prevention"): matchKey("UNODC"),
        matchKey("UN Office for Drug Control and Crime Prevention"): matchKey("UNODC"),
        matchKey("Office for Drug Control and Crime Prevention"): matchKey("UNODC"),
    ]

    /// The `matchKey(_:)` of the name the organisation called `name` now uses (`renamed`), or
    /// `name`'s own when it was not renamed.
    public static func currentKey(_ name: String) -> String {
        let key = matchKey(name)
        return renamed[key] ?? key
    }

    /// `established` by `matchKey(_:)`, each name also followed by its abbreviation
    /// (`Counter Trafficking Data Collaborative (ctdc)`, which `givenAbbreviation` does not take
    /// for one: it is not in capitals).
    static let byMatchKey: [String: String] = {
        var keys: [String: String] = [:]
        for (name, abbreviation) in established {
            keys[matchKey(name)] = abbreviation
            keys[matchKey(name) + matchKey(abbreviation)] = abbreviation
        }
        return keys
    }()

    /// The characters `matchKey(_:)` leaves out: whitespace (space, tab, line feed, carriage
    /// return, no-break space), hyphens and dashes (`-`, U+2010, U+2011, en and em dash), straight
    /// and curly quotes and apostrophes, and `. , ( ) / : ; ! ?`. m0043 lists them by code point
    /// (`char(32, 9, ...)`), in this order.
    public static let ignoredInMatching: [Unicode.Scalar] = [
        " ", "\t", "\n", "\r", "\u{A0}", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}",
        "'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", ".", ",", "(", ")", "/", ":", ";", "!", "?",
    ]

    /// The form in which names are compared: `The Counter Trafficking  Data Collaborative.` and
    /// `counter-trafficking data collaborative` are both `countertraffickingdatacollaborative`.
    ///
    /// Why: names were compared as typed, ignoring case only, and a source's name is typed many
    /// ways (a space for the hyphen, two spaces, a curly apostrophe, `&` for "and", a full stop
    /// after it, "The" before it): each missed its abbreviation and was cited whole. The steps, as
    /// m0043's SQL takes them: every `&` becomes ` and `; A-Z become a-z (ASCII only, as SQLite's
    /// `lower()` does); leading `ignoredInMatching` characters go; a leading `the` followed by one
    /// of them goes; then every `ignoredInMatching` character goes. Hyphens and spaces going alike
    /// also make `co-operation` and `cooperation` one.
    public static func matchKey(_ name: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in name.unicodeScalars {
            if scalar == "&" {
                scalars += [" ", "a", "n", "d", " "]
            } else if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) {
                scalars.append(lower)
            } else {
                scalars.append(scalar)
            }
        }
        let ignored = Set(ignoredInMatching)
        var rest = scalars.drop { ignored.contains($0) }
        if rest.count > 3, rest.prefix(3).elementsEqual(["t", "h", "e"]), ignored.contains(rest[rest.startIndex + 3]) {
            rest = rest.dropFirst(3)
        }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: rest.filter { !ignored.contains($0) })
        return String(key)
    }

    /// `International Labour Office` → `ILO`: the abbreviation a name states in parentheses
    /// (`Counter-Trafficking Data Collaborative (CTDC)` → `CTDC`), else the one the field cites the
    /// organisation by (`established`, matched by `matchKey(_:)`), else the name whole
    /// (`U.S. Department of State`).
    public static func abbreviation(of name: String) -> String {
        if let given = givenAbbreviation(in: name) { return given }
        return byMatchKey[matchKey(name)] ?? name
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
