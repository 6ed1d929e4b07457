@testable import Ingest
import Testing

/// A breakdown category of a dimension of places that names no place was looked up for
/// suggestions on every row that gave it (two minutes for 30,000 rows of one category, session
/// 65): the memo works each text out once, and gives the same answer as the work itself.
@Suite("PlaceSuggestionMemo: each text's place suggestions worked out once")
struct PlaceSuggestionMemoTests {
    @Test("a text is computed once, another text again; the answer is the computed one")
    func once() {
        let memo = PlaceSuggestionMemo()
        var calls = 0
        func lookUp(_ text: String) -> [String] {
            memo.suggestions(for: text) {
                calls += 1
                return (["\(text)-near"], [:])
            }.found
        }
        #expect(lookUp("Viet Nma") == ["Viet Nma-near"])
        #expect(lookUp("Viet Nma") == ["Viet Nma-near"])
        #expect(calls == 1)
        #expect(lookUp("Third-country nationals") == ["Third-country nationals-near"])
        #expect(calls == 2)
    }

    @Test("Vocabulary's suggestions are the gazetteer's, the first time and after")
    func vocabulary() throws {
        let harness = try IngestHarness()
        let vocabulary = try Vocabulary(db: harness.db)
        let first = vocabulary.placeSuggestions(for: "Viet Nma")
        #expect(first.found.contains("Viet Nam"), "\(first.found)")
        #expect(vocabulary.placeSuggestions(for: "Viet Nma").found == first.found)
        #expect(vocabulary.placeSuggestions(for: "Houston").found.isEmpty)
    }
}
