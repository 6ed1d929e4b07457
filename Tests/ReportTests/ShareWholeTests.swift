@testable import Report
import Testing

/// What a measure's definition says its shares are of (`ShareWhole.of`), read only from the words
/// "a share of" themselves (a reviewer's cases, session 57).
struct ShareWholeTests {
    @Test("the whole after \"a share of\", up to a bracket, a comma, a semicolon, a colon or a full stop before a space or the end",
          arguments: [
              ("Children in child labour, as a number of children, or as a share of all children aged 5 to 17 (SDG indicator 8.7.1).",
               "all children aged 5 to 17"),
              ("People in forced labour as a share of the 1.5 million workers surveyed.", "the 1.5 million workers surveyed"),
              ("A Share of all households; by region", "all households"),
              ("Measured as a share of adults: see the notes", "adults"),
              ("Rate as a share of residents", "residents"),
          ])
    func whole(definition: String, expected: String) {
        #expect(ShareWhole.of(definition: definition) == expected)
    }

    @Test("no whole inside another word, where it is denied, or where none follows",
          arguments: [
              "Victims counted from a data share of two agencies.",
              "A count of people, not as a share of the population.",
              "Not a share of the population.",
              "Stored as a share of .",
              "A count of detected victims.",
          ])
    func none(definition: String) {
        #expect(ShareWhole.of(definition: definition) == nil)
    }

    @Test("a subgroup's share is one of the whole's part in the subgroup")
    func text() {
        #expect(ShareWhole.text("9.6%", whole: "all children aged 5 to 17", subgroup: "all") == "9.6% of all children aged 5 to 17")
        #expect(ShareWhole.text("11.2%", whole: "all children aged 5 to 17", subgroup: "male") == "11.2% of all children aged 5 to 17 in the subgroup")
    }
}
