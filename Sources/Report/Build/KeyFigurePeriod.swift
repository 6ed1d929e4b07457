import Storage

/// Cautions on key figures that count over a period other than one year (kind `period`):
/// "Detected victims of trafficking, Germany: the key figure, 110 (Statistics Office 2021 [1]), is a
/// count over one month (December 2020), not over a year; ..."
///
/// Why: the key figure is the latest primary figure (`Headline.best`, as `latest_estimates` picks
/// it), so December's count beats the year before it, and a measure defined as counted "in a
/// year" then speaks through one month's count with only "2020-12" in the period column to say
/// so. The choice stays the view's, so that the brief and a query of the database agree; the
/// caution, printed under the key figures table with the age cautions, says what the number is
/// and names the latest count over one year. Where a whole year ends on the same day, the key
/// figure is already the year's (`Headline.wholeness`). Prevalence estimates, shares, rates and
/// index scores are left out: they describe a point in time or a ratio, not what happened during
/// the period. So is an amount of money for whole years: the measures define their amounts as a
/// year's (`QuantityText.perYear`), a quantity a year like a rate, and ILO 2005's US$32 billion a
/// year for 1995-2004 is a yearly amount over those ten years, which the caution called "an
/// amount over ten years (1995-2004), not one year" beside the table's "a year". An amount for a
/// period that is not whole years (a month, 18 months) is still cautioned: written "a year" as the
/// measure defines it, it may be the month's total, and its caution says it is for that period,
/// not that it is an amount over it.
///
/// An amount of money's caution also says what the periods caution (`ComparabilityCheck
/// .periodWarnings`) would say of its measure and place, which is then left out: both asked to
/// check that an amount written as a year's is not a total for its period, and a reader met the
/// same advice twice for one key figure (ILO 2005's US$32 billion a year for 1995-2004). So does
/// a count's, where its measure and place's counts mix periods of different length: both said
/// that a month's count is not comparable with a year's, one under the key figures and one in
/// the Comparability section.
enum KeyFigurePeriod {
    static let kind = "period"

    /// One caution per key figure of a count whose period is not one year (`PeriodDays.isOneYear`),
    /// or of an amount of money whose period is not whole years (`PeriodLength.isWholeYears`), in
    /// the key figures' order. Reads only the figures of each such
    /// key figure's measure and place (`KeyFigureAge.run`).
    ///
    /// - Returns: the cautions, and the keys of the key figures whose caution says what
    ///   their measure and place's periods caution would (`ComparabilityCheck.build` leaves it out).
    static func build(
        _ keyFigures: [KeyFigure], ordered: [FigureRecord], context: BriefContext
    ) -> (cautions: [ComparabilityWarning], periodsSaid: Set<String>) {
        let catalog = context.catalog
        var warnings: [ComparabilityWarning] = outsideScope(keyFigures, context: context)
        var periodsSaid: Set<String> = []
        for key in keyFigures where !PeriodDays.isOneYear(start: key.figure.periodStart, end: key.figure.periodEnd) {
            guard catalog.measures[key.measure]?.counts != "prevalence-estimate",
                  let unit = catalog.defaultUnits[key.measure], key.figure.unit == unit else { continue }
            let dimension = catalog.units[unit]?.dimension
            guard dimension == "count" || dimension == "money" else { continue }
            // A year's amount for whole years is what the brief writes it as: no caution.
            if dimension == "money" && PeriodLength(start: key.figure.periodStart, end: key.figure.periodEnd).isWholeYears { continue }
            if warnings.count == KeyFigureAge.limit {
                warnings.append(ComparabilityWarning(
                    kind: kind,
                    text: "More key figures count over a period other than one year; the same caution applies to each "
                        + "(see their periods in the key figures table).",
                    figures: [], citations: []))
                break
            }
            let (warning, saysPeriods) = caution(key, money: dimension == "money", ordered: ordered, context: context)
            warnings.append(warning)
            if saysPeriods { periodsSaid.insert(key.figure.key) }
        }
        return (warnings, periodsSaid)
    }

    /// A caution for each key figure whose period runs past the period the brief was asked for:
    /// it was taken only because no primary figure of its measure and place lies within that
    /// period (`KeyFigureSelection.ScopeFit`).
    ///
    /// Why: a brief for 2023 headlined 17,350 for April 2023 to March 2024 with no word that a
    /// quarter of its months are in 2024 (a government statistician's review, session 55).
    static func outsideScope(_ keyFigures: [KeyFigure], context: BriefContext) -> [ComparabilityWarning] {
        let fit = KeyFigureSelection.ScopeFit(context.scope)
        guard fit.first != nil || fit.last != nil else { return [] }
        let filters = context.scope.filters
        let asked: String = switch (filters.from, filters.to) {
        case (let from?, let to?): ReferencePeriod(start: from.text, end: to.text).text
        case (let from?, nil): "from \(from.words)"
        case (nil, let to?): "up to \(to.words)"
        case (nil, nil): ""
        }
        var warnings: [ComparabilityWarning] = []
        for key in keyFigures {
            let figure = key.figure
            let (first, last) = (PeriodDays.first(figure.periodStart), PeriodDays.last(figure.periodEnd))
            let before = fit.first.map { first < $0 } ?? false, after = fit.last.map { last > $0 } ?? false
            guard before || after else { continue }
            let side = before && after ? "starts before and ends after" : before ? "starts before" : "ends after"
            var text = CitedText(plain: "\(key.measureLabel), \(Words.aroundComma(key.placeName)): the key figure, \(figure.markedText) ")
            text += "(\(figure.sourceLabel) \(CitedText.citation(figure.citation))), is for \(figure.period), which \(side) the period "
            text += CitedText(plain: "this brief is for (\(asked)): no primary figure of this measure and place in the brief is for that period or "
                + "a period within it. Say which period it covers when citing it, and do not cite it as \(asked)'s.")
            warnings.append(ComparabilityWarning(kind: kind, text: text, figures: [figure.key], citations: [figure.citation]))
        }
        return warnings
    }

    /// The caution, and whether it says what the periods caution of the key figure's measure and
    /// place would (always for money; for a count, when the counts in its unit mix lengths).
    private static func caution(
        _ key: KeyFigure, money: Bool, ordered: [FigureRecord], context: BriefContext
    ) -> (warning: ComparabilityWarning, saysPeriods: Bool) {
        let figure = key.figure
        let length = PeriodLength(start: figure.periodStart, end: figure.periodEnd)
        var text = CitedText(plain: "\(key.measureLabel), \(Words.aroundComma(key.placeName)): the key figure, \(figure.markedText) ")
        // An amount is a year's, as written: it is for its period, not an amount over it.
        let what = money ? "for \(length.text)" : "a count over \(length.text)"
        text += "(\(figure.sourceLabel) \(CitedText.citation(figure.citation))), is \(what) (\(figure.period)), "
        let run = KeyFigureAge.run(measure: key.measure, place: key.place, in: ordered, context: context)
        // The amounts the periods caution would have named: this measure and place's in the key figure's unit.
        let sameUnit = run.filter { $0.unit == figure.unit }
        let lengths = ComparabilityCheck.periodLengths(sameUnit)
        // A count's periods caution is given only where its counts mix lengths: said here instead.
        let counts = !money && lengths.count >= 2 ? sameUnit : []
        let amounts = money ? sameUnit : counts
        if !money && counts.isEmpty {
            text += "not over a year: it is the latest figure, but not comparable with a year's count. "
        } else if !money {
            let sorted = lengths.keys.sorted()
            let comparison = sorted.count == 2
                ? "\(sorted[0].possessive) count is not comparable with \(sorted[1].possessive)"
                : "a count over one of these lengths is not comparable with a count over another"
            text += CitedText(plain: "not over a year: it is the latest figure, but the counts of this measure and place in the "
                + "tables are for periods of \(Words.list(ComparabilityCheck.listedLengths(lengths))), and \(comparison). ")
        } else if amounts.count < 2 {
            text += "not whole years, while the measure is a year's amount, as the brief writes it: check that its source gave a yearly amount, not a total for the period. "
        } else {
            let listed = Words.list(ComparabilityCheck.listedLengths(lengths))
            text += CitedText(plain: "not whole years, while the measure is a year's amount, as the brief writes it and every amount of this "
                + "measure and place in the tables, " + (lengths.count == 1 ? "all for \(listed)" : "for periods of \(listed)")
                + ": check that each source gave a yearly amount, not a total for its period, before quoting or comparing them. ")
        }
        var citations = [figure.citation]
        var figures = [figure.key]
        // The figures the caution does not apply to: counts over one year, amounts for whole years.
        let yearly: (FigureRecord) -> Bool = money
            ? { PeriodLength(start: $0.periodStart, end: $0.periodEnd).isWholeYears }
            : { PeriodDays.isOneYear(start: $0.periodStart, end: $0.periodEnd) }
        if let year = Headline.best(of: run, catalog: context.catalog, eligible: yearly) {
            let citation = context.cite(year.source)
            citations.append(citation)
            figures.append(year.key)
            text += CitedText(plain: "The latest \(money ? "amount for whole years" : "count over one year") is \(context.markedText(year)) for "
                + "\(year.periodText) (\(context.label(year.source)) ")
            text += CitedText.citation(citation) + ")."
        } else {
            text += CitedText(plain: "No primary \(money ? "amount for whole years" : "figure over one year") of this measure and place is in the brief.")
        }
        // The keys listed so far (at most two) against each amount's, whose keys are distinct: a
        // set of those few, not a scan of the growing list (quadratic over 100,000 figures: 181M
        // instructions of the brief's main thread, session 33's profile).
        let named = Set(figures)
        for amount in amounts where !named.contains(amount.key) { figures.append(amount.key) }
        return (ComparabilityWarning(kind: kind, text: text, figures: figures, citations: citations), money || !counts.isEmpty)
    }
}
