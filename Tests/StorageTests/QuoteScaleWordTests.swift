import Storage
import Testing

/// `QuoteNumbers` reads numbers spelled with a scale word only in quotes that hold one, looked for
/// in the quote's bytes whatever the case of its letters, as the words themselves are read; a
/// quote with other characters than ASCII is asked character by character, as before, so that a
/// mark joined to the word (`million` and U+0301) keeps it from being one.
@Suite("QuoteNumbers: spelled numbers found whatever the case of the scale word")
struct QuoteScaleWordTests {
    @Test(
        "a scale word in capitals, in a title's case or in lower case is read; a quote with none states no spelled number",
        arguments: [
            ("TWO MILLION PEOPLE WERE IN FORCED LABOUR", ["two million"], [2_000_000.0]),
            ("Some Two Million people", ["two million"], [2_000_000]),
            ("about two thousand victims", ["two thousand"], [2_000]),
            ("27.6 Million in forced labour in 2021", ["27.6 million", "2021"], [27_600_000, 2_021]),
            ("two people in 2021", ["2021"], [2_021]),
            // Beside other characters than ASCII: read as before, character by character.
            ("Côte d’Ivoire: TWO MILLION", ["two million"], [2_000_000]),
            ("two million\u{301} people", [], []),
            ("two thousand\u{FE0F}", [], []),
            ("", [], []),
        ])
    func scaleWords(quote: String, texts: [String], values: [Double]) {
        let stated = QuoteNumbers.stated(in: quote)
        #expect(stated.map { $0.text.lowercased() } == texts, "\(stated)")
        #expect(stated.map(\.value) == values)
    }
}
