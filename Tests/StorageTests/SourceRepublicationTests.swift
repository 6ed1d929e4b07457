import Storage
import Testing

/// `Source.republisher`: which sources are second-hand copies, read from the sentence the Our
/// World in Data ingest writes in their notes (databases loaded by every tipdb version have it).
@Suite("a source's republisher, from its notes")
struct SourceRepublicationTests {
    static func source(notes: String?) -> Source {
        Source(key: "k", kind: "dataset", title: "T", publisher: "United Nations Office on Drugs and Crime", notes: notes)
    }

    @Test("the sentence at the start, after another sentence, or after a citation without a full stop (as tipdb wrote it before ending citations as sentences)", arguments: [
        "Republished by Our World in Data as detected.csv, sha256 ab.",
        "Citation: UNODC (2025). Global Report. Republished by Our World in Data as dv.csv (https://ourworldindata.org/grapher/x), sha256 ab.",
        "Citation: UNODC (2025) – processed by Our World in Data Republished by Our World in Data as dv.csv, sha256 ab.",
        "Citation: UNODC (2025) – processed by Our World in Data. Republished by Our World in Data as dv.csv, sha256 ab.",
    ])
    func recognised(notes: String) {
        #expect(Self.source(notes: notes).republisher == "Our World in Data")
    }

    @Test("a producer's own source, and a phrase inside a word or without a name, are not copies", arguments: [
        nil, "", "Data portal export glotip.csv, sha256 ab.", "Unrepublished by X as Y.", "Republished by  as dv.csv.",
        "Republished by Our World in Data",
    ] as [String?])
    func notCopies(notes: String?) {
        #expect(Self.source(notes: notes).republisher == nil)
    }
}
