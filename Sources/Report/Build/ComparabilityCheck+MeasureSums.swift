import Storage

/// The measures that are parts of one broader measure (its children in `measures.parent`, or a
/// child's own children where the child has no figure: `MeasureSums.standingIn`) adding
/// up to more than it, for the same source and study, place, period, unit and subgroup: forced
/// labour of 80,000 and forced marriage of 70,000 beside modern slavery of 100,000, from one
/// survey. The sums `tipdb check` warns about as `parts-above-whole`, by the same rule (`MeasureSums`).
///
/// Why a caution: each part is below the whole, so `partMeasureWarnings` says nothing, yet the
/// brief's definitions call both "part of Modern slavery" and its tables print all three: a
/// reader adding them up finds the contradiction the brief passed on as data.
extension ComparabilityCheck {
    /// Parts-above-whole cautions beyond this many are summed up in one sentence.
    static let measureSumWarningLimit = 20

    /// The cautions for `sums`, which `ComparabilityScan` finds on another thread (finding them
    /// read every figure, 6 % of a 100,000-figure brief on its main thread, session 54).
    static func measureSumWarnings(_ sums: [MeasureSums.Sum<FigureRecord>], context: BriefContext) -> [ComparabilityWarning] {
        var warnings = sums.prefix(measureSumWarningLimit).map { measureSumWarning($0, context: context) }
        if sums.count > measureSumWarningLimit {
            let more = sums.count - measureSumWarningLimit
            warnings.append(summary(
                "subgroups", "\(Words.count(more, "more set of measures adds", "more sets of measures add")) up to more than the "
                    + "broader measure they are part of; the same caution applies to each (tipdb check lists them all as parts-above-whole)."))
        }
        return warnings
    }

    /// Each whole whose parts in its slot add up to more than it (`MeasureSums.above`), in reading
    /// order of the whole. Parts are the figures of its child measures, in units that add up,
    /// with no breakdown, neither censored nor without a number.
    static func measureSums(_ ordered: [FigureRecord], catalog: Catalog) -> [MeasureSums.Sum<FigureRecord>] {
        var parentOf: [String: String?] = [:]
        func parent(_ measure: String) -> String? {
            if let known = parentOf[measure] { return known }
            let parent = catalog.measures[measure]?.parent.flatMap { $0 == measure ? nil : $0 }
            parentOf[measure] = parent
            return parent
        }
        // Each measure's parent by the rank each record carries (`Catalog.measureOrder`), and
        // whether the unit before adds up: no measure or unit code hashed per figure, which was
        // most of this scan over 100,000 figures (`perf`, session 58).
        let parentByRank = catalog.measureOrder.map(parent)
        let grandparentByRank = parentByRank.map { $0.flatMap(parent) }
        func parents(of figure: FigureRecord) -> (parent: String?, grandparent: String?) {
            let rank = figure.measureRank
            if rank >= 0 && rank < parentByRank.count { return (parentByRank[rank], grandparentByRank[rank]) }
            let whole = parent(figure.measure)
            return (whole, whole.flatMap(parent))
        }
        let countsByRank = catalog.measureOrder.map { catalog.measures[$0]?.counts }
        func counts(of figure: FigureRecord) -> String? {
            let rank = figure.measureRank
            return rank >= 0 && rank < countsByRank.count ? countsByRank[rank] : catalog.measures[figure.measure]?.counts
        }
        var lastUnit: (code: String, addsUp: Bool)?
        func addsUp(_ figure: FigureRecord) -> Bool {
            guard !figure.hasBreakdown else { return false }
            if let lastUnit, lastUnit.code == figure.unit { return lastUnit.addsUp }
            let adds = SubgroupTotals.dimensions.contains(catalog.units[figure.unit]?.dimension ?? "")
            lastUnit = (figure.unit, adds)
            return adds
        }
        var parts: [PartSlot: [MeasureSums.Part<FigureRecord>]] = [:]
        // For the slots a grandchild's part was added to, the child measure it stands in for, by its key (`MeasureSums.standingIn`).
        var vias: [PartSlot: [String: String]] = [:]
        for figure in ordered {
            let (parent, grandparent) = parents(of: figure)
            guard let whole = parent, !figure.censored, addsUp(figure) else { continue }
            let amount = MeasureSums.smallest(value: figure.value, low: figure.low, censored: false)
            guard amount > 0 else { continue }
            let part = MeasureSums.Part(
                figure: figure, key: figure.key, measure: figure.measure, amount: amount,
                countedFromRecords: Measure.isCountedFromRecords(counts: counts(of: figure), method: figure.method))
            let slot = PartSlot(measure: whole, figure)
            parts[slot, default: []].append(part)
            // A part of a child of the grandparent too, standing in for its parent where that has no figure.
            if let grandparent {
                let wider = PartSlot(measure: grandparent, figure)
                parts[wider, default: []].append(part)
                vias[wider, default: [:]][figure.key] = whole
            }
        }
        for (slot, via) in vias {
            parts[slot] = parts[slot].map { found in MeasureSums.standingIn(found, vias: found.map { via[$0.key] }) }
        }
        // Only wholes with parts of two measures or more can be exceeded by a sum.
        parts = parts.filter { Set($0.value.map(\.measure)).count >= 2 }
        guard !parts.isEmpty else { return [] }
        let wholeMeasures = Set(parts.keys.map(\.measure))
        let wholeRanks = catalog.measureOrder.map(wholeMeasures.contains)
        func isWhole(_ figure: FigureRecord) -> Bool {
            let rank = figure.measureRank
            return rank >= 0 && rank < wholeRanks.count ? wholeRanks[rank] : wholeMeasures.contains(figure.measure)
        }
        var sums: [MeasureSums.Sum<FigureRecord>] = []
        for whole in ordered where isWhole(whole) && addsUp(whole) {
            guard let amount = MeasureSums.largest(value: whole.value, high: whole.high), let found = parts[PartSlot(measure: whole.measure, whole)],
                  let sum = MeasureSums.above(
                      whole: whole, wholeAmount: amount,
                      wholeCountedFromRecords: Measure.isCountedFromRecords(counts: counts(of: whole), method: whole.method),
                      parts: found) else { continue }
            sums.append(sum)
        }
        return sums
    }

    /// "Modern slavery in Nepal, 2016, Survey A 2018 [1]: the measures part of it, Forced labour
    /// (80,000) and Forced marriage (70,000), add up to 150,000, more than Modern slavery (100,000). ..."
    private static func measureSumWarning(_ sum: MeasureSums.Sum<FigureRecord>, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let whole = sum.whole
        let subgroup = BriefContext.subgroup(whole, catalog: catalog)
        // Each part with its interval, never "at least" its lower bound (`BriefContext.lowEnds`).
        let parts = sum.parts.map { "\(catalog.measureLabel($0.measure)) (\(context.bracketedText($0)))" }
        let ends = BriefContext.lowEnds(sum.parts, amounts: sum.amounts)
        var text = CitedText(plain: "\(catalog.measureLabel(whole.measure)) in \(Words.place(catalog.placeName(whole.place))), \(whole.periodText), ")
        text += context.citedLabel(whole.source)
        text += (subgroup == "all" ? "" : ", \(subgroup)") + ": "
        let total = context.quantity(whole).text(value: sum.sum, censored: false, high: nil)
        let listed = Words.list(parts)
        text += "the measures part of it, \(listed), add up to \(ends.before)\(total)\(ends.after), more than \(catalog.measureLabel(whole.measure)) "
            + "(\(context.bracketedText(whole)))\(BriefContext.highEnd(whole, amount: sum.wholeAmount)).\(sameDaysSentence(sum.parts + [whole]))"
        text += " All are kept as published, but measures that do not overlap cannot add up to more than the measure they are "
            + "part of (rounding allowed for): one of them counts something else or is wrong. Say so when citing any of them."
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: sum.parts.map(\.key) + [whole.key], citations: [context.cite(whole.source)])
    }
}
