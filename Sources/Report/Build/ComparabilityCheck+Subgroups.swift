import Storage

/// Subgroups larger than their totals: the pairs `tipdb check` warns about as
/// `subgroup-above-total`, by the same rule (`SubgroupTotals`), among the figures in scope.
///
/// Why a caution: such figures are kept as published, and the README asks to say so when citing;
/// a brief that sets a subgroup of 150 beside its total of 80 without a word passes the
/// contradiction on as if it were data.
extension ComparabilityCheck {
    /// Subgroup warnings beyond this many are summed up in one sentence.
    static let subgroupWarningLimit = 20

    static func subgroupWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let pairs = subgroupsAboveTotals(ordered, context: context)
        var warnings = pairs.prefix(subgroupWarningLimit).map { subgroupWarning($0, context: context) }
        if pairs.count > subgroupWarningLimit {
            let more = pairs.count - subgroupWarningLimit
            warnings.append(ComparabilityWarning(
                kind: "subgroups",
                text: "\(Words.count(more, "more subgroup is", "more subgroups are")) larger than \(more == 1 ? "its total" : "their totals"); "
                    + "the same caution applies to each (tipdb check lists them all as subgroup-above-total).",
                figures: [], citations: []))
        }
        return warnings
    }

    /// The pairs among `ordered`, in reading order.
    ///
    /// Reading order already puts the figures of one measure, place and period together, so only each such run
    /// of two figures or more is sorted, and most groups (one figure per source) end there.
    private static func subgroupsAboveTotals(_ ordered: [FigureRecord], context: BriefContext) -> [SubgroupTotals.Pair<FigureRecord>] {
        var pairs: [SubgroupTotals.Pair<FigureRecord>] = []
        let catalog = context.catalog
        let origin = { (figure: FigureRecord) in catalog.origin(figure.source) }
        let runs = BriefContext.runs(ordered) {
            $0.measure == $1.measure && $0.place == $1.place && $0.periodStart == $1.periodStart && $0.periodEnd == $1.periodEnd
        }
        for run in runs where run.count >= 2 {
            let figures = ordered[run].sorted { SubgroupTotals.groupPrecedes($0, $1, origin: origin) }
            var found: [SubgroupTotals.Pair<FigureRecord>] = []
            var start = 0
            while start < figures.count {
                var end = start + 1
                while end < figures.count && SubgroupTotals.sameGroup(figures[start], figures[end], origin: origin) { end += 1 }
                if end - start >= 2 {
                    found += SubgroupTotals.above(
                        inGroup: figures[start..<end], dimension: context.catalog.units[figures[start].unit]?.dimension)
                }
                start = end
            }
            guard !found.isEmpty else { continue }
            // Back in reading order.
            var position: [ObjectIdentifier: Int] = [:]
            for index in run { position[ObjectIdentifier(ordered[index])] = index }
            pairs += found.sorted { position[ObjectIdentifier($0.subgroup)] ?? 0 < position[ObjectIdentifier($1.subgroup)] ?? 0 }
        }
        return pairs
    }

    private static func subgroupWarning(_ pair: SubgroupTotals.Pair<FigureRecord>, context: BriefContext) -> ComparabilityWarning {
        let sub = pair.subgroup, total = pair.total
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(sub, catalog: catalog)
        // A total that is itself a subgroup (all children, of whom the girls are part) is named.
        let isEveryone = SubgroupTotals.Fields.isEveryone(total)
        let totalWords = isEveryone
            ? context.text(total) : "\(BriefContext.subgroup(total, catalog: catalog)), \(context.text(total))"
        // Two releases of one export: each number is named with the release that published it.
        let twoReleases = sub.source != total.source
        let sources = twoReleases
            ? "\(context.citedLabel(sub.source)) (the subgroup) and \(context.citedLabel(total.source)) (the total)"
            : context.citedLabel(sub.source)
        let text = "\(catalog.measureLabel(sub.measure)) in \(catalog.placeName(sub.place)), "
            + "\(ReferencePeriod(start: sub.periodStart, end: sub.periodEnd).text), \(sources): "
            + "the subgroup \(subgroup) (\(context.text(sub))) is larger than the total it is part of (\(totalWords)). "
            + "Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else "
            + "or is wrong. Say so when citing either."
        let citations = twoReleases ? [context.cite(sub.source), context.cite(total.source)] : [context.cite(sub.source)]
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: [sub.key, total.key], citations: citations)
    }
}
