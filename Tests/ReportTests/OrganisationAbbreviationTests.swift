import Report
import Storage
import Testing

/// An organisation that abbreviates itself otherwise than by its initials is cited under its
/// own abbreviation; the initials rule still holds for the others.
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
}
