import Storage

/// Subgroups larger than their totals, and subgroups that cannot overlap adding up to more than
/// their total: the pairs and sums `tipdb check` warns about as `subgroup-above-total` and
/// `parts-above-total`, by the same rules (`SubgroupTotals`, `SubgroupSums`), among the figures in scope.
///
/// Why a caution: such figures are kept as published, and the README asks to say so when citing;
/// a brief that sets a subgroup of 150 beside its total of 80 without a word passes the
/// contradiction on as if it were data.
extension ComparabilityCheck {
    /// Subgroup warnings beyond this many are summed up in one sentence.
    static let subgroupWarningLimit = 20

    /// - Parameter scan: the pairs and sums `subgroupsAboveTotals` found.
    static func subgroupWarnings(_ scan: ComparabilityScan, context: BriefContext) -> [ComparabilityWarning] {
        let (pairs, sums) = (scan.pairs, scan.sums)
        var warnings = pairs.prefix(subgroupWarningLimit).map { subgroupWarning($0, context: context) }
        if pairs.count > subgroupWarningLimit {
            let more = pairs.count - subgroupWarningLimit
            warnings.append(ComparabilityWarning(
                kind: "subgroups",
                text: "\(Words.count(more, "more subgroup is", "more subgroups are")) larger than \(more == 1 ? "its total" : "their totals"); "
                    + "the same caution applies to each (tipdb check lists them all as subgroup-above-total).",
                figures: [], citations: []))
        }
        warnings += sums.prefix(subgroupWarningLimit).map { sumWarning($0, context: context) }
        if sums.count > subgroupWarningLimit {
            let more = sums.count - subgroupWarningLimit
            warnings.append(ComparabilityWarning(
                kind: "subgroups",
                text: "\(Words.count(more, "more total is", "more totals are")) smaller than the sum of \(more == 1 ? "its" : "their") parts; "
                    + "the same caution applies to each (tipdb check lists them all as parts-above-total).",
                figures: [], citations: []))
        }
        return warnings
    }

    /// The pairs (`SubgroupTotals`) and sums (`SubgroupSums`) among `ordered`, in reading order
    /// of the subgroup, and of the total for a sum.
    ///
    /// Figures are grouped by measure, place and the days their period covers
    /// (`BriefContext.sameDaysRuns`), as `tipdb check` groups them, so that a subgroup for
    /// `2018-01/2018-12` is compared with its total for `2018`. Reading order already puts the
    /// figures of one measure, place and period as written together, so only each group of two
    /// figures or more is sorted, and most groups (one figure per source) end there.
    /// Reads nothing but its arguments: it runs on a background thread (`ComparabilityScan`).
    /// `sameDays` is `SameDaysGroups(ordered)`, which the brief's other scans share.
    static func subgroupsAboveTotals(_ ordered: [FigureRecord], catalog: Catalog, sameDays: SameDaysGroups) -> ComparabilityScan {
        var pairs: [(at: Int, pair: SubgroupTotals.Pair<FigureRecord>)] = []
        var sums: [(at: Int, order: Int, sum: SubgroupSums.Sum<FigureRecord>)] = []
        // The study too: two studies of one source count two samples (`SubgroupTotals.sameGroup`).
        // Each source's origin worked out once, by the index its records carry: made for every
        // figure as one string of origin and study, it was a third of this scan's own time (`perf`,
        // session 58). Origin, then study, orders as that string did ("\u{0}" sorts first).
        // A closure, not the method `catalog.origin` as a value, which copied the whole catalog
        // (every dictionary retained and released) for every figure: a quarter of this scan (`perf`, session 60).
        var origins = SourceMemo<String>()
        func origin(_ figure: FigureRecord) -> String { origins.value(of: figure) { catalog.origin($0) } }
        sameDays.forEach { runs in
            guard runs.count > 1 || (runs.first?.count ?? 0) >= 2 else { return }
            // `SubgroupTotals.groupPrecedes` and `sameGroup` restricted to what differs within a
            // group (origin, study, then unit), each figure's origin worked out once: comparing the group's
            // equal measure, place and period again in every comparison, and looking up both
            // origins each time, was a quarter of this scan (`valgrind --tool=callgrind`).
            let grouped = runs.joined().map { (figure: ordered[$0], origin: origin(ordered[$0]), study: ordered[$0].study ?? "") }.sorted { a, b in
                if a.origin != b.origin { return a.origin < b.origin }
                if a.study != b.study { return a.study < b.study }
                return a.figure.unit < b.figure.unit
            }
            let figures = grouped.map(\.figure)
            var found: [SubgroupTotals.Pair<FigureRecord>] = []
            var foundSums: [SubgroupSums.Sum<FigureRecord>] = []
            var start = 0
            while start < figures.count {
                var end = start + 1
                while end < figures.count && grouped[end].origin == grouped[start].origin && grouped[end].study == grouped[start].study
                        && figures[end].unit == figures[start].unit {
                    end += 1
                }
                if end - start >= 2 {
                    let judged = SubgroupSums.judge(
                        inGroup: figures[start..<end], dimension: catalog.units[figures[start].unit]?.dimension,
                        counts: catalog.measures[figures[start].measure]?.counts)
                    found += judged.pairs
                    foundSums += judged.sums
                }
                start = end
            }
            guard !found.isEmpty || !foundSums.isEmpty else { return }
            var position: [ObjectIdentifier: Int] = [:]
            for index in runs.joined() { position[ObjectIdentifier(ordered[index])] = index }
            func at(_ figure: FigureRecord) -> Int { position[ObjectIdentifier(figure)] ?? 0 }
            pairs += found.map { (at($0.subgroup), $0) }
            let counted = sums.count
            sums += foundSums.enumerated().map { (at($1.total), counted + $0, $1) }
        }
        // Back in reading order: a group's periods as written need not be neighbours. A subgroup
        // is named once; sums with one total stay in the order `SubgroupSums` gives them.
        pairs.sort { $0.at < $1.at }
        sums.sort { ($0.at, $0.order) < ($1.at, $1.order) }
        return ComparabilityScan(pairs: pairs.map(\.pair), sums: sums.map(\.sum))
    }

    /// A caution about parts that add up to more than their total: each part with its number and
    /// interval (`bracketedText`; a censored one with the number it adds, `at least 1`), their sum,
    /// and the total with its interval: the parts at the low ends of their ranges, the total at the
    /// high end of its own (`BriefContext.lowEnds`, `highEnd`).
    private static func sumWarning(_ sum: SubgroupSums.Sum<FigureRecord>, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let total = sum.total
        let quantity = context.quantity(total)
        func number(_ amount: Double) -> String { quantity.text(value: amount, censored: false, high: nil) }
        let parts = zip(sum.parts, sum.amounts).map { part, amount in
            let shown = context.bracketedText(part)
            // Only a censored count's low end is a minimum (a `<5` is 1 or more); an interval's is not.
            let counted = part.censored && part.value != amount ? "\(shown), at least \(number(amount))" : shown
            return "\(BriefContext.subgroup(part, catalog: catalog)) (\(counted))"
        }
        let totalWords = SubgroupTotals.Fields.isEveryone(total)
            ? context.bracketedText(total) : "\(BriefContext.subgroup(total, catalog: catalog)), \(context.bracketedText(total))"
        var sources: [String] = []
        for figure in sum.parts + [total] where !sources.contains(figure.source) { sources.append(figure.source) }
        let ends = BriefContext.lowEnds(sum.parts, amounts: sum.amounts)
        var text = CitedText(plain: "\(catalog.measureLabel(total.measure)) in \(Words.place(catalog.placeName(total.place))), "
            + "\(total.periodText), ")
        text += CitedText.list(sources.map(context.citedLabel))
        text += ": the subgroups \(Words.list(parts)) add up to \(ends.before)\(number(sum.sum))\(ends.after), more than the total they are part of "
            + "(\(totalWords))\(BriefContext.highEnd(total, amount: sum.totalAmount)).\(sameDaysSentence(sum.parts + [total]))"
        text += " All are kept as published, but subgroups that cannot overlap cannot add up to more than their "
            + "whole: one of them counts something else or is wrong. Say so when citing any of them."
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: sum.parts.map(\.key) + [total.key], citations: sources.map(context.cite))
    }

    private static func subgroupWarning(_ pair: SubgroupTotals.Pair<FigureRecord>, context: BriefContext) -> ComparabilityWarning {
        let sub = pair.subgroup, total = pair.total
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(sub, catalog: catalog)
        // A total that is itself a subgroup (all children, of whom the girls are part) is named.
        let isEveryone = SubgroupTotals.Fields.isEveryone(total)
        let totalWords = isEveryone
            ? context.bracketedText(total) : "\(BriefContext.subgroup(total, catalog: catalog)), \(context.bracketedText(total))"
        // Two releases of one export: each number is named with the release that published it.
        let twoReleases = sub.source != total.source
        let sources: CitedText = twoReleases
            ? "\(context.citedLabel(sub.source)) (the subgroup) and \(context.citedLabel(total.source)) (the total)"
            : context.citedLabel(sub.source)
        var text = CitedText(plain: "\(catalog.measureLabel(sub.measure)) in \(Words.place(catalog.placeName(sub.place))), "
            + "\(sub.periodText), ")
        text += sources
        text += ": the subgroup \(subgroup) (\(context.bracketedText(sub))) is larger than the total it is part of (\(totalWords))."
            + "\(sameDaysSentence([sub, total]))"
        text += " Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else "
            + "or is wrong. Say so when citing either."
        let citations = twoReleases ? [context.cite(sub.source), context.cite(total.source)] : [context.cite(sub.source)]
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: [sub.key, total.key], citations: citations)
    }
}
