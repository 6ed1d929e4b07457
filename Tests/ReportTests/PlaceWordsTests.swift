import Storage
import Testing

@testable import Report

@Suite("place names in sentences")
struct PlaceWordsTests {
    @Test("plural names, unions, republics in full and the world take 'the'; others and inverted ISO names do not", arguments: [
        ("World", "the world"), ("United States", "the United States"), ("United Kingdom", "the United Kingdom"),
        ("Philippines", "the Philippines"), ("Netherlands", "the Netherlands"), ("Solomon Islands", "the Solomon Islands"),
        ("Central African Republic", "the Central African Republic"), ("Arab States", "the Arab States"),
        ("Falkland Islands (Malvinas)", "the Falkland Islands (Malvinas)"),
        ("France", "France"), ("Honduras", "Honduras"), ("Cyprus", "Cyprus"), ("Asia and the Pacific", "Asia and the Pacific"),
        ("Korea, Republic of", "Korea, Republic of"), ("Virgin Islands, British", "Virgin Islands, British"),
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
