@testable import Ingest
import Testing

/// `ParsedNumber.lastDigit`: the zeros a source prints after the decimal point, which the stored
/// double drops, are read on the fast paths and the full parser alike; trailing zeros of a whole
/// number, and a program's `2450000.0`, are no claim of precision.
@Suite("Value parsing: the digits a number was printed with")
struct PrintedDigitsParsingTests {
    @Test("the power of ten of a last printed zero after the point", arguments: [
        ("2.50 million", 4 as Int?), ("0.50", -2), ("1.20e6", 4), ("1.20E6", 4), ("12.0%", -1), ("2.0 million", 5),
        ("1,234.0", -1), ("1,234.50", -2), ("US$1.50 billion", 7), ("-2.50 million", 4), ("0.00", -2), ("5.00", -2),
        ("1.40e2 thousand", 3), ("2 450 000.0", -1), (" 0.50 ", -2), ("+2.50", -2), ("120.0e-3", -4),
    ])
    func lastDigit(text: String, expected: Int?) throws {
        let parsed = try NumberParser.parse(text)
        #expect(parsed.lastDigit == expected, "\"\(text)\"")
        #expect(try NumberParser.parseFully(text).lastDigit == expected, "\"\(text)\" (full parser)")
    }

    @Test("no claim: whole numbers, shortest forms, a program's whole number and censored counts", arguments: [
        "2,450,000", "2450000", "2.5 million", "2.45 million", "1.2e6", "1200", "12%", "0.5", "2450000.0", "-3.0", "0.0",
        "5.0", " 5.0", "<5", "<1,000", "150 billion", "1e10", "100.5",
    ])
    func noLastDigit(text: String) throws {
        #expect(try NumberParser.parse(text).lastDigit == nil, "\"\(text)\"")
        #expect(try NumberParser.parseFully(text).lastDigit == nil, "\"\(text)\" (full parser)")
    }

    @Test("the fast paths agree with the full parser on 20,000 generated texts ending in zeros")
    func fastPathsAgree() {
        // Tokens that end many texts in a zero after the point, grouped or not.
        let generated = FastPathEquivalenceTests.texts(
            from: ["1", "12", "123", "0", "00", ",000", ",500", ",120", ".0", ".50", ".00", ".5", ".120", ",", ".", "-"],
            count: 20_000, maxLength: 5, seed: 23)
        FastPathEquivalenceTests.expectAgreement(
            on: generated, minimumFast: 2_000, takesFastPath: { NumberParser.plainNumber($0) != nil || NumberParser.groupedNumber($0) != nil },
            parse: NumberParser.parse, parseFully: NumberParser.parseFully)
        let printed = generated.filter { (try? NumberParser.parse($0))?.lastDigit != nil }
        #expect(printed.count > 1_000, "the generator must reach numbers printed with trailing zeros often: \(printed.count)")
    }
}
