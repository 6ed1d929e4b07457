import Storage

extension ComparabilityCheck {
    /// The sum of `parts` above `whole`, by check's rule for `countries-above-region` and
    /// `regions-above-region` (`MeasureSums.above`): each part at its smallest number, the low end
    /// of its range or interval, the whole at its largest, the high end of its own
    /// (`MeasureSums.largest`), beyond rounding; nil where the parts do not exceed it so.
    ///
    /// Why one function for both: the regions' caution took the world at its point estimate after
    /// the countries' had taken a region at the high end of its interval (session 54), so regions
    /// whose lower bounds added up to 9,000 beside a world of 8,000 (7,000 to 10,000, 95% interval)
    /// were called "wrong" (session 55).
    static func placeSum(
        _ whole: FigureRecord, parts: [MeasureSums.Part<FigureRecord>], catalog: Catalog
    ) -> MeasureSums.Sum<FigureRecord>? {
        guard whole.value != nil, let amount = MeasureSums.largest(value: whole.value, high: whole.high) else { return nil }
        // A sum no larger than the whole at all needs no closer look.
        guard parts.reduce(0, { $0 + $1.amount }) > amount else { return nil }
        let fromRecords = Measure.isCountedFromRecords(counts: catalog.measures[whole.measure]?.counts, method: whole.method)
        return MeasureSums.above(whole: whole, wholeAmount: amount, wholeCountedFromRecords: fromRecords, parts: parts)
    }

    /// A caution about a sum of `placeSum`: "Detected victims of trafficking, 2019, UNODC 2022 [1]:
    /// the figures for Ghana (900) and Nigeria (1,200), countries of Western Africa, add up to
    /// 2,100, more than the figure for Western Africa (2,000), a region that contains them. ...",
    /// each number with its interval (`BriefContext.bracketedText`), the parts added "at the low
    /// ends of their ranges" and the whole exceeded "even at the high end of its range" where they
    /// were (`BriefContext.lowEnds`, `highEnd`), as the other sum cautions say it. That last after
    /// `container`: "(8,000; 7,000 to 8,500, 95% interval), even at the high end of its range, which
    /// contains them" read as a range that contains the regions.
    ///
    /// - Parameters:
    ///   - parts: what the parts are, after their list: `countries of Western Africa`.
    ///   - container: how the whole holds them, after its name: `a region that contains them`.
    ///   - includes: why they cannot add up to more: `a region's count includes the counts of its countries`.
    ///   - shares: whose shares cannot be read: `the countries' shares of the region`.
    static func placeSumWarning(
        _ sum: MeasureSums.Sum<FigureRecord>, parts: String, container: String, includes: String, shares: String, context: BriefContext
    ) -> ComparabilityWarning {
        let catalog = context.catalog
        let whole = sum.whole
        // Each part with its interval, never "at least" its lower bound (`BriefContext.lowEnds`).
        let listed = sum.parts.map { "\(Words.place(catalog.placeName($0.place))) (\(context.bracketedText($0)))" }
        let ends = BriefContext.lowEnds(sum.parts, amounts: sum.amounts)
        var text = CitedText(plain: "\(regionPairSubject(whole, context: context)), \(whole.periodText), ")
        text += context.citedLabel(whole.source)
        let total = context.quantity(whole).text(value: sum.sum, censored: false, high: nil)
        // Amounts of money are added only in one year's prices (or none recorded for all): said once, after the sum.
        let prices = catalog.units[whole.unit]?.dimension == "money" ? ", \(basis(whole))" : ""
        text += ": the figures for \(Words.list(listed)), \(parts), add up to \(ends.before)\(total)\(ends.after)\(prices), more than the figure "
            + "for \(Words.place(catalog.placeName(whole.place))) (\(context.bracketedText(whole))), \(container)"
            + "\(BriefContext.highEnd(whole, amount: sum.wholeAmount)).\(sameDaysSentence(sum.parts + [whole]))"
        text += " All are kept as published, but \(includes) (rounding allowed for): one of them counts something else or is wrong, "
            + "and \(shares) cannot be read from them. Say so when citing any of them."
        return ComparabilityWarning(
            kind: "places", text: text, figures: sum.parts.map(\.key) + [whole.key], citations: [context.cite(whole.source)])
    }
}
