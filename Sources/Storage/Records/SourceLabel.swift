/// The short label a source is cited by in running text (`ILO 2005`, `Francis 2013`,
/// `UNODC 2024a`), and the order a reference list gives sources in.
///
/// Why in Storage: the brief, `report lineage` and the brief's CSV cite by this label, and
/// `source_labels` keeps it in the database so that SQL can ask for the figures resting on
/// "ILO 2005" in the words the brief uses. One rule, here, for both: a label made twice would
/// drift, and a query by the brief's words would quietly find nothing.
public enum SourceLabel {
    /// `ILO 2005`, `Francis 2013`, `ILO and Walk Free Foundation 2017`, `ILO et al. 2022`,
    /// `UNODC 2012`, `Doe c. 2005`.
    ///
    /// A statement is attributed to the organisation that issued it, as briefs cite it
    /// ("UNODC 2012"), not to the official who read it. Each lead name is cited as
    /// `shortName(_:of:)` gives it: a person by the family name, an organisation whole or by its
    /// abbreviation.
    public static func short(_ source: Source) -> String { label(source, naming: .family) }

    /// The label with its first lead name, where that is a person's, in `form`: `Ray 2023`,
    /// `A. Ray 2023`, `Ann Ray 2023` (`lettered` tells different people apart so).
    static func label(_ source: Source, naming form: NameForm) -> String {
        let names = leadNames(source)
        var short = names.map { shortName($0, of: source) }
        if form != .family, let first = names.first, namesPerson(first, of: source) { short[0] = cited(first, form) }
        let who: String =
            switch short.count {
            case 1: short[0]
            case 2: short[0] + " and " + short[1]
            default: short[0] + " et al."
            }
        return who + " " + year(of: source)
    }

    /// Short labels for every source, unique among them (`lettered`): `UNODC 2024a`, `UNODC
    /// 2024b`; `A. Ray 2023`, `B. Ray 2023`.
    public static func unique(_ sources: [String: Source]) -> [String: String] {
        lettered(sources).mapValues(\.label)
    }

    /// The letter each source's year takes in its label and its reference entry (`a`, `b`, ...,
    /// `z`, `aa`, `ab`, ...), or "" where its label needs none; one pass for both (`lettered`), so
    /// that they always agree.
    public static func yearSuffixes(_ sources: [String: Source]) -> [String: String] {
        lettered(sources).mapValues(\.letter)
    }

    /// Bibliography order: the names an entry leads with (`leadNames`), year, title, then the full
    /// date and key; names and titles in dictionary order (`DictionaryOrder`: Åkesson before
    /// Zhou, Étude before Zones). Works without a date come first, works in press last, as APA
    /// lists them.
    ///
    /// Why titles too: the letters of one label's years follow this order, as APA and Zotero
    /// letter works by title, and titles compared as scalars put every one that starts with an
    /// accented letter after Z: Ndiaye's `Zones frontalières` was 2019a, `Ébauche` 2019b (review
    /// of session 47). Why the year and not the date before the title: APA letters works of one
    /// author and year by title, and Zotero's `apa.csl` sorts by the year alone; compared whole,
    /// `2024-03` came before `2024-12-11` and a bare `2024` before both, so GLOTIP 2024 was
    /// "UNODC 2024b" where a thesis citing it from Zotero says 2024a (review of session 52). The
    /// full date, then the key, only keep the order the same from run to run.
    /// `source_labels` stores the letters: a database labelled before is mended by `tipdb migrate
    /// --repair`, and `tipdb check` names the labels that moved.
    public static func precedes(_ a: Source, _ b: Source) -> Bool {
        func name(_ source: Source) -> String { leadNames(source).joined(separator: "; ").lowercased() }
        let (x, y) = (name(a), name(b))
        if x != y { return DictionaryOrder.precedes(x, y) }
        // "~" sorts after every digit: in press after the dated works, as APA lists them.
        func year(_ source: Source) -> String { source.published.map { String($0.prefix(4)) } ?? (source.isInPress ? "~" : "") }
        if year(a) != year(b) { return year(a) < year(b) }
        let (s, t) = (DictionaryOrder.key(a.title), DictionaryOrder.key(b.title))
        if s != t { return s < t }
        return (a.title.lowercased(), a.published ?? "", a.key) < (b.title.lowercased(), b.published ?? "", b.key)
    }

    /// The names a source is cited under, label and entry alike: its authors, or for a statement
    /// (or a work without authors) the organisation that issued it.
    public static func leadNames(_ source: Source) -> [String] {
        leadsWithPublisher(source) ? [source.publisher ?? source.key] : authorNames(source)
    }

    /// Whether the source is cited under its publisher (or, without one, its key) rather than
    /// its authors: a statement, or a work without authors.
    static func leadsWithPublisher(_ source: Source) -> Bool {
        authorNames(source).isEmpty || (source.kind == "statement" && source.publisher != nil)
    }

    /// The authors column's names, in order.
    private static func authorNames(_ source: Source) -> [String] {
        (source.authors ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
    }

    /// Whether `name`, one of `leadNames(source)`, is a person's `Family, Given`, cited by the
    /// part before its first comma.
    ///
    /// Why not every name with a comma: a publisher leading for want of authors is an
    /// organisation, whatever its name holds (`Ministry of Labour, Invalids and Social Affairs`,
    /// `Smith, Jones & Partners`); cut at the comma it was cited "Ministry of Labour 2020", where
    /// the reference list gives the whole name. So is an author its CSL record gave whole
    /// (`Source.namesOrganisation`).
    public static func namesPerson(_ name: String, of source: Source) -> Bool {
        name.contains(",") && !leadsWithPublisher(source) && !source.namesOrganisation(name)
    }

    /// One lead name as a label cites it: a person by the family name (`Francis`), an
    /// organisation whole or by its abbreviation (`ILO`, `Smith, Jones & Partners`).
    public static func shortName(_ name: String, of source: Source) -> String {
        guard namesPerson(name, of: source), let comma = name.firstIndex(of: ",") else { return OrganisationName.abbreviation(of: name) }
        return String(name[..<comma])
    }

    /// The lead names as a reference entry begins (`report sources`, Datasette's `source`): in
    /// full, each organisation that its label abbreviates followed by the abbreviation in brackets
    /// (`United Nations Office on Drugs and Crime [UNODC]`, as APA introduces one), listed
    /// `A, B and C`.
    ///
    /// Why here: the reference list and Datasette's metadata credited different names (the
    /// publisher before the authors); one rule beside the label's keeps every place that names a
    /// source leading with the names its label cites.
    public static func leadText(_ source: Source) -> String {
        let names = leadNames(source).map { name -> String in
            let short = shortName(name, of: source)
            // A person's name is given whole (`CSLName.listed`: `张伟`); a name that gives its abbreviation already says it.
            if namesPerson(name, of: source) { return CSLName.listed(name) }
            guard short != name, OrganisationName.givenAbbreviation(in: name) == nil else { return name }
            return "\(name) [\(short)]"
        }
        return EnglishList.joined(names)
    }

    /// The publication year, `c. 2005` when its CSL record says the date is approximate
    /// (`Source.isCirca`), `in press` for an accepted work not yet published (`Source.isInPress`:
    /// APA's "Okafor, in press"), or `n.d.` when the source has no date.
    public static func year(of source: Source) -> String {
        guard let published = source.published else { return source.isInPress ? "in press" : "n.d." }
        return (source.isCirca ? "c. " : "") + published.prefix(4)
    }
}
