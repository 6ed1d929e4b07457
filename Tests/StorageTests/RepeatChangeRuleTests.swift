import Testing

@testable import Storage

@Suite("What a repeat changes: rounding at the repeat's own last digit")
struct RepeatChangeRuleTests {
    @Test("a rounding at the repeat's last significant digit is no change; anything further is", arguments: [
        (2_400_000.0, 2_450_000.0, true), (2_500_000, 2_450_000, true), (3_000_000, 2_450_000, false),
        (24_000_000, 2_450_000, false), (28_000_000, 27_600_000, true),
        (25_000_000, 27_600_000, false), (27.6, 27.6, true), (0.4, 0.46, false), (98, 97.6, true),
        (12_300_000, 12_345_678, true), (12_350_000, 12_345_678, true), (12_340_000, 12_345_678, false),
        // One significant digit, within 5 % of the number: 40 million for 40.3 million, 20 million for 20.9 million.
        (40_000_000, 40_300_000, true), (20_000_000, 20_900_000, true), (11, 10.5, true),
        // One significant digit further off: trailing zeros do not make 5 a 10 (review of session 30).
        (2_000_000, 2_450_000, false), (30_000_000, 27_600_000, false), (0.5, 0.45, false),
        (10, 5, false), (100, 60, false), (2_000, 1_500, false),
    ])
    func rounding(repeated: Double, cited: Double, isRounding: Bool) {
        #expect(RepeatChange.isRounding(repeated, of: cited) == isRounding)
    }

    @Test("two independent figures agree when either is the other rounded at its own last digit, in either order", arguments: [
        (28_000_000.0, 27_600_000.0, true), (27_600_000, 28_000_000, true), (30_000_000, 27_600_000, false),
        (25_000_000, 27_600_000, false), (27_600_000, 25_000_000, false), (27.6, 27.6, true), (27.6, 27.7, false),
        (40_000_000, 40_300_000, true), (40_300_000, 40_000_000, true),
        (5, 10, false), (10, 5, false), (60, 100, false), (1_500, 2_000, false),
    ])
    func agreement(a: Double, b: Double, agree: Bool) {
        #expect(RepeatChange.agreeUpToRounding(a, b) == agree)
    }

    @Test("each field a repeat should keep is compared; numbers in two units are not")
    func fields() {
        let cited = FigureClaim(
            measure: "trafficking-victims", place: "WLD", unit: "persons", sex: "total", ageGroup: "total", form: nil,
            periodStart: "1995", periodEnd: "2004", value: 2_450_000)
        #expect(RepeatChange.between(cited, cites: cited).isEmpty)
        var other = cited
        other.value = 2.4
        other.unit = "percent"
        other.place = "USA"
        other.form = "sexual-exploitation"
        #expect(RepeatChange.between(other, cites: cited) == [.place, .unit, .subgroup])
        other = cited
        other.measure = "detected-trafficking-victims"
        other.periodEnd = "2005"
        other.value = nil
        other.censoredHigh = 4
        // A censored count (<5) for an exact one is another number, as well as the rest.
        #expect(RepeatChange.between(other, cites: cited) == [.value, .measure, .period])
    }

    @Test("a censored count and an exact one never agree, inside the bounds or not; two censored counts agree only on the same bound", arguments: [
        // (repeat value, repeat censored high, cited value, cited censored high, changes the number)
        (5.0, nil, nil, 4.0, true), (4, nil, nil, 4, true), (1, nil, nil, 4, true),
        (nil, 4, 7, nil, true), (nil, 4, 3, nil, true),
        (nil, 4, nil, 4, false), (nil, 9, nil, 4, true),
        (7, nil, 7, nil, false),
    ] as [(Double?, Double?, Double?, Double?, Bool)])
    func censored(repeatValue: Double?, repeatHigh: Double?, citedValue: Double?, citedHigh: Double?, changes: Bool) {
        func claim(_ value: Double?, _ high: Double?) -> FigureClaim {
            FigureClaim(
                measure: "detected-trafficking-victims", place: "GBR", unit: "persons", sex: "total", ageGroup: "total",
                form: nil, periodStart: "2019", periodEnd: "2019", value: value, censoredHigh: high)
        }
        let found = RepeatChange.between(claim(repeatValue, repeatHigh), cites: claim(citedValue, citedHigh))
        #expect(found == (changes ? [.value] : []))
    }

    /// A repeat of `40,000` with the given range and level, against one published as 40,000 with a
    /// 95 % interval of 30,000 to 50,000 (review of session 30: only a dropped range was seen).
    @Test("a repeat changes the range when it drops, narrows, widens, relevels, one-sides or invents one", arguments: [
        // (repeat low, repeat high, repeat level, cited has its interval, changes the range)
        (30_000.0, 50_000.0, 0.95, true, false), (nil, nil, nil, true, true), (35_000, 45_000, 0.95, true, true),
        (20_000, 60_000, 0.95, true, true), (30_000, 50_000, 0.9, true, true), (40_000, nil, nil, true, true),
        (30_000, 50_000, nil, true, false), (30_000, 50_000, 0.95, false, true), (nil, nil, nil, false, false),
    ] as [(Double?, Double?, Double?, Bool, Bool)])
    func range(low: Double?, high: Double?, level: Double?, citedInterval: Bool, changes: Bool) {
        func claim(_ low: Double?, _ high: Double?, _ level: Double?) -> FigureClaim {
            FigureClaim(
                measure: "trafficking-victims", place: "WLD", unit: "persons", sex: "total", ageGroup: "total", form: nil,
                periodStart: "2017", periodEnd: "2017", value: 40_000, statedLow: low, statedHigh: high, ciLevel: level)
        }
        let cited = citedInterval ? claim(30_000, 50_000, 0.95) : claim(nil, nil, nil)
        #expect(RepeatChange.between(claim(low, high, level), cites: cited) == (changes ? [.range] : []))
    }
}
