import Storage

/// The untagged figures a brief takes as counted under a new definition because their edition, or
/// an earlier edition of their producer, tagged another figure of the same series `series-break`
/// (`SeriesBreaks.Implied`): one caution per edition and tagged figure, naming each.
///
/// Why a caution: the reading is tipdb's, not the data's. A 2024 monitor that re-counted 2016 under
/// a new definition gave its 2023 untagged, and the brief drew 2023 on the old definition's line
/// (session 54's closing note); now it keeps 2023 apart as the tagged figure is kept apart, and
/// the reader must learn that it did so, and why, to check it against the edition's notes.
extension ComparabilityCheck {
    static func impliedBreakWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let implied = context.set.impliedSeriesBreaks
        guard !implied.isEmpty else { return [] }
        // By the edition and the tagged figure, in the reading order of their first untagged figure.
        var order: [String] = []
        var groups: [String: (found: SeriesBreaks.Implied, figures: [FigureRecord])] = [:]
        for figure in ordered {
            guard let found = implied[figure.key] else { continue }
            let group = figure.source + "\u{1F}" + found.tagged
            if groups[group] == nil {
                order.append(group)
                groups[group] = (found, [])
            }
            groups[group]?.figures.append(figure)
        }
        return order.compactMap { groups[$0] }.map { warning($0.figures, found: $0.found, context: context) }
    }

    /// "Detected victims of trafficking in the Netherlands: Nationaal Rapporteur ... 2024 [1] tagged
    /// its figure for 2016 series-break, a re-count under another definition than its earlier
    /// editions', but not its 1,900 for 2023, of the same series. ..."
    private static func warning(_ figures: [FigureRecord], found: SeriesBreaks.Implied, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        guard let first = figures.first else { return summary("editions", "") }
        let who = subgroupAndUnit(first, context: context)
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)) in \(Words.place(catalog.placeName(first.place)))"
            + "\(who == "all" ? "" : ", " + who): ")
        let numbers = Words.list(figures.map { "\(context.boundedText($0)) for \($0.periodText)" })
        let tagged = ReferencePeriod(start: found.taggedPeriodStart, end: found.taggedPeriodEnd).text
        let one = figures.count == 1
        if found.sameEdition {
            text += context.citedLabel(first.source) + " tagged its figure for \(tagged) \(Figure.seriesBreakTag), a re-count "
                + "under another definition than its earlier editions', but not its \(numbers), of the same series."
        } else {
            text += context.citedLabel(first.source) + " gives \(numbers), untagged, in a series that an earlier edition, "
                + context.citedLabel(found.taggedSource) + ", broke: its figure for \(tagged) is tagged \(Figure.seriesBreakTag)."
        }
        text += CitedText(plain: " Taken as counted under the new definition too, since a definition changes from an edition on, "
            + "not for one year: \(one ? "it is" : "they are") kept apart from the earlier definition's numbers as the tagged figure "
            + "is (no revision of them, and no change over time from them), and the chart names \(one ? "it" : "them") as a series "
            + "break. Check the edition's notes: tag \(one ? "it" : "them") \(Figure.seriesBreakTag) to say so in the data, or, "
            + "if \(one ? "it was" : "they were") counted as the earlier editions counted, say that with the number wherever it is cited.")
        var citations: [Int] = []
        for source in [first.source, found.taggedSource] where !citations.contains(context.cite(source)) {
            citations.append(context.cite(source))
        }
        return ComparabilityWarning(kind: "editions", text: text, figures: figures.map(\.key) + [found.tagged], citations: citations)
    }
}
