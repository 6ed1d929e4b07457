import Storage
import Testing

@testable import Report

/// A place name with a qualifier in brackets takes the article of the name before them: "the
/// Americas (ILO region)", as "the Americas", wherever a brief names places in running text.
@Suite("place names with a qualifier in brackets take the article of the name before it")
struct QualifiedPlaceArticleTests {
    @Test("the ILO's and UNODC's region names, and ISO names with brackets", arguments: [
        ("Americas (ILO region)", "the Americas (ILO region)"), ("Africa (ILO region)", "Africa (ILO region)"),
        ("North America (UNODC region)", "North America (UNODC region)"), ("Netherlands (Kingdom of the)", "the Netherlands (Kingdom of the)"),
        ("Iran (Islamic Republic of)", "Iran (Islamic Republic of)"), ("Falkland Islands (Malvinas)", "the Falkland Islands (Malvinas)"),
        ("Holy See (Vatican City State)", "the Holy See (Vatican City State)"), ("Saint Martin (French part)", "Saint Martin (French part)"),
    ])
    func article(name: String, expected: String) {
        #expect(Words.place(name) == expected)
        #expect(Words.aroundComma(name) == expected)
    }

    @Test("a brief of the Americas (ILO region) and the Arab States: title, scope line, cautions and lists")
    func brief() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s", publisher: "International Labour Office", published: "2022")
        try scratch.figure("am", value: 3_600_000, place: "ILO-AMERICAS", source: "s", sex: "female")
        try scratch.figure("ar", value: 900_000, place: "ILO-ARAB-STATES", source: "s", sex: "female")
        let brief = try scratch.brief(BriefFilters(places: ["ILO-AMERICAS", "ILO-ARAB-STATES"]))
        #expect(brief.title == "Forced labour in the Americas (ILO region) and the Arab States: the published figures")
        #expect(brief.scope.description.hasPrefix("All measures; the Americas (ILO region; 57 countries and 9 regions within it) and the Arab States (12 countries); "),
                "\(brief.scope.description)")
        #expect(brief.gaps.sentences.suffix(2) == [
            "2 places with estimates have no study in the database that covers them: the Americas (ILO region) and the Arab States.",
            "2 measures and places have figures but no primary figure for everyone in the measure's usual unit, so no key figure: "
                + "Forced labour in the Americas (ILO region) and Forced labour in the Arab States (see the figures tables).",
        ])
        // Tables keep the stored name.
        #expect(brief.figureGroups.flatMap(\.figures).map(\.placeName).sorted() == ["Americas (ILO region)", "Arab States"])
    }
}
