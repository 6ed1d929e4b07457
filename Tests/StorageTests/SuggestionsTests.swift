import Storage
import Testing

@Suite("Did you mean ...? One wording for every message about a name that matched nothing")
struct SuggestionsTests {
    @Test("the question ends its sentence and what was expected starts the next; without a question, a semicolon")
    func wording() {
        #expect(Suggestions.message("unknown measure \"forced-labor\"", suggesting: ["forced-labour"], expected: "expected a measure code")
            == "unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Expected a measure code")
        #expect(Suggestions.message("unknown measure \"xyz\"", suggesting: [], expected: "expected a measure code")
            == "unknown measure \"xyz\"; expected a measure code")
        #expect(Suggestions.message("unknown place \"Wrold\"", suggesting: ["World"]) == "unknown place \"Wrold\"; did you mean \"World\"?")
        #expect(Suggestions.message("unknown place \"Nowhere\"", suggesting: []) == "unknown place \"Nowhere\"")
        #expect(Suggestions.message("unknown unit \"persns\"", for: "persns", among: ["persons", "cases"], expected: "expected one of cases, persons")
            == "unknown unit \"persns\"; did you mean \"persons\"? Expected one of cases, persons")
    }

    @Test("several suggestions read as a list", arguments: [
        (["a"], "did you mean \"a\"?"), (["a", "b"], "did you mean \"a\" or \"b\"?"), (["a", "b", "c"], "did you mean \"a\", \"b\" or \"c\"?"),
    ])
    func question(found: [String], question: String) {
        #expect(Suggestions.question(found) == question)
    }

    @Test("the name in the other number comes before the longer names that start with it")
    func otherNumber() {
        let tables = ["figure_tags", "figure_changes", "figure_lineage", "figures", "sources", "source_labels", "studies", "study_places"]
        #expect(Suggestions.closest(to: "figure", among: tables).first == "figures")
        #expect(Suggestions.closest(to: "source", among: tables).first == "sources")
        #expect(Suggestions.closest(to: "study", among: tables).first == "studies")
        #expect(Suggestions.closest(to: "Bahama", among: ["Bahamas", "Bahrain"]) == ["Bahamas"])
    }

    @Test("the same words with other separators come first; texts of up to four characters are near only what is one edit away, of the same kind")
    func ranking() {
        let measures = ["forced-labour-profits", "forced-labour", "forced-marriage", "forced-labour-rate"]
        #expect(Suggestions.closest(to: "forced_labour", among: measures).first == "forced-labour")
        #expect(Suggestions.closest(to: "Wrold", among: ["World", "Wales"]) == ["World"])
        #expect(Suggestions.closest(to: "ZZ", among: ["UK", "ZA", "Z1"]) == ["ZA"])
        #expect(Suggestions.closest(to: "00", among: ["UK", "01", "Peru"]) == ["01"])
        #expect(Suggestions.closest(to: "USSR", among: ["U.S.", "USA"]).isEmpty)
    }
}
