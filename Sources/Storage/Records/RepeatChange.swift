import Foundation

/// What a figure that repeats another (its `cites`) changes about the figure it repeats.
///
/// Why: a number quoted from a quotation drifts. "2.45 million trafficked, 1995-2004, world" becomes
/// "24 million", a count of detected victims, a figure for one country, or a current one. A repeat
/// is honest only when it claims what it repeats; the brief, `report lineage` and `tipdb check`
/// name each change so that it is not passed on as the cited source's.
public enum RepeatChange: String, Sendable, CaseIterable {
    /// Another number, beyond rounding (2.4 million for 2.45 million is a rounding; 2 or 24 million is not),
    /// or a number where the cited figure was censored (5 or 4 for `<5`), a censored count where it
    /// gave the number (`<5` for 7), or another bound (`<10` for `<5`).
    case value
    /// Another range or interval than the cited figure's, around a number in the same unit: its
    /// interval (10,000 to 17,000) or the bound that made it a minimum (at least 30,000) dropped,
    /// so an uncertain or minimum estimate travels on as an exact count; an interval narrowed or
    /// widened beyond rounding, or given another confidence level (a 95 % interval as a 90 % one),
    /// which overstates or understates how sure the source was; an interval turned into a minimum,
    /// or a range the cited figure never gave. A censored repeat's bounds are its number's
    /// (`value`), and a cited figure published only as a range has no range around a number.
    case range
    case measure
    case place
    case unit
    /// Another sex, age group, form of exploitation or breakdown (a citizenship, a means of control).
    case subgroup
    /// Another reference period, by the days it covers: `2018` repeated as `2018-01-01`/`2018-12-31`
    /// is the same year written out, not a change (`PeriodDays`), as the brief and `tipdb check`
    /// compare periods elsewhere.
    case period
    /// Another period basis (`figures.period_basis`): a period the cited figure's source does not
    /// state given as stated, which dates a number that source never dated (the brief then writes
    /// it as a reference period, charts it and counts it as covered), or a period the cited figure
    /// states given as not stated, which drops a period that is known.
    case periodBasis

    /// Every change from `cited` to `repeating`, in the order of the cases.
    public static func between(_ repeating: FigureClaim, cites cited: FigureClaim) -> [RepeatChange] {
        var changes: [RepeatChange] = []
        // Numbers in two units cannot be compared: the unit change is named instead.
        if repeating.unit == cited.unit, changesNumber(repeating, cites: cited) { changes.append(.value) }
        if repeating.unit == cited.unit, changesRange(repeating, cites: cited) { changes.append(.range) }
        if repeating.measure != cited.measure { changes.append(.measure) }
        if repeating.place != cited.place { changes.append(.place) }
        if repeating.unit != cited.unit { changes.append(.unit) }
        if repeating.sex != cited.sex || repeating.ageGroup != cited.ageGroup || repeating.form != cited.form
            || repeating.breakdown != cited.breakdown
        {
            changes.append(.subgroup)
        }
        if !PeriodDays.same((repeating.periodStart, repeating.periodEnd), (cited.periodStart, cited.periodEnd)) {
            changes.append(.period)
        }
        if repeating.periodUnstated != cited.periodUnstated { changes.append(.periodBasis) }
        return changes
    }

    /// Whether the repeat says another number than the figure it repeats, in the same unit.
    ///
    /// A censored count (`<5`) says only that the true count lies in its bounds; a repeat that
    /// gives an exact number for it, even one inside the bounds, claims more than its source did,
    /// and one that censors an exact count claims less. Both are changes, never roundings.
    static func changesNumber(_ repeating: FigureClaim, cites cited: FigureClaim) -> Bool {
        switch (repeating.value, cited.value) {
        case let (r?, c?): !isRounding(r, of: c, printedTo: repeating.valueLastDigit)
        case (nil, nil):
            repeating.censoredHigh != cited.censoredHigh || !sameBound(repeating.rangeLow, cited.rangeLow, printedTo: repeating.lowLastDigit)
                || !sameBound(repeating.rangeHigh, cited.rangeHigh, printedTo: repeating.highLastDigit)
        default: true
        }
    }

    /// Whether the repeat, published as a number as the cited figure was, states another range
    /// around it: none where the cited figure gave one, one where it gave none, other bounds
    /// beyond rounding, a bound dropped (an interval turned into a minimum), or another
    /// confidence level.
    static func changesRange(_ repeating: FigureClaim, cites cited: FigureClaim) -> Bool {
        // A figure published only as a range, or censored, has no range around a number:
        // `changesNumber` names a repeat that gives it otherwise as another number.
        guard cited.value != nil, repeating.value != nil else { return false }
        let citedRange = cited.statedLow != nil || cited.statedHigh != nil
        let repeatRange = repeating.statedLow != nil || repeating.statedHigh != nil
        guard citedRange || repeatRange else { return false }
        guard citedRange, repeatRange else { return true }
        // A level left unsaid on one side is not a contradiction of the other's.
        if let level = repeating.ciLevel, let citedLevel = cited.ciLevel, level != citedLevel { return true }
        return !sameBound(repeating.statedLow, cited.statedLow, printedTo: repeating.lowLastDigit)
            || !sameBound(repeating.statedHigh, cited.statedHigh, printedTo: repeating.highLastDigit)
    }

    /// Whether a range's bound is repeated as it is, up to the repeat's rounding (both nil: no range).
    private static func sameBound(_ repeated: Double?, _ cited: Double?, printedTo lastDigit: Int? = nil) -> Bool {
        switch (repeated, cited) {
        case let (r?, c?): isRounding(r, of: c, printedTo: lastDigit)
        case (nil, nil): true
        default: false
        }
    }

    /// Whether two figures that repeat nothing of each other say the same number, as far as the
    /// less precise of them says anything: either is the other rounded at its own last significant
    /// digit (28 million and 27.6 million, 40 million and 40.3 million; not 30 or 25 million and
    /// 27.6 million, and not 5 and 10: see `isRounding`).
    ///
    /// Why public: the brief's caution about competing estimates must draw the line where lineage
    /// and `tipdb check` draw it, or two reports would disagree about what is a rounding.
    public static func agreeUpToRounding(_ a: Double, _ b: Double) -> Bool {
        isRounding(a, of: b) || isRounding(b, of: a)
    }

    /// Whether `repeated` is `cited` rounded at the repeat's own last significant digit, and no
    /// further from it than `roundingShare`: 2.4 million (last digit: hundred thousands) for
    /// 2,450,000, 28 million for 27.6 million, 40 million for 40.3 million; not 2 or 3 million for
    /// 2.45 million, 30 million for 27.6 million, or 24 million.
    ///
    /// Why the share: a number's trailing zeros do not say whether they are significant, so 10,
    /// 100 or 2,000 read as rounded to one digit would take in 5, 60 or 1,500, counts of detected
    /// victims that say something else (review of session 30). A rounding to two or more digits is
    /// never more than 4.8 % off (10.5 as 11); one to a single digit is taken only as far.
    ///
    /// - Parameter lastDigit: the power of ten of the last digit the repeat was printed with, when
    ///   known (`FigureClaim.valueLastDigit`): `28.0 million` (5) rounds at a hundred thousand, so it
    ///   is no rounding of 27.6 million, where `28 million` (its zeros saying nothing) is. Without it
    ///   the last digit is read from the number, as for every figure loaded before tipdb kept them.
    static func isRounding(_ repeated: Double, of cited: Double, printedTo lastDigit: Int? = nil) -> Bool {
        if repeated == cited { return true }
        let unit = lastDigit.map { pow(10, Double($0)) } ?? lastDigitUnit(of: repeated)
        let difference = abs(repeated - cited)
        return difference <= unit / 2 * (1 + 1e-9) && difference <= abs(cited) * roundingShare * (1 + 1e-9)
    }

    /// How far from the number a rounding may go, as a share of it: 5 %, as far as a rounding to
    /// two significant digits can (see `isRounding`).
    static let roundingShare = 0.05

    /// The place value of a number's last significant digit: 2,400,000 → 100,000; 27.6 → 0.1; 0 → 1.
    static func lastDigitUnit(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 1 }
        if magnitude == magnitude.rounded() {
            var unit = 1.0
            while unit < 1e15, (magnitude / (unit * 10)).rounded() * unit * 10 == magnitude { unit *= 10 }
            return unit
        }
        var unit = 1.0
        for _ in 0..<12 {
            unit /= 10
            let scaled = magnitude / unit
            if abs(scaled - scaled.rounded()) <= 1e-9 * scaled { return unit }
        }
        return unit
    }
}
