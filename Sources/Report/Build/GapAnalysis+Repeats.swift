import Storage

/// The repeats that the figures tables list under reference years the data gaps call without a
/// figure.
///
/// Why: a repeat describes its original's period, not the one it is filed under
/// (`BriefContext.datingFigure`), so a year with only a repeat in it has no figure of its own.
/// Said bare, "Modern slavery: no figure for 3 reference years (2020-2022)" stood beside a table
/// listing 600,000 for 2022, a newspaper's repeat of a 2019 survey estimate: the reader saw the
/// brief contradict itself (review of session 37). The sentence now names the repeat and what
/// it repeats, so that the gap and the table agree.
extension GapAnalysis {
    /// Repeats named in one gap's sentence before "and N more".
    static let repeatLimit = 3

    /// The repeats among `candidates` whose filed period (in `unit`s) meets one of `missing`,
    /// in the order given.
    static func repeatsFiled(
        _ candidates: [FigureRecord], under missing: [(first: Int, last: Int)], unit: GapUnit
    ) -> [FigureRecord] {
        guard !candidates.isEmpty else { return [] }
        return candidates.filter { figure in
            let first = unit.first(figure.periodStart), last = max(first, unit.last(figure.periodEnd))
            return missing.contains { $0.first <= last && first <= $0.last }
        }
    }

    /// "other than a repeat, which describes the period of the figure it repeats: 600,000, filed
    /// under 2022 (Smith 2022 [3]), repeats 610,000 for 2019 (Okafor and Tran 2020 [1])"; the
    /// repeats that changed the measure or place of what they repeat after them, apart
    /// (`movedPhrase`), since they describe no period of this measure and place at all.
    static func repeatsPhrase(_ repeats: [FigureRecord], context: BriefContext) -> CitedText {
        var dated: [FigureRecord] = []
        var moved: [MovedRepeat] = []
        for figure in repeats {
            if let change = context.scopeChange(figure), movesScope(change.changes) {
                moved.append(MovedRepeat(figure: figure, original: change.original, changes: change.changes))
            } else {
                dated.append(figure)
            }
        }
        var parts: [CitedText] = []
        if !dated.isEmpty {
            let intro: CitedText = dated.count == 1
                ? "other than a repeat, which describes the period of the figure it repeats: "
                : "other than \(dated.count) repeats, which describe the periods of the figures they repeat: "
            parts.append(limitedList(intro, dated) { repeatItem($0, context: context) })
        }
        if !moved.isEmpty { parts.append(movedPhrase(moved, context: context)) }
        return CitedText.joined(parts, separator: "; and ")
    }

    /// "other than a repeat that changes the measure or place of the figure it goes back to, and
    /// so covers no year of its own: 240,000, filed under 2020 (Blog 2020 [2]), goes back to 24,000
    /// for 2016 (ILO 2017 [1]) and changes the number (240,000, not 24,000) and the measure (Victims
    /// of trafficking, not Forced labour)", the changes as the moved-repeat sentence names them
    /// (`chainChangeText`).
    ///
    /// Why apart: "describes the period of the figure it repeats" is untrue of a forced-labour
    /// estimate re-filed as a trafficking one; it describes no year of the gap's measure
    /// (`coveringFigure`), and a reader must not take 2016 for a year with trafficking data.
    private static func movedPhrase(_ moved: [MovedRepeat], context: BriefContext) -> CitedText {
        let intro: CitedText = moved.count == 1
            ? "other than a repeat that changes the measure or place of the figure it goes back to, and so covers no year of its own: "
            : "other than \(moved.count) repeats that change the measure or place of the figures they go back to, and so cover no year of their own: "
        return limitedList(intro, moved) { item -> CitedText in
            let chain = context.lineage(item.figure)
            let cited = originalPhrase(item.original, chain: chain.last === item.original ? chain : nil, context: context)
            var text: CitedText =
                "\(context.boundedText(item.figure)), filed under \(item.figure.periodText) (\(context.citedLabel(item.figure.source))), goes back to "
            text += cited.text
            text += CitedText(plain: (cited.clause ? "," : "") + " and changes " + chainChangeText(item, context: context))
            return text
        }
    }

    /// "45 for 2020 (Statistics Office 2021 [1])": the figure a repeat goes back to, as the gap
    /// sentences name it; when the figure before it in `chain` quoted a number it had before a
    /// published revision (`RepeatChangeText.earlierQuote`), that number, "41 for 2020
    /// (Statistics Office 2021 [1]), since revised to 45"; `clause` when the text ends in a
    /// clause of its own, which a comma then closes.
    ///
    /// Why: "41, filed under 2022 (Blogger 2022 [2]), repeats 45 for 2020" named a number the
    /// blog never quoted, and "goes back to 45 ... and changes the place" hid that the numbers
    /// differ at all, where the lineage section says "41, since revised to 45" (review of session 45).
    private static func originalPhrase(
        _ original: FigureRecord, chain: Lineage<FigureRecord>?, context: BriefContext
    ) -> (text: CitedText, clause: Bool) {
        let earlier = chain.flatMap { RepeatChangeText.earlierQuote(endOf: $0, context: context) }
        let number = earlier?.number ?? context.boundedText(original)
        let source = context.citedLabel(earlier?.source ?? original.source)
        var text: CitedText = original.periodUnstated
            ? "\(number) (\(source)), whose source states no period"
            : "\(number) for \(original.periodText) (\(source))"
        guard let earlier else { return (text, original.periodUnstated) }
        text += CitedText(plain: ", since revised to \(context.boundedText(original))")
        // A revision that came with a newer publication: the number now is that publication's.
        if earlier.source != nil { text += " (\(context.citedLabel(original.source)))" }
        return (text, true)
    }

    /// `intro`, then the first `repeatLimit` of `all` as `item` words them, then how many more.
    private static func limitedList<Item>(_ intro: CitedText, _ all: [Item], _ item: (Item) -> CitedText) -> CitedText {
        let named = all.prefix(repeatLimit).map(item)
        let more = all.count - named.count
        return intro + CitedText.joined(named, separator: "; ") + (more > 0 ? CitedText(plain: "; and \(more) more (see the figures tables)") : "")
    }

    /// "600,000, filed under 2022 (Smith 2022 [3]), repeats 610,000 for 2019 (Okafor and Tran
    /// 2020 [1])"; "goes back to" through a chain of repeats; what is known when the chain breaks
    /// off or its original states no period; a number since revised as the chain quoted it
    /// (`originalPhrase`).
    private static func repeatItem(_ figure: FigureRecord, context: BriefContext) -> CitedText {
        var item: CitedText = "\(context.boundedText(figure)), filed under \(figure.periodText) (\(context.citedLabel(figure.source))), "
        let chain = context.lineage(figure)
        guard chain.ending == .primary || chain.ending == .unsourced, let original = chain.last, original !== figure else {
            return item + "repeats a figure the database cannot trace, so the period it describes is not known"
        }
        item += chain.steps.count > 2 ? "goes back to " : "repeats "
        return item + originalPhrase(original, chain: chain, context: context).text
    }
}

extension GapAnalysis {
    /// "Chad has only repeats of another source's figure." (or "2 of them have only repeats of
    /// other sources' figures: Chad and Niger.") for the countries without a figure of their own
    /// that the figures tables nonetheless list under them; nil for none.
    ///
    /// Why: a repeat is another source's figure said again (`cites`), not a count or estimate for
    /// the country by the source that repeats it. Such a country was counted as covered, and
    /// "every one of the countries in scope has at least one figure" stood over a country known
    /// only through a newspaper's repeat. Named here, the gap and the tables agree.
    /// Whether `figure` is its source's own: it cites nothing, or it repeats only figures of its
    /// own source back to one that cites nothing (a report giving again its earlier estimate).
    ///
    /// Why not "cites nothing": a country whose one figure in scope was its source's repeat of
    /// that source's own earlier figure was said to have "only repeats of another source's
    /// figure", which was untrue (review of session 41). A chain that reaches another source,
    /// breaks off or loops is a repeat of a figure not the source's own, as before.
    static func isOwnFigure(_ figure: FigureRecord, context: BriefContext) -> Bool {
        guard figure.cites != nil else { return true }
        let chain = context.lineage(figure)
        guard chain.ending == .primary || chain.ending == .unsourced else { return false }
        return chain.steps.allSatisfy { $0.source == figure.source }
    }

    static func onlyRepeatsSentence(_ places: GapList) -> String? {
        switch places.count {
        case 0:
            return nil
        case 1:
            return places.text.prefix(1).uppercased() + places.text.dropFirst() + " has only repeats of another source's figure."
        default:
            return "\(places.count) of them have only repeats of other sources' figures: \(places.text)."
        }
    }
}
