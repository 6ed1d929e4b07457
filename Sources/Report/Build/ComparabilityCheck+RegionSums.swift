import Storage

extension ComparabilityCheck {
    /// The cautions about regions of one system, from one source and study, adding up to more than
    /// the world or a region that contains them (`RegionSums`, `MeasureSums.above`): the sums
    /// `tipdb check` warns about as `regions-above-region`, by the same rule; `placeWarningLimit`
    /// of them, then how many more.
    ///
    /// Why: the ILO's five regions at 37.5 million beside its world of 27.6 million (one of them
    /// mistyped) stood in a board's regional table without a word (a supply-chain analyst's
    /// review, session 53), where countries above their region were cautioned about.
    ///
    /// - Parameters:
    ///   - regionFigures: the counts of regions and the world in scope, in reading order.
    ///   - candidates: the counts of regions that share a figure's measure, subgroup and days.
    static func regionSumWarnings(
        _ regionFigures: [FigureRecord], candidates: (FigureRecord) -> [FigureRecord], context: BriefContext
    ) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var members: [String: Set<String>] = [:]
        var warnings: [ComparabilityWarning] = []
        var more = 0
        for whole in regionFigures {
            guard let amount = whole.value else { continue }
            let same = candidates(whole).filter { $0.source == whole.source && $0.study == whole.study }
            guard same.count >= 3 else { continue }
            if members.isEmpty { members = catalog.members.mapValues { Set($0) } }
            let places = same.map { (place: $0.place, kind: catalog.places[$0.place]?.kind ?? "") }
            for system in RegionSums.parts(of: whole.place, candidates: places, members: members) {
                let parts = system.indexes.map { same[$0] }.map { part in
                    MeasureSums.Part(
                        figure: part, key: part.key, measure: part.place,
                        amount: MeasureSums.smallest(value: part.value, low: part.low, censored: false),
                        countedFromRecords: Measure.isCountedFromRecords(counts: catalog.measures[part.measure]?.counts, method: part.method))
                }
                // A sum no larger than the whole at all needs no closer look.
                guard parts.reduce(0, { $0 + $1.amount }) > amount else { continue }
                let fromRecords = Measure.isCountedFromRecords(counts: catalog.measures[whole.measure]?.counts, method: whole.method)
                guard let sum = MeasureSums.above(whole: whole, wholeAmount: amount, wholeCountedFromRecords: fromRecords, parts: parts) else { continue }
                if warnings.count < placeWarningLimit {
                    warnings.append(regionSumWarning(sum, system: RegionSums.systemName(system.kind), context: context))
                } else {
                    more += 1
                }
            }
        }
        if more > 0 {
            warnings.append(summary(
                "places", "\(Words.count(more, "more set of regions adds", "more sets of regions add")) up to more than the figure "
                    + "of the world or a region that contains them; the same caution applies to each (tipdb check lists them all as regions-above-region)."))
        }
        return warnings
    }

    /// "Victims of forced labour, 2021, Acme 2025 [1]: the figures for Africa (ILO region) (3.8 million), ..., ILO regions
    /// that share no country, add up to 37.5 million, more than the figure for the world (27.6 million), which contains them. ..."
    private static func regionSumWarning(_ sum: MeasureSums.Sum<FigureRecord>, system: String, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let whole = sum.whole
        let wholeName = Words.place(catalog.placeName(whole.place))
        let parts = zip(sum.parts, sum.amounts).map { part, amount in
            let shown = context.boundedText(part)
            let counted = part.value == amount ? shown : "\(shown), at least \(context.quantity(part).text(value: amount, censored: false, high: nil))"
            return "\(Words.place(catalog.placeName(part.place))) (\(counted))"
        }
        let subgroup = BriefContext.subgroup(whole, catalog: catalog)
        var text = CitedText(plain: catalog.measureLabel(whole.measure) + (subgroup == "all" ? "" : " (\(subgroup))") + ", \(whole.periodText), ")
        text += context.citedLabel(whole.source)
        let total = context.quantity(whole).text(value: sum.sum, censored: false, high: nil)
        text += ": the figures for \(Words.list(parts)), \(system) that share no country, add up to \(total), more than the figure for "
            + "\(wholeName) (\(context.boundedText(whole))), which contains them.\(sameDaysSentence(sum.parts + [whole]))"
        text += " All are kept as published, but the count of the world or of a region includes the counts of the regions within "
            + "it (rounding allowed for): one of them counts something else or is wrong, and the regions' shares cannot be read "
            + "from them. Say so when citing any of them."
        return ComparabilityWarning(
            kind: "places", text: text, figures: sum.parts.map(\.key) + [whole.key], citations: [context.cite(whole.source)])
    }
}
