import Report
import Storage
import Testing

/// An organisation is cited by an abbreviation only where the field uses one (its own, which may
/// not be its initials: OWID), never by initials made up for it: "CDC" for the
/// Counter-Trafficking Data Collaborative reads as the US Centers for Disease Control.
@Suite("Organisations' own abbreviations in labels and references")
struct OrganisationAbbreviationTests {
    @Test("Our World in Data is OWID, not OWD; the International Labour Office is still ILO")
    func ownAbbreviation() {
        let owid = Source(key: "owid", kind: "dataset", title: "Detected victims", publisher: "Our World in Data")
        #expect(CitationText.shortLabel(owid) == "OWID n.d.")
        #expect(CitationText.full(owid).hasPrefix("Our World in Data [OWID] (n.d.). Detected victims"))
        let ilo = Source(key: "ilo", title: "A global alliance", publisher: "International Labour Office", published: "2005")
        #expect(CitationText.shortLabel(ilo) == "ILO 2005")
    }

    @Test("established abbreviations by the full name, without case; any other organisation whole, however many capitalised words",
          arguments: [
              ("Counter-Trafficking Data Collaborative", "CTDC"),
              ("Global Alliance Against Traffic in Women", "GAATW"),
              ("International Labour Organization", "ILO"),
              ("international organization for migration", "IOM"),
              ("Organization for Security and Co-operation in Europe", "OSCE"),
              ("U.S. Department of State", "U.S. Department of State"),
              ("U.S. Department of Justice", "U.S. Department of Justice"),
              ("Walk Free Foundation", "Walk Free Foundation"),
              ("National Crime Agency", "National Crime Agency"),
              ("Ministry of Labour, Invalids and Social Affairs (MOLISA)", "MOLISA"),
          ])
    func established(name: String, cited: String) {
        #expect(OrganisationName.abbreviation(of: name) == cited)
    }

    @Test("a reference entry brackets an established abbreviation only")
    func entries() {
        let ctdc = Source(key: "c", kind: "dataset", title: "Global dataset", publisher: "Counter-Trafficking Data Collaborative", published: "2024")
        #expect(CitationText.shortLabel(ctdc) == "CTDC 2024")
        #expect(CitationText.full(ctdc) == "Counter-Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset].")
        let state = Source(key: "s", title: "Trafficking in Persons Report", publisher: "U.S. Department of State", published: "2023")
        #expect(CitationText.shortLabel(state) == "U.S. Department of State 2023")
        #expect(CitationText.full(state) == "U.S. Department of State (2023). Trafficking in Persons Report.")
    }
}
