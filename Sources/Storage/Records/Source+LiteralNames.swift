extension Source {
    /// Whether `name`, one of the `authors` column's names, is an organisation rather than a
    /// person's `Family, Given`: its CSL record gave it whole (`{"literal": "Smith, Jones &
    /// Partners"}`), or it holds one of the small words of organisations' names
    /// (`Source.organisationWords`: `Ministry of Labour, Government of Ghana`), or the words of
    /// French, Spanish and Portuguese organisations' names (`OrganisationWords`: `Ministère de la
    /// Justice, République de Côte d'Ivoire`).
    ///
    /// Why: the authors column writes both as text, and an organisation's name with a comma reads
    /// there as a person's. Cited as "Smith 2019" and written to BibTeX as family Smith, given
    /// "Jones & Partners", the work was credited to someone who does not exist. The CSL record
    /// ingest keeps (compact JSON, as `sources.csl` holds it) says which it was; a source loaded
    /// from CSV has no record, and the words tell: no person's family or given names hold a
    /// lower-case `of`, `for` or `the` (ingest does not warn about such a name for the same reason).
    public func namesOrganisation(_ name: String) -> Bool {
        guard name.contains(",") else { return false }
        if Self.holdsOrganisationWord(name) { return true }
        guard let csl else { return false }
        let value = JSONString.literal(name)
        return csl.contains("\"literal\":" + value) || csl.contains("\"literal\": " + value)
    }

    /// Words, lower case as written, that mark a name as an organisation's: `of`, `for`, `the`,
    /// `on`, `in` and `&`. Not `and`, which a person's name may hold in BibTeX's braces (`{Smith
    /// and Wesson}, Jo`); an organisation's name with `and` nearly always holds one of these too.
    /// Capitalised forms are not read: `In` and `On` are family names.
    ///
    /// The same words are in `figure_citations`' SQL copy of the reference entry (m0044).
    public static let organisationWords: Set<Substring> = ["of", "for", "the", "on", "in", "&"]

    /// Whether `name`, its commas read as spaces, holds one of `organisationWords` as a word, or
    /// reads as an organisation's name by the words of French, Spanish and Portuguese names
    /// (`OrganisationWords`: `Ministère de la Femme, de la Famille et de l’Enfance`).
    ///
    /// `figure_citations`' SQL copy reads only `organisationWords`: it decides there whether the
    /// entry adds an abbreviation in brackets, which no name that only `OrganisationWords` marks
    /// has (`OrganisationName.established` lists English names).
    public static func holdsOrganisationWord(_ name: String) -> Bool {
        holdsSmallOrganisationWord(name) || OrganisationWords.markOrganisation(name)
    }

    /// Whether `name` holds one of the small English words of `organisationWords` only, as
    /// `figure_citations`' SQL copy reads it: what tells one organisation's name with commas
    /// (`Ministry of Labour, Invalids and Social Affairs`) from organisations listed with commas.
    public static func holdsSmallOrganisationWord(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "," }).contains { organisationWords.contains($0) }
    }
}
