/// A figure's number as its source stated it: a value, a censored count (`<5`, stored as its
/// bounds 1 to 4) or a range without a central value.
///
/// Why: to say whether two figures for the same people contradict each other, a censored or
/// ranged figure must take part by its bounds. A rule that compares values only skips the `<5`,
/// and a copy giving 412 where its producer gives `<5` passed without a word.
public struct StatedNumber: Sendable, Equatable {
    public var value: Double?
    public var censored: Bool
    public var low: Double?
    public var high: Double?

    public init(value: Double?, censored: Bool, low: Double?, high: Double?) {
        self.value = value
        self.censored = censored
        self.low = low
        self.high = high
    }

    /// Whether the two cannot both be right: two values that differ beyond rounding
    /// (`RepeatChange.agreeUpToRounding`, the rule lineage and the brief use); a value outside the
    /// other's bounds (7, or 0, against `<5`); two bounded numbers whose bounds do not overlap.
    /// Two censored counts always overlap near zero, so they never differ.
    ///
    /// The brief's cautions use it too (`FigureAgreement`).
    public func differs(from other: StatedNumber) -> Bool {
        switch (value, other.value) {
        case (let a?, let b?): return !RepeatChange.agreeUpToRounding(a, b)
        case (nil, let b?): return isBounded && outside(b)
        case (let a?, nil): return other.isBounded && other.outside(a)
        case (nil, nil):
            guard isBounded && other.isBounded else { return false }
            if let high, let otherLow = other.low, high < otherLow { return true }
            if let low, let otherHigh = other.high, otherHigh < low { return true }
            return false
        }
    }

    /// Whether the two cannot both be right, with `exact` for counts from records (detected
    /// victims, criminal-justice counts): two values then differ when they are not equal.
    ///
    /// Why: a count of detected cases is a record, not a number rounded for publication; a copy's
    /// 1,200 against its producer's 1,250 is another release's count, which the rounding tolerance
    /// took for the same number (`tipdb check`'s `copy-differs`, the brief's copy caution).
    public func differs(from other: StatedNumber, exact: Bool) -> Bool {
        if exact, !censored, !other.censored, let a = value, let b = other.value { return a != b }
        return differs(from: other)
    }

    /// Whether the number is known only by its bounds (a censored count, a range).
    private var isBounded: Bool { value == nil && (censored || low != nil || high != nil) }

    /// Whether `number` lies outside the bounds.
    private func outside(_ number: Double) -> Bool {
        if let high, number > high { return true }
        if let low, number < low { return true }
        return false
    }
}
