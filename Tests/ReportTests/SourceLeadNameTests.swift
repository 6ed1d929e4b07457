import Report
import Storage
import Testing

/// The names a source leads with, one rule for its label, its reference entry and Datasette's
/// `source`; and the names and keys its exports write.
@Suite("source lead names: labels, reference heads, Datasette source, CSL suffix, BibTeX keys")
struct SourceLeadNameTests {
    static let ministry = "Ministry of Labour, Invalids and Social Affairs"

    @Test("a publisher leading for want of authors is an organisation, whatever commas its name holds")
    func publisherWithComma() {
        let molisa = Source(key: "molisa-2020", title: "T", publisher: Self.ministry, published: "2020")
        #expect(SourceLabel.short(molisa) == "Ministry of Labour, Invalids and Social Affairs 2020")
        // Not "MLISA": initials the ministry does not use (it calls itself MOLISA) are not made up.
        #expect(SourceLabel.leadText(molisa) == "Ministry of Labour, Invalids and Social Affairs")
        #expect(CitationText.full(molisa) == "Ministry of Labour, Invalids and Social Affairs (2020). T.")
        let own = Source(key: "molisa-2021", title: "T", publisher: Self.ministry + " (MOLISA)", published: "2021")
        #expect(SourceLabel.short(own) == "MOLISA 2021")
        let firm = Source(key: "sjp-2019", title: "T", publisher: "Smith, Jones & Partners", published: "2019")
        #expect(SourceLabel.short(firm) == "Smith, Jones & Partners 2019")
        // A statement's issuer too; its speaker, an author, is still a person.
        let statement = Source(key: "s", kind: "statement", title: "T", authors: "Fedotov, Yury", publisher: Self.ministry, published: "2012")
        #expect(SourceLabel.short(statement) == "Ministry of Labour, Invalids and Social Affairs 2012")
        // The authors column's names are people's, as the file contract writes them.
        let person = Source(key: "p", title: "T", authors: "Smith, John", publisher: Self.ministry, published: "2019")
        #expect(SourceLabel.short(person) == "Smith 2019")
        #expect(SourceLabel.leadText(person) == "Smith, John")
    }

    @Test("Datasette's source leads with the authors, as the reference entry does, not the publisher")
    func datasette() {
        let article = Source(key: "a", kind: "journal-article", title: "On things", authors: "van der Berg, Jan", publisher: "Journal of Things", published: "2018")
        #expect(DatasetteSource(article).text == "van der Berg, Jan (2018). On things")
        let two = Source(key: "b", title: "T", authors: "Doe, Jane; Roe, Ann; International Labour Office", publisher: "P", published: "2005")
        #expect(DatasetteSource(two).text == "Doe, Jane, Roe, Ann and International Labour Office [ILO] (2005). T")
        let report = Source(key: "u", kind: "dataset", title: "Global Report on Trafficking in Persons", publisher: "UNODC", published: "2025")
        #expect(DatasetteSource(report).text == "UNODC (2025). Global Report on Trafficking in Persons")
        #expect(DatasetteSource(Source(key: "k", title: "T")).text == "k (n.d.). T")
    }

    @Test("CSL-JSON writes Family, Given, Suffix as family, given and suffix")
    func suffix() {
        let source = Source(key: "k", kind: "book", title: "T", authors: "King, Martin Luther, Jr.; Doe, Jane")
        #expect(CSLExport.item(source)["author"]?.compact
            == #"[{"family":"King","given":"Martin Luther","suffix":"Jr."},{"family":"Doe","given":"Jane"}]"#)
    }

    @Test("BibTeX keys differing only in case: the first loaded (first given) keeps its own, later ones get the first free -N")
    func bibTeXKeys() {
        #expect(BibTeXExport.renamedKeys(["ilo-2005", "ILO-2005", "unodc"]) == ["ILO-2005": "ILO-2005-2"])
        #expect(BibTeXExport.renamedKeys(["ILO-2005", "ilo-2005"]) == ["ilo-2005": "ilo-2005-2"])
        #expect(BibTeXExport.renamedKeys(["a", "A", "a-2", "A-3"]) == ["A": "A-4"])
        #expect(BibTeXExport.renamedKeys(["x", "X", "x-2", "X-2"]) == ["X": "X-3", "X-2": "X-2-2"])
        #expect(BibTeXExport.renamedKeys(["b", "c"]).isEmpty)
        #expect(BibTeXExport.entry(Source(key: "a", title: "T"), key: "a-4").hasPrefix("@misc{a-4,\n"))
    }
}
