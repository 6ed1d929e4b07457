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

    /// Whether two sources' figures for the same people compete: `exact` for counts from records
    /// (detected victims, prosecutions: `SeriesCaution.isDetected`), whose numbers differ when
    /// they are not equal; otherwise `differ`, up to rounding.
    ///
    /// Why exact: a count of detected cases is a record, not an estimate rounded for publication,
    /// so UNODC's 1,150 and a national authority's 1,200 detected victims for one country and year
    /// are two different counts, and the rounding tolerance hid the disagreement. Estimates keep
    /// it (27.6 million and 28 million say one number), and so does a repeat, which may round what
    /// it quotes (`RepeatChange`, lineage and `tipdb check`).
    static func differ(_ a: FigureRecord, _ b: FigureRecord, exact: Bool) -> Bool {
        if exact, !a.censored, !b.censored, let x = a.value, let y = b.value { return x != y }
        return differ(a, b)
    }

    private static func stated(_ figure: FigureRecord) -> StatedNumber {
        StatedNumber(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
    }
}
