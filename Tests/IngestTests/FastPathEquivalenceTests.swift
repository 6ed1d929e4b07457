@testable import Ingest
import Testing

/// The number and period parsers read the common forms from bytes before falling back to the
/// full parsers. These tests feed both paths the same texts, many of them generated near the
/// edges (lengths, separators, ranges, leap days), and require the same value or the same error.
@Suite("Value parsing: the fast paths agree with the full parsers")
struct FastPathEquivalenceTests {
    /// A deterministic generator, so that a failure names a text that can be tried again.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func texts(from alphabet: [String], count: Int, maxLength: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(maxLength + 1)).map { _ in alphabet[generator.next(alphabet.count)] }.joined()
        }
    }

    static func outcome<T: Equatable, E: Error>(_ body: () throws(E) -> T) -> String {
        do { return "value \(try body())" } catch { return "error \(RowReader.message(of: error))" }
    }

    /// Expects `parse` and `parseFully` to agree on every text, and the fast path to be taken
    /// (`takesFastPath`) more than `minimumFast` times, so that the comparison means something.
    static func expectAgreement<T: Equatable, E: Error>(
        on texts: [String], minimumFast: Int, takesFastPath: (String) -> Bool,
        parse: (String) throws(E) -> T, parseFully: (String) throws(E) -> T
    ) {
        var fast = 0
        for text in texts {
            if takesFastPath(text) { fast += 1 }
            #expect(outcome { () throws(E) in try parse(text) } == outcome { () throws(E) in try parseFully(text) }, "\"\(text)\"")
        }
        #expect(fast > minimumFast, "the generator must reach the fast path often: \(fast)")
    }

    static let periods = [
        "2016", "1995-2004", "2019-06", "2019-06-30", "2020-02-29", "2019-02-29", "1900-02-29", "2000-02-29",
        "1800", "1799", "2200", "2201", "2004-1995", "2016-2016", "2019-00", "2019-13", "2019-12-31", "2019-04-31",
        "2019-06-00", "20166", "201", "2016-", "-2016", "2016--06", "2016-06-30-01", "2016-6", "2016-06-3",
        "99999999999999999999999", "2016-99999999999999999999", " 2016", "2016 ", "1995–2004", "2002/2011", "",
    ]

    @Test("periods: hand-picked edges and 20,000 generated texts")
    func periodsAgree() {
        // Whole years, months and days as tokens, so that many texts are valid or nearly so.
        let generated = Self.texts(
            from: ["2016", "1995", "2000", "1900", "1800", "1799", "2200", "2201", "-", "-", "-", "02", "06", "12", "13",
                   "00", "28", "29", "30", "31", "6", "1", " ", "/"],
            count: 20_000, maxLength: 5, seed: 7)
        Self.expectAgreement(
            on: Self.periods + generated, minimumFast: 500, takesFastPath: { PeriodParser.quickParse($0) != nil },
            parse: PeriodParser.parse, parseFully: PeriodParser.parseFully)
    }

    static let numbers = [
        "2,450,000", "1,234.5", "12,345,678.25", "0,123", "1,23", "1,2345", ",123", "123,", "1,234,", "1,234.",
        "1,234.5,6", "1234,567", "-1,234", "+1,234", "1,234e3", "999,999,999,999,999", "9,999,999,999,999,999,999",
        "1.234,5", "1,234 ", " 1,234", "1,234%", "", "41", "5.4", ".5", "5.",
    ]

    @Test("numbers: hand-picked edges and 20,000 generated texts")
    func numbersAgree() {
        // Digit groups as tokens, so that many texts are well grouped or nearly so.
        let generated = Self.texts(
            from: ["1", "12", "123", "0", ",000", ",000", ",123", ",999", ",45", ",1234", ".5", ".25", ",", ".", "-", " ", "e"],
            count: 20_000, maxLength: 5, seed: 11)
        Self.expectAgreement(
            // 200: texts starting `0,` left the fast path when a leading 0 stopped reading as a thousands group (0,500 is a decimal comma).
            on: Self.numbers + generated, minimumFast: 200, takesFastPath: { NumberParser.groupedNumber($0) != nil },
            parse: NumberParser.parse, parseFully: NumberParser.parseFully)
    }
}
