import Storage
import Testing

@testable import Report

@Suite("place names in sentences")
struct PlaceWordsTests {
    @Test("plural names, unions, republics in full and the world take 'the', others do not; inverted ISO names are turned round", arguments: [
        ("World", "the world"), ("United States", "the United States"), ("United Kingdom", "the United Kingdom"),
        ("Philippines", "the Philippines"), ("Netherlands", "the Netherlands"), ("Solomon Islands", "the Solomon Islands"),
        ("Central African Republic", "the Central African Republic"), ("Arab States", "the Arab States"),
        ("Falkland Islands (Malvinas)", "the Falkland Islands (Malvinas)"),
        ("France", "France"), ("Honduras", "Honduras"), ("Cyprus", "Cyprus"), ("Asia and the Pacific", "Asia and the Pacific"),
        ("Korea, Republic of", "the Republic of Korea"), ("Virgin Islands, British", "the British Virgin Islands"),
        ("Congo, The Democratic Republic of the", "the Democratic Republic of the Congo"),
        ("Korea, Democratic People's Republic of", "the Democratic People's Republic of Korea"),
        ("Iran, Islamic Republic of", "the Islamic Republic of Iran"), ("Palestine, State of", "the State of Palestine"),
        ("Bolivia, Plurinational State of", "the Plurinational State of Bolivia"),
        ("Virgin Islands, U.S.", "the United States Virgin Islands"),
        ("Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius and Saba"),
        ("Saint Helena, Ascension and Tristan da Cunha", "Saint Helena, Ascension and Tristan da Cunha"),
        ("Taiwan, Province of China", "Taiwan, Province of China"),
    ])
    func article(name: String, expected: String) {
        #expect(Words.place(name) == expected)
    }

    @Test("a brief about one country with figures names no country gap, not 'every one of the 1 country'")
    func oneCountry() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s", publisher: "International Labour Office", published: "2022")
        try scratch.figure("fra", value: 1_000, place: "FRA", source: "s")
        let gaps = try scratch.brief(BriefFilters(places: ["FRA"])).gaps.sentences
        #expect(!gaps.isEmpty)
        #expect(!gaps.contains { $0.contains("country") }, "\(gaps)")
    }
}

@Suite("a place named after a comma in a caution")
struct PlaceAroundCommaTests {
    @Test("inverted ISO names are turned round, names English gives an article get it, as in a sentence; the world stays World", arguments: [
        ("Congo, The Democratic Republic of the", "the Democratic Republic of the Congo"),
        ("Korea, Republic of", "the Republic of Korea"),
        ("Taiwan, Province of China", "Taiwan, Province of China"),
        ("World", "World"),
        ("Philippines", "the Philippines"),
        ("United States", "the United States"),
        ("France", "France"),
    ])
    func aroundComma(name: String, expected: String) {
        #expect(Words.aroundComma(name) == expected)
    }
}
