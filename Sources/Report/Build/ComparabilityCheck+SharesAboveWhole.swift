import Storage

/// Shares in percent of the sexes, or of age groups that do not overlap, that add up to more than
/// 100 percent of one whole (the same source and study, measure, place and period): the sums
/// `tipdb check` warns about as `shares-above-whole`, by the same rule (`ShareSums`), among the
/// figures in scope. Two studies of one source are two samples, not one whole; shares that name
/// no study are grouped by their source, apart from its studies'.
///
/// Why a caution: 60 percent women beside 50 percent men of the same victims cannot both be
/// right; a brief that prints both without a word passes the contradiction on as data.
extension ComparabilityCheck {
    /// Shares-above-whole cautions beyond this many are summed up in one sentence.
    static let shareWarningLimit = 20

    static func sharesAboveWholeWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var groups: [String: [FigureRecord]] = [:]
        var order: [String] = []
        for figure in ordered where ShareSums.isCandidate(figure)
            && Measure.peopleOrCasesCounts.contains(catalog.measures[figure.measure]?.counts ?? "") {
            let group = [figure.source, figure.study ?? "\u{1}", figure.measure, figure.place, String(figure.firstDay), String(figure.lastDay)].joined(separator: "\u{0}")
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(figure)
        }
        let sums = order.flatMap { ShareSums.above(inGroup: groups[$0] ?? []) }
        var warnings = sums.prefix(shareWarningLimit).map { shareWarning($0, context: context) }
        if sums.count > shareWarningLimit {
            let more = sums.count - shareWarningLimit
            warnings.append(summary(
                "shares", "\(Words.count(more, "more set of shares adds", "more sets of shares add")) up to more than 100%; "
                    + "the same caution applies to each (tipdb check lists them all as shares-above-whole)."))
        }
        return warnings
    }

    /// "Detected victims of trafficking in Nigeria, 2020, Report A 2020 [1]: the shares by sex,
    /// female (60%) and male (50%), add up to 110%, more than the whole. ..."
    private static func shareWarning(_ sum: ShareSums.Sum<FigureRecord>, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        guard let first = sum.parts.first else { return summary("shares", "") }
        let parts = zip(sum.parts, sum.amounts).map { part, amount in
            let shown = context.boundedText(part)
            let counted = part.value == amount ? shown : "\(shown), at least \(NumberText.exact(amount))%"
            return "\(BriefContext.subgroup(part, catalog: catalog)) (\(counted))"
        }
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)) in \(Words.place(catalog.placeName(first.place))), \(first.periodText), ")
        text += context.citedLabel(first.source)
        text += ": the shares by \(sum.breakdown), \(Words.list(parts)), add up to \(NumberText.exact(sum.sum))%, more than the whole."
            + "\(sameDaysSentence(sum.parts))"
        text += " All are kept as published, but shares of parts that cannot overlap cannot add up to more than 100% (rounding "
            + "allowed for): one of them is a share of another whole or is wrong. Say so when citing any of them."
        return ComparabilityWarning(kind: "shares", text: text, figures: sum.parts.map(\.key), citations: [context.cite(first.source)])
    }
}
