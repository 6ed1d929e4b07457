import Foundation
import Testing

/// Some exports give a CSL name's particle in its own member and in the family (or given) name
/// too: `{"family": "van der Berg", "non-dropping-particle": "van der"}` was printed `van der van
/// der Berg, Anna` in the authors column, the reference list and a chapter's editors. It is
/// written once; a particle given only in its member is still written before the family name.
@Suite("CSL names whose particle is also in the family or given name print it once (built binary)")
struct CSLParticleTests {
    @Test("authors, a chapter's editors and the reference list write van der Berg, Anna; van Gogh, Vincent still gets its particle")
    func particleOnce() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id": "berg-2020", "type": "chapter", "title": "Counting the hidden", "container-title": "Hidden figures", "publisher": "Institute X",
                  "author": [{"family": "van der Berg", "given": "Anna", "non-dropping-particle": "van der"},
                             {"family": "Humboldt", "given": "Alexander von", "dropping-particle": "von"},
                             {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}],
                  "editor": [{"family": "De la Cruz", "given": "Maria", "non-dropping-particle": "de la"}],
                  "issued": {"date-parts": [[2020]]}}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let authors = try Tipdb.run(["sql", "--format", "csv", "SELECT authors FROM sources"], in: dir)
            #expect(authors.stdout == "authors\r\n\"van der Berg, Anna; Humboldt, Alexander von; van Gogh, Vincent\"\r\n")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("van der Berg, Anna, Humboldt, Alexander von and van Gogh, Vincent (2020)"), "\(list.stdout)")
            #expect(list.stdout.contains("De la Cruz, Maria (ed.)"), "\(list.stdout)")
            #expect(!list.stdout.contains("van der van der") && !list.stdout.contains("von von") && !list.stdout.contains("de la De la"), "\(list.stdout)")
        }
    }
}
