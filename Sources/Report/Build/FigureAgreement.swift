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
    static func differ(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        switch (a.value, b.value) {
        case (let va?, let vb?): return !RepeatChange.agreeUpToRounding(va, vb)
        case (nil, let vb?): return a.censored && outside(vb, of: a)
        case (let va?, nil): return b.censored && outside(va, of: b)
        case (nil, nil): return false
        }
    }

    /// Whether `number` cannot be what the censored `bound` stands for: a published `<5` is
    /// stored as 1 to 4 (`QuantityText.text`), so 7 (or 0) lies outside it and 4 inside.
    private static func outside(_ number: Double, of bound: FigureRecord) -> Bool {
        if let high = bound.high, number > high { return true }
        if let low = bound.low, number < low { return true }
        return false
    }
}
