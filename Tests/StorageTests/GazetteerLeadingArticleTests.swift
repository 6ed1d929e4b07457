import Foundation
import Storage
import Testing

/// A place name as briefs print it in a sentence, `the Cook Islands`, `the world`: read as the
/// name without its `the`, where before it was refused with `did you mean "Cook Islands"?`
/// (review of session 46), and no text that named a place names another now.
@Suite("Gazetteer: a place name with a leading 'the', as briefs print it")
struct GazetteerLeadingArticleTests {
    @Test("a name or alias after 'the' in any case names its place", arguments: [
        ("the Cook Islands", "COK"), ("The Philippines", "PHL"), ("THE MALDIVES", "MDV"), ("the Arab States", "ILO-ARAB-STATES"),
        ("the world", "WLD"), ("  the  Cook   Islands ", "COK"), ("the UK", "GBR"), ("the Côte d’Ivoire", "CIV"),
    ])
    func named(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("a name that starts with 'The' is still itself, and a code or number after 'the' names nothing", arguments: [
        ("The Gambia", "GMB"), ("the gambia", "GMB"), ("The Netherlands", "NLD"), ("The Bahamas", "BHS"),
        ("the it", nil), ("the NGA", nil), ("the 566", nil), ("the", nil), ("theworld", nil), ("the the world", nil),
    ] as [(String, String?)])
    func unchanged(text: String, code: String?) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("every name and alias reads the same with 'the' before it, and the ambiguous ones stay ambiguous")
    func everyName() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        var differing: [String] = []
        for name in gazetteer.names where !name.lowercased().hasPrefix("the ") {
            if gazetteer.code(for: "the " + name) != gazetteer.code(for: name) { differing.append(name) }
        }
        #expect(differing.isEmpty, "\(differing)")
        #expect(gazetteer.places(sharing: "the Micronesia").map(\.code) == ["FSM", "M49-057"])
        #expect(gazetteer.refusal(for: "the Micronesia")
            == "place \"the Micronesia\" is ambiguous: it names Micronesia, Federated States of (a country, code FSM) and Micronesia (an M49 sub-region, code M49-057); write FSM or M49-057")
    }
}
