import Storage

extension ComparabilityCheck {
    /// The cautions about regions of one system, from one source and study, adding up to more than
    /// the world or a region that contains them (`RegionSums`, `MeasureSums.above`): the sums
    /// `tipdb check` warns about as `regions-above-region`, by the same rule; `placeWarningLimit`
    /// of them, then how many more.
    ///
    /// Why: the ILO's five regions at 37.5 million beside its world of 27.6 million (one of them
    /// mistyped) stood in a board's regional table without a word (a supply-chain analyst's
    /// review, session 53), where countries above their region were cautioned about. Amounts of
    /// money as counts, as check adds them (one currency and price year, never per person): the
    /// brief added only counts, so the ILO's profits by region above its world's US$236 billion were
    /// named by check and passed in the brief (session 55).
    ///
    /// - Parameters:
    ///   - regionFigures: the counts and amounts of money of regions and the world in scope, in reading order.
    ///   - candidates: the figures of regions that share a figure's measure, subgroup, days, unit and price year.
    static func regionSumWarnings(
        _ regionFigures: [FigureRecord], candidates: (FigureRecord) -> [FigureRecord], context: BriefContext
    ) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var members: [String: Set<String>] = [:]
        var warnings: [ComparabilityWarning] = []
        var more = 0
        for whole in regionFigures {
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
                guard let sum = placeSum(whole, parts: parts, catalog: catalog) else { continue }
                if warnings.count < placeWarningLimit {
                    // Money adds up as people do: the ILO's profits by region make its world's.
                    let (count, counts) = catalog.units[whole.unit]?.dimension == "money" ? ("amount", "amounts") : ("count", "counts")
                    warnings.append(placeSumWarning(
                        sum, parts: "\(RegionSums.systemName(system.kind)) that share no country", container: "which contains them",
                        includes: "the \(count) of the world or of a region includes the \(counts) of the regions within it",
                        shares: "the regions' shares", context: context))
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
}
