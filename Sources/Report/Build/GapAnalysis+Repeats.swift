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
            let original = item.original
            let source = context.citedLabel(original.source)
            let cited: CitedText = original.periodUnstated
                ? "\(context.boundedText(original)) (\(source)), whose source states no period,"
                : "\(context.boundedText(original)) for \(original.periodText) (\(source))"
            var text: CitedText =
                "\(context.boundedText(item.figure)), filed under \(item.figure.periodText) (\(context.citedLabel(item.figure.source))), goes back to "
            text += cited
            text += CitedText(plain: " and changes " + chainChangeText(item, context: context))
            return text
        }
    }

    /// `intro`, then the first `repeatLimit` of `all` as `item` words them, then how many more.
    private static func limitedList<Item>(_ intro: CitedText, _ all: [Item], _ item: (Item) -> CitedText) -> CitedText {
        let named = all.prefix(repeatLimit).map(item)
        let more = all.count - named.count
        return intro + CitedText.joined(named, separator: "; ") + (more > 0 ? CitedText(plain: "; and \(more) more (see the figures tables)") : "")
    }

    /// "600,000, filed under 2022 (Smith 2022 [3]), repeats 610,000 for 2019 (Okafor and Tran
    /// 2020 [1])"; "goes back to" through a chain of repeats; what is known when the chain breaks
    /// off or its original states no period.
    private static func repeatItem(_ figure: FigureRecord, context: BriefContext) -> CitedText {
        var item: CitedText = "\(context.boundedText(figure)), filed under \(figure.periodText) (\(context.citedLabel(figure.source))), "
        let chain = context.lineage(figure)
        guard chain.ending == .primary || chain.ending == .unsourced, let original = chain.last, original !== figure else {
            return item + "repeats a figure the database cannot trace, so the period it describes is not known"
        }
        item += chain.steps.count > 2 ? "goes back to " : "repeats "
        if original.periodUnstated {
            return item + "\(context.boundedText(original)) (\(context.citedLabel(original.source))), whose source states no period"
        }
        return item + "\(context.boundedText(original)) for \(original.periodText) (\(context.citedLabel(original.source)))"
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
