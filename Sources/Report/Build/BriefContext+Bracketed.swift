import Storage

extension BriefContext {
    /// The figure's number as a caution writes it in brackets after a name
    /// (`QuantityText.bracketedText`): `6,000; 5,000 to 7,000, 95% interval`, `at least 2.45 million`.
    func bracketedText(_ figure: FigureRecord) -> String {
        quantity(figure).bracketedText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
    }

    /// The figure's interval as `statedText` gives it in brackets, `10,000 to 14,000, 95%
    /// interval`; nil where its number says it all (`QuantityText.uncertaintyText`).
    func uncertaintyText(_ figure: FigureRecord) -> String? {
        quantity(figure).uncertaintyText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
    }

    /// `number` (the figure's `boundedText` unless given) followed by one bracket that gives the
    /// figure's interval first, then `rest`: `12,000 (10,000 to 14,000, 95% interval; 2018, Okafor
    /// and Tran 2026 [1])`; `2.45 million (1995-2004, ILO 2005 [1])` where it has none.
    ///
    /// Why: the methods and age cautions quoted an estimate of 12,000 with a 95% interval of
    /// 10,000 to 14,000 as a bare "12,000", where every other caution gives the interval
    /// (session 55); a second bracket after the first, `12,000 (10,000 to 14,000, 95% interval)
    /// (2018, ...)`, would read as two remarks on one number.
    func withInterval(_ figure: FigureRecord, number: String? = nil, then rest: CitedText) -> CitedText {
        let opened = uncertaintyText(figure).map { "\($0); " } ?? ""
        return CitedText(plain: "\(number ?? boundedText(figure)) (\(opened)") + rest + ")"
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
