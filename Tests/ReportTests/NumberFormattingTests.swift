import Foundation
import Report
import Storage
import Testing

@Suite("numbers written for people")
struct NumberFormattingTests {
    let persons = QuantityText(unit: "persons", unitLabel: "persons", dimension: "count", perYear: false)
    let dollars = QuantityText(unit: "USD", unitLabel: "US dollars", dimension: "money", perYear: true)

    @Test("thousands, millions and billions", arguments: [
        (47_000.0, "47,000"), (2_450_000, "2.45 million"), (27_600_000, "27.6 million"), (12_300_000, "12.3 million"),
        (1_000_000, "1 million"), (999_999, "999,999"), (5.3, "5.3"), (0.034, "0.034"), (0, "0"),
        (236_000_000_000, "236 billion"), (1_230_000_000_000, "1.23 trillion"),
        // A scale word only where it loses nothing: counts are written as published.
        (1_004_999, "1,004,999"), (1_995_000, "1.995 million"), (999_999_999, "999,999,999"),
        (1_234_567, "1,234,567"), (9_995_000, "9.995 million"), (1_234_567_890_123, "1,234,567,890,123"),
        (2_450_000.5, "2,450,000.5"),
        // Decimals as published, up to four; more (a share worked out from counts) are rounded.
        (12.345, "12.345"), (99.996, "99.996"), (1_234.5678, "1,234.5678"), (33.333333, "33.33"), (0.1234, "0.1234"),
        // Small values keep three significant digits: never 0 for a value that is not.
        (0.0004, "0.0004"), (0.00004, "0.00004"), (0.000123456, "0.000123"), (0.5, "0.5"), (-0.0004, "-0.0004"),
    ])
    func scaled(value: Double, expected: String) {
        #expect(NumberText.scaled(value) == expected)
    }

    @Test("grouping and rounding never depend on a locale")
    func decimal() {
        #expect(NumberText.decimal(2_450_000, digits: 0) == "2,450,000")
        #expect(NumberText.decimal(-1234.5, digits: 1) == "-1,234.5")
        #expect(NumberText.decimal(-0.001, digits: 2) == "0")
        #expect(NumberText.plain(27_600_000) == "27600000")
        #expect(NumberText.plain(0.95) == "0.95")
        // No exponent in CSV or JSON: 4e-05 is read as text by people, and by some spreadsheets.
        #expect(NumberText.plain(0.00004) == "0.00004")
        #expect(NumberText.plain(-1.25e-7) == "-0.000000125")
        #expect(NumberText.plain(1.5e20) == "150000000000000000000")
        #expect(NumberText.plain(2.5e15 + 0.5) == "2500000000000000.5")
    }

    @Test("an estimate published only as a range reads as its range, never a midpoint; without bounds, not published")
    func rangeOnly() {
        #expect(persons.text(value: nil, censored: false, low: 10_000, high: 13_000) == "10,000 to 13,000")
        #expect(persons.text(value: nil, censored: false, low: 100_000, high: 300_000) == "100,000 to 300,000")
        #expect(dollars.text(value: nil, censored: false, low: 150e9, high: 236e9) == "US$150 to 236 billion a year")
        #expect(persons.text(value: nil, censored: false, low: nil, high: nil) == "not published")
        #expect(persons.text(value: nil, censored: true, low: 1, high: 4) == "<5")
    }

    @Test("money, shares, changes, rates and index scores")
    func units() {
        #expect(dollars.text(value: 236e9, censored: false, high: nil) == "US$236 billion a year")
        let perPerson = QuantityText(unit: "USD-per-person", unitLabel: "US dollars per person", dimension: "money", perYear: true)
        #expect(perPerson.text(value: 10_000, censored: false, high: nil) == "US$10,000 per person a year")
        let change = QuantityText(unit: "USD-change", unitLabel: "change in US dollars", dimension: "change", perYear: true)
        #expect(change.text(value: 64e9, censored: false, high: nil) == "up US$64 billion a year")
        let percent = QuantityText(unit: "percent", unitLabel: "percent", dimension: "share", perYear: false)
        #expect(percent.text(value: 98, censored: false, high: nil) == "98%")
        let percentChange = QuantityText(unit: "percent-change", unitLabel: "percent change", dimension: "change", perYear: false)
        #expect(percentChange.text(value: -11, censored: false, high: nil) == "down 11%")
        #expect(percentChange.text(value: 25, censored: false, high: nil) == "up 25%")
        #expect(percentChange.text(value: 0, censored: false, high: nil) == "no change")
        let rate = QuantityText(unit: "per-1000", unitLabel: "per 1,000 population", dimension: "rate", perYear: false)
        #expect(rate.text(value: 5.3, censored: false, high: nil) == "5.3 per 1,000")
        let other = QuantityText(unit: "households", unitLabel: "households", dimension: "count", perYear: false)
        #expect(other.text(value: 1200, censored: false, high: nil) == "1,200 households")
    }

    @Test("a censored count prints the bound the source printed, never 0 or the stored bound")
    func censored() {
        #expect(persons.text(value: nil, censored: true, high: 4) == "<5")
        #expect(persons.text(value: nil, censored: true, high: 10) == "<11")
        #expect(persons.range(low: 1, high: 4, censored: true) == nil)
    }

    @Test("ranges share one scale word when they can")
    func ranges() {
        #expect(persons.range(low: 19_100_000, high: 22_300_000, censored: false) == "19.1 to 22.3 million")
        #expect(persons.range(low: 19_123_456, high: 22_300_000, censored: false) == "19,123,456 to 22.3 million")
        #expect(persons.range(low: 1_995_000, high: 2_450_000, censored: false) == "1.995 to 2.45 million")
        #expect(persons.range(low: 10_000, high: 13_000, censored: false) == "10,000 to 13,000")
        #expect(persons.range(low: 900_000, high: 1_200_000, censored: false) == "900,000 to 1.2 million")
        #expect(dollars.range(low: 150e9, high: 236e9, censored: false) == "US$150 to 236 billion a year")
        #expect(persons.range(low: nil, high: nil, censored: false) == nil)
        // A change's range reads as a direction, as its value does.
        let percentChange = QuantityText(unit: "percent-change", unitLabel: "percent change", dimension: "change", perYear: false)
        #expect(percentChange.range(low: -10, high: -1, censored: false) == "down 1 to 10%")
        #expect(percentChange.range(low: 2, high: 7.5, censored: false) == "up 2 to 7.5%")
        #expect(percentChange.range(low: -2, high: 3, censored: false) == "down 2% to up 3%")
        #expect(percentChange.range(low: 0, high: 3, censored: false) == "no change to up 3%")
        let moneyChange = QuantityText(unit: "USD-change", unitLabel: "change in US dollars", dimension: "change", perYear: true)
        #expect(moneyChange.range(low: -64e9, high: -10e9, censored: false) == "down US$10 to 64 billion a year")
    }

    static let percent = QuantityText(unit: "percent", unitLabel: "percent", dimension: "share", perYear: false)
    static let percentChange = QuantityText(unit: "percent-change", unitLabel: "percent change", dimension: "change", perYear: false)
    static let dollarsAYear = QuantityText(unit: "USD", unitLabel: "US dollars", dimension: "money", perYear: true)
    static let people = QuantityText(unit: "persons", unitLabel: "persons", dimension: "count", perYear: false)

    @Test("a bound on one side reads as such: at least, up to, and for a change its direction", arguments: [
        (people, 30_000.0, nil, "at least 30,000"),
        (people, nil, 1_500_000.0, "up to 1.5 million"),
        (people, nil, 1_004_999.0, "up to 1,004,999"),
        (dollarsAYear, 150e9, nil, "at least US$150 billion a year"),
        (percent, nil, 12.5, "up to 12.5%"),
        (percentChange, 2.0, nil, "up at least 2%"),
        (percentChange, 0.0, nil, "no change or up"),
        (percentChange, -2.0, nil, "up, or down at most 2%"),
        (percentChange, nil, -2.0, "down at least 2%"),
        (percentChange, nil, 0.0, "no change or down"),
        (percentChange, nil, 3.0, "down, or up at most 3%"),
    ] as [(QuantityText, Double?, Double?, String)])
    func oneSided(quantity: QuantityText, low: Double?, high: Double?, expected: String) {
        #expect(quantity.range(low: low, high: high, censored: false) == expected)
    }

    @Test("a share keeps its published decimals and is never rounded to 100% or 0%", arguments: [
        (99.996, "99.996%"), (12.345, "12.345%"), (99.9996, "99.9996%"), (99.99961, ">99.99%"), (99.995001, ">99.99%"),
        (100, "100%"), (98, "98%"), (33.333333333, "33.33%"), (0.0004, "0.0004%"), (1e-13, "<0.000000000001%"),
        (50.5, "50.5%"),
    ])
    func shares(value: Double, expected: String) {
        #expect(Self.percent.text(value: value, censored: false, high: nil) == expected)
    }

    @Test("money with a fraction is written to the cent at least; whole amounts and scale words have none", arguments: [
        (2_500_000.5, "US$2,500,000.50 a year"), (2_500_000, "US$2.5 million a year"), (10_000, "US$10,000 a year"),
        (2.345, "US$2.345 a year"), (0.5, "US$0.50 a year"), (1_004_999.25, "US$1,004,999.25 a year"),
        (236e9, "US$236 billion a year"),
    ])
    func money(value: Double, expected: String) {
        #expect(Self.dollarsAYear.text(value: value, censored: false, high: nil) == expected)
    }

    @Test("reference periods")
    func periods() {
        #expect(ReferencePeriod(start: "1995", end: "2004").text == "1995-2004")
        #expect(ReferencePeriod(start: "2016", end: "2016").text == "2016")
        // Months in words: `2011-12` alone reads as two years (review of session 38).
        #expect(ReferencePeriod(start: "2019-06", end: "2019-07").text == "June-July 2019")
        #expect(ReferencePeriod(start: "2011-12", end: "2011-12").text == "December 2011")
        #expect(ReferencePeriod(start: "2019-07", end: "2020-06").text == "July 2019 to June 2020")
        #expect(ReferencePeriod(start: "2019", end: "2020-06").text == "2019 to June 2020")
        #expect(ReferencePeriod(start: "2019-06-01", end: "2019-06-30").text == "2019-06-01 to 2019-06-30")
        #expect(ReferencePeriod(start: "2019-13", end: "2019-13").text == "2019-13")
        // Written by hand through SQL: four characters that are not four bytes, and the reverse.
        #expect(ReferencePeriod(start: "２０１９", end: "２０２０").text == "２０１９-２０２０")
        #expect(ReferencePeriod(start: "19é", end: "19é").text == "19é")
        #expect(ReferencePeriod(start: "19é", end: "2020").text == "19é to 2020")
        #expect(ReferencePeriod(start: "201\r\n", end: "2020").text == "201\r\n-2020")
        #expect(ReferencePeriod(start: "19\r\n", end: "2020").text == "19\r\n to 2020")
        #expect(ReferencePeriod(start: "2016", end: "2016").endPosition == 2017)
        #expect(ReferencePeriod(start: "2019-07", end: "2019-07").startPosition == 2019.5)
    }

    @Test("dates for briefs: --date, SOURCE_DATE_EPOCH, and refusals")
    func dates() throws {
        #expect(try BriefDate.resolve("2026-11-29", environment: [:]) == "2026-11-29")
        #expect(try BriefDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": "1764374400"]) == "2025-11-29")
        #expect(!BriefDate.isValid("2026-02-30"))
        #expect(BriefDate.isValid("2024-02-29"))
        #expect(throws: ReportError.invalidDate("29/11/2026")) { try BriefDate.resolve("29/11/2026", environment: [:]) }
        // A malformed SOURCE_DATE_EPOCH is refused, as the reproducible-builds convention asks; an empty one is unset.
        #expect(throws: ReportError.invalidSourceDateEpoch("abc")) { try BriefDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": "abc"]) }
        #expect(throws: ReportError.invalidSourceDateEpoch("-5")) { try BriefDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": "-5"]) }
        let now = Date(timeIntervalSince1970: 1_764_460_800)
        #expect(try BriefDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": ""], now: now) == "2025-11-30")
        #expect(try BriefDate.resolve("2026-11-29", environment: ["SOURCE_DATE_EPOCH": "abc"]) == "2026-11-29")
    }
}
