import Storage
import Testing

/// Suggestions for a number that is no M49 code and for a measure written in plain English:
/// each got none. What is offered must stay plausible (`GazetteerTests.refusals`: `0`, `00`, `ZZ`,
/// `EU` and `USSR` get none).
@Suite("Suggestions for mistyped M49 numbers and for measures in other words")
struct PlaceAndMeasureSuggestionTests {
    static let expected = "Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"

    @Test("a number one digit from M49 numbers is offered them, each with its place's name", arguments: [
        ("8400", "unknown place \"8400\"; did you mean \"840\" (United States) or \"800\" (Uganda)? \(expected)"),
        ("08400", "unknown place \"08400\"; did you mean \"840\" (United States) or \"800\" (Uganda)? \(expected)"),
        ("8040", "unknown place \"8040\"; did you mean \"804\" (Ukraine), \"800\" (Uganda) or \"840\" (United States)? \(expected)"),
        ("841", "unknown place \"841\"; did you mean \"840\" (United States) or \"831\" (Guernsey)? \(expected)"),
        ("7100", "unknown place \"7100\"; did you mean \"710\" (South Africa)? \(expected)"),
    ])
    func numberNearM49(text: String, message: String) throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.code(for: text) == nil)
        #expect(gazetteer.refusal(for: text) == message)
    }

    @Test("a number near no M49 number, too short or too long to be one, or zero, gets none", arguments: [
        "999", "9999", "0", "00", "000", "0000", "12345", "840000", "-840",
    ])
    func numberNearNothing(text: String) throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.code(for: text) == nil)
        #expect(gazetteer.suggestions(for: text).isEmpty, "\(text): \(gazetteer.suggestions(for: text))")
        #expect(gazetteer.refusal(for: text) == "unknown place \"\(text)\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)")
    }

    @Test("84 and 0840 are M49 numbers written short or long (Belize's 084, the United States' 840), not mistakes")
    func shortAndLongNumbersResolve() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.code(for: "84") == "BLZ")
        #expect(gazetteer.code(for: "0840") == "USA")
    }

    @Test("a measure in other words, order or spelling is offered the measure whose code or label has them all", arguments: [
        ("detected victims", ["detected-trafficking-victims"]),
        ("victims detected", ["detected-trafficking-victims"]),
        ("Detected Victim", ["detected-trafficking-victims"]),
        ("trafficking victims detected", ["detected-trafficking-victims"]),
        ("forced labor", ["forced-labour"]),
        ("Forced_Labor", ["forced-labour"]),
        ("labor forced", ["forced-labour"]),
        ("state imposed forced labor", ["state-imposed-forced-labour"]),
        ("offenses of trafficking", ["trafficking-offences"]),
        ("profits forced labor", ["forced-labour-profits"]),
        ("forced-labor", ["forced-labour"]),
        ("victims", ["trafficking-victims", "detected-trafficking-victims", "victims-in-case-data"]),
        // The estimate found by its words comes with the detected count of its concept.
        ("Victims of trafficking", ["trafficking-victims", "detected-trafficking-victims"]),
        // No code or label has the word, but one has its stem (convict).
        ("convictions", ["persons-convicted"]),
        ("prosecutions", ["persons-prosecuted"]),
        // Nor its stem: a definition has it (persons-formal-contact: "Persons suspected, arrested or cautioned").
        ("arrests", ["persons-formal-contact"]),
    ])
    func measureInOtherWords(text: String, suggestions: [String]) throws {
        let measures = try Measure.all(in: ReferenceDataTests.migrated())
        #expect(Measure.suggestions(for: text, among: measures) == suggestions, "\(text)")
    }

    /// m0061's referrals of potential victims of modern slavery are defined as detected people in
    /// forced or compulsory labour among others: found by the words of that definition.
    @Test("words only a definition has find its measure: detected people in forced labour are referrals", arguments: ["victims of labour", "detected forced labour"])
    func measureByDefinition(text: String) throws {
        let measures = try Measure.all(in: ReferenceDataTests.migrated())
        #expect(Measure.suggestions(for: text, among: measures) == ["modern-slavery-referrals"], "\(text)")
    }

    @Test("words no measure has, or only small words, get no measure", arguments: ["zzz-measure", "of the", "EU"])
    func measureNearNothing(text: String) throws {
        let measures = try Measure.all(in: ReferenceDataTests.migrated())
        #expect(Measure.suggestions(for: text, among: measures).isEmpty, "\(text): \(Measure.suggestions(for: text, among: measures))")
    }

    @Test("a suggestion's gloss follows it in brackets")
    func glosses() {
        #expect(Suggestions.question(["840", "800"], glosses: ["840": "United States", "800": "Uganda"])
            == "did you mean \"840\" (United States) or \"800\" (Uganda)?")
        #expect(Suggestions.message("unknown place \"8400\"", suggesting: ["840"], glosses: ["840": "United States"])
            == "unknown place \"8400\"; did you mean \"840\" (United States)?")
    }
}
