import Storage

extension BriefContext {
    /// The figure's number as a caution writes it in brackets after a name
    /// (`QuantityText.bracketedText`): `6,000; 5,000 to 7,000, 95% interval`, `at least 2.45 million`.
    func bracketedText(_ figure: FigureRecord) -> String {
        quantity(figure).bracketedText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
    }

    /// How a caution says that parts were added at their smallest numbers (`SubgroupSums`,
    /// `MeasureSums`): `""` where each added its value, `"at least "` before the sum where only
    /// censored counts added less (a `<5` is 1 or more for certain), and `" at the low ends of
    /// their ranges"` after it where a range or an interval added its low end.
    ///
    /// Why not "at least" for an interval: the lower bound of a 95 % interval is no minimum (the
    /// number lies below it with some probability), and "at least" is how tipdb words a published
    /// minimum, so "at least 5,000 female victims" stated a certainty no source gave (a
    /// statistician's review, session 54).
    static func lowEnds(_ parts: [FigureRecord], amounts: [Double]) -> (before: String, after: String) {
        let lowered = zip(parts, amounts).filter { $0.value != $1 }.map { $0.0 }
        if lowered.isEmpty { return ("", "") }
        return lowered.allSatisfy(\.censored) ? ("at least ", "") : ("", " at the low ends of their ranges")
    }

    /// `", even at the high end of its range"` where a whole was compared at the upper bound of its
    /// range or interval rather than at its value (`MeasureSums.largest`); empty otherwise, and for
    /// a censored count, whose `<5` says its bound already.
    static func highEnd(_ whole: FigureRecord, amount: Double) -> String {
        whole.censored || whole.value == amount ? "" : ", even at the high end of its range"
    }
}
