import Storage

/// The revisions a later edition of a producer's series made to counts an earlier edition
/// published (`EditionRevisions`): "the 2024 monitor revised 2022 from 910 to 925".
///
/// Why a caution of its own: the series, its chart and its methods caution take the later
/// edition's number, and the earlier one is still in the figures tables; a reader who quoted it
/// from the earlier edition must learn that it was revised, not that two sources disagree, which
/// is what the brief told a rapporteur's office of its own two monitors (session 51).
extension ComparabilityCheck {
    /// Revision cautions beyond this many are summed up in one sentence.
    static let editionWarningLimit = 20

    static func editionWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let editions = context.editions
        guard !editions.isEmpty else { return [] }
        // Each later figure with the earlier editions' figures it revised, in reading order of the later one.
        // By the later figure's identity: hashing its key for each of the bench's 20,000 revised
        // counts was a third of this caution (`perf`, session 59).
        var order: [ObjectIdentifier] = []
        var revised: [ObjectIdentifier: (later: FigureRecord, earlier: [FigureRecord])] = [:]
        for figure in ordered {
            guard let later = editions.laterEdition(of: figure) else { continue }
            // A number given again unchanged revises nothing: the series left it out, and the chart says so.
            guard FigureAgreement.differ(figure, later, exact: true) else { continue }
            let id = ObjectIdentifier(later)
            if revised[id] == nil {
                order.append(id)
                revised[id] = (later, [])
            }
            revised[id]?.earlier.append(figure)
        }
        var warnings = order.prefix(editionWarningLimit).compactMap { revised[$0] }.map {
            editionWarning($0.later, earlier: $0.earlier, context: context)
        }
        // Re-counts under another definition (`series-break`), in reading order: each its own caution.
        for figure in ordered where !editions.restated.isEmpty {
            guard let earlier = editions.restated[figure.key] else { continue }
            warnings.append(breakWarning(figure, earlier: earlier, context: context))
        }
        if order.count > editionWarningLimit {
            let more = order.count - editionWarningLimit
            warnings.append(summary(
                "editions", "\(Words.count(more, "more count was", "more counts were")) revised by a later edition of the same "
                    + "producer's series; the same caution applies to each (see the figures tables)."))
        }
        return warnings
    }

    /// "Detected victims of trafficking in the Netherlands, 2022: National Rapporteur ... 2024 [1]
    /// revised 910 (National Rapporteur ... 2023 [2]) to 925. ..."
    private static func editionWarning(_ later: FigureRecord, earlier: [FigureRecord], context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.sources[figure.source]?.published ?? "" }
        // The order the editions came out in.
        let listed = earlier.sorted { (published($0), $0.key) < (published($1), $1.key) }
        let who = subgroupAndUnit(later, context: context)
        var text = CitedText(plain: "\(catalog.measureLabel(later.measure)) in \(Words.place(catalog.placeName(later.place))), "
            + "\(later.periodText)\(who == "all" ? "" : ", " + who): ")
        let was = listed.map { figure -> CitedText in "\(context.boundedText(figure)) (\(context.citedLabel(figure.source)))" }
        let now = context.boundedText(later)
        text += context.citedLabel(later.source) + " revised " + CitedText.joined(was, separator: " and then ")
        text += CitedText(plain: " to \(now).\(sameDaysSentence(listed + [later]))")
        let editions = listed.count == 1 ? "the earlier edition" : "an earlier edition"
        // A revision for late returns, or a re-count under a changed definition: the numbers alone do not tell which.
        text += CitedText(plain: " It is a later edition of the same producer's series, not a disagreement between sources: "
            + "a revision, or a re-count under a changed definition, which the numbers alone do not tell; check the later edition's "
            + "notes, and tag a re-count \(Figure.seriesBreakTag) to keep the two apart. The series and charts use \(now); the figures "
            + "tables show \(listed.count == 1 ? "both" : "all of them"). Cite \(now) as the later edition's number, and where the "
            + "number of \(editions) was quoted, say that a later edition gives another.")
        var citations: [Int] = []
        for figure in listed + [later] where !citations.contains(context.cite(figure.source)) { citations.append(context.cite(figure.source)) }
        return ComparabilityWarning(kind: "editions", text: text, figures: (listed + [later]).map(\.key), citations: citations)
    }

    /// "Detected victims of trafficking in the Netherlands, 2016: Nationaal Rapporteur ... 2024 [3]
    /// gives 1,300, counted under another definition than ... 2017 [2]'s 952 ..."
    private static func breakWarning(_ figure: FigureRecord, earlier: [FigureRecord], context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.sources[figure.source]?.published ?? "" }
        let listed = earlier.sorted { (published($0), $0.key) < (published($1), $1.key) }
        let who = subgroupAndUnit(figure, context: context)
        var text = CitedText(plain: "\(catalog.measureLabel(figure.measure)) in \(Words.place(catalog.placeName(figure.place))), "
            + "\(figure.periodText)\(who == "all" ? "" : ", " + who): ")
        let was = listed.map { earlier -> CitedText in "\(context.boundedText(earlier)) (\(context.citedLabel(earlier.source)))" }
        text += context.citedLabel(figure.source) + " gives \(context.boundedText(figure)), counted under another definition than "
            + CitedText.joined(was, separator: " and ")
        // Untagged, of a series its edition (or an earlier one) broke: its own caution says why (`impliedBreakWarnings`).
        let tagged = context.set.impliedSeriesBreaks[figure.key] == nil
            ? "tagged \(Figure.seriesBreakTag)" : "untagged, but of a series an edition's \(Figure.seriesBreakTag) tag broke"
        text += CitedText(plain: " (\(tagged)). A series break: not a revision, nor a disagreement between sources. "
            + "The two count different things, so their difference is no change over time. The series and charts keep the "
            + "earlier definition's \(listed.count == 1 ? "number" : "numbers") and name the re-count under the chart; compare each "
            + "only with figures counted the same way, and cite the definition with the number.")
        var citations: [Int] = []
        for shown in listed + [figure] where !citations.contains(context.cite(shown.source)) { citations.append(context.cite(shown.source)) }
        return ComparabilityWarning(kind: "editions", text: text, figures: (listed + [figure]).map(\.key), citations: citations)
    }
}
