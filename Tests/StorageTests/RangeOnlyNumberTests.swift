import Testing

@testable import Storage

/// A figure published only as a range (value nil, not censored, low and high) compared with what
/// repeats or copies it: by its bounds, never by a midpoint it does not have.
@Suite("ranges without a value: repeats and agreement by their bounds")
struct RangeOnlyNumberTests {
    private func claim(value: Double? = nil, censoredHigh: Double? = nil, low: Double? = nil, high: Double? = nil) -> FigureClaim {
        FigureClaim(
            measure: "modern-slavery", place: "GBR", unit: "persons", sex: "total", ageGroup: "total", form: nil,
            periodStart: "2013", periodEnd: "2013", value: value, censoredHigh: censoredHigh, statedLow: low, statedHigh: high)
    }

    @Test("the same range, or it rounded at the repeat's last digit, is no change; a midpoint, another range or <k is")
    func repeats() {
        let cited = claim(low: 10_000, high: 13_000)
        #expect(RepeatChange.between(claim(low: 10_000, high: 13_000), cites: cited).isEmpty)
        #expect(RepeatChange.between(claim(low: 10_000, high: 13_000), cites: claim(low: 10_000, high: 12_600)).isEmpty)
        #expect(RepeatChange.between(claim(value: 11_500), cites: cited) == [.value])
        #expect(RepeatChange.between(claim(low: 100_000, high: 300_000), cites: cited) == [.value])
        #expect(RepeatChange.between(claim(censoredHigh: 4), cites: cited) == [.value])
        #expect(RepeatChange.between(cited, cites: claim(value: 11_500)) == [.value])
    }

    @Test("agreement: a value inside the range and an overlapping range agree; outside or apart they differ")
    func agreement() {
        let range = StatedNumber(value: nil, censored: false, low: 10_000, high: 13_000)
        #expect(!range.differs(from: StatedNumber(value: 12_000, censored: false, low: nil, high: nil)))
        #expect(range.differs(from: StatedNumber(value: 136_000, censored: false, low: nil, high: nil)))
        #expect(!range.differs(from: StatedNumber(value: nil, censored: false, low: 12_000, high: 20_000)))
        #expect(range.differs(from: StatedNumber(value: nil, censored: false, low: 20_000, high: 30_000)))
    }

    @Test("check shows the range as published, a censored count as <k")
    func shown() {
        #expect(Audit.shownNumber(value: nil, censored: false, low: 10_000, high: 13_000) == "10000 to 13000")
        #expect(Audit.shownNumber(value: nil, censored: true, low: 1, high: 4) == "<5")
        #expect(Audit.shownNumber(value: 7, censored: false, low: 5, high: 9) == "7")
    }
}
