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
    /// The rule is `StatedNumber.differs(from:)`, which `tipdb check`'s `copy-differs` uses too
    /// (for counts from records, with `exact`, as `ComparabilityCheck.copyDiffers` does).
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
    ///
    /// Two estimates stated with their uncertainty can both be right when it allows: their ranges
    /// overlap, or one's range holds the other's number (45,000 with 40,000 to 50,000 and 47,000
    /// with 41,000 to 53,000). Such a pair does not compete.
    ///
    /// Why only here: a repeat that gives 47,000 for its source's 45,000 (40,000 to 50,000)
    /// misquotes it, whatever the interval (`differ(_:_:)`, which repeats use, and copies for
    /// estimates: `ComparabilityCheck.copyDiffers`);
    /// two sources' estimates of the same people are told apart by their uncertainty, and a brief
    /// that told a ministry to "say that the sources disagree" over overlapping intervals hid the
    /// very intervals that showed they agree.
    static func differ(_ a: FigureRecord, _ b: FigureRecord, exact: Bool) -> Bool {
        if exact, !a.censored, !b.censored, let x = a.value, let y = b.value { return x != y }
        return differ(a, b) && !withinUncertainty(a, b)
    }

    /// Whether the two ranges of estimates with a number and both bounds overlap, or one such
    /// range holds the other's number.
    private static func withinUncertainty(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        switch (range(a), range(b)) {
        case (let x?, let y?): return x.overlaps(y)
        case (let x?, nil): return b.censored ? false : b.value.map(x.contains) ?? false
        case (nil, let y?): return a.censored ? false : a.value.map(y.contains) ?? false
        case (nil, nil): return false
        }
    }

    /// The range of an estimate stated with a number and both bounds; nil otherwise (a minimum or
    /// maximum alone is its number's bound, not its uncertainty).
    private static func range(_ figure: FigureRecord) -> ClosedRange<Double>? {
        guard !figure.censored, figure.value != nil, let low = figure.low, let high = figure.high, low <= high else { return nil }
        return low...high
    }

    private static func stated(_ figure: FigureRecord) -> StatedNumber {
        StatedNumber(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
    }
}
