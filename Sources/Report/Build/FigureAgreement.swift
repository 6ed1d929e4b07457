import Storage

/// Whether two figures for the same people say the same number, a figure published only as a
/// bound (`<5`) taking part by its bounds.
///
/// Why bounds count: `<5` and 7 cannot both be right, yet a rule that compares numbers only skips
/// the `<5`, which has none: two sources that contradict each other, or a copy that contradicts
/// its producer (412 against `<5`), then passed without a word. A bound agrees with every number
/// inside it (`<5` and 4), and two bounds always overlap near zero, so they never disagree.
enum FigureAgreement {
    /// Whether `a` and `b` differ beyond rounding (`RepeatChange.agreeUpToRounding`); for a
    /// censored figure, whether the other's number lies outside its bounds (`<5`: 5 and more).
    /// The rule is `StatedNumber.differs(from:)`, which `tipdb check`'s `copy-differs` uses too.
    static func differ(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        stated(a).differs(from: stated(b))
    }

    private static func stated(_ figure: FigureRecord) -> StatedNumber {
        StatedNumber(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
    }
}
