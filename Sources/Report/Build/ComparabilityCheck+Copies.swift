import Storage

/// Second-hand copies beside their producer's own data: Our World in Data's download of UNODC's
/// series next to UNODC's own export.
///
/// Why a caution: a reader who sees the same number cited twice, under two labels, takes it as
/// confirmed twice; and where the copy holds an earlier release (41 where the producer now says
/// 45), as two sources disagreeing. Both are one data collection (`SecondHandCopies`): the brief
/// says so, and which of the two to cite.
extension ComparabilityCheck {
    /// Differences listed in a copy caution before "and N more".
    static let copyDifferenceLimit = 3

    /// The data collection a figure belongs to, for counting collections: its study, else its
    /// source's origin (a series' releases, and copies of a producer's data, are one).
    static func collection(of figure: FigureRecord, _ catalog: Catalog) -> String {
        figure.study.map { "study:" + $0 } ?? "source:" + catalog.origin(figure.source)
    }

    /// Whether `collection(of:_:)` is the same for `a` and `b`, without making either string:
    /// asked of each primary estimate beside the one before it (`methodWarnings`).
    static func sameCollection(_ a: FigureRecord, _ b: FigureRecord, _ catalog: Catalog) -> Bool {
        switch (a.study, b.study) {
        case let (x?, y?): x == y
        case (nil, nil): a.source == b.source || catalog.origin(a.source) == catalog.origin(b.source)
        default: false
        }
    }

    static func copyWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        let copies = catalog.copies
        guard !copies.origins.isEmpty else { return [] }
        let shared = Set(copies.origins.values)
        var ownSources: [String: [String]] = [:]
        var own: [String: FigureRecord] = [:]
        var copyOrder: [String] = []
        var copyFigures: [String: [FigureRecord]] = [:]
        for figure in ordered where !figure.isBrokenDown {
            if copies.isCopy(figure.source) {
                if copyFigures[figure.source] == nil { copyOrder.append(figure.source) }
                copyFigures[figure.source, default: []].append(figure)
                continue
            }
            let origin = catalog.origin(figure.source)
            guard shared.contains(origin) else { continue }
            if !(ownSources[origin]?.contains(figure.source) ?? false) { ownSources[origin, default: []].append(figure.source) }
            let match = matchKey(figure, origin: origin)
            // The producer's figure in its latest release before one a newer release dropped.
            if let held = own[match], !(context.set.droppedFromLatest[held.key] != nil && context.set.droppedFromLatest[figure.key] == nil) {
                continue
            }
            own[match] = figure
        }
        return copyOrder.compactMap { copy -> ComparabilityWarning? in
            guard let origin = copies.origins[copy], let producers = ownSources[origin] else { return nil }
            let republisher = copies.republishers[copy] ?? "another site"
            let republished = copies.republished(copy, catalog: catalog, label: context.label)
                ?? "data as \(republisher) republished it"
            var pairs: [(copy: FigureRecord, own: FigureRecord)] = []
            var alike = 0
            for figure in copyFigures[copy] ?? [] {
                guard let mine = own[matchKey(figure, origin: origin)] else { continue }
                // A `<5` takes part by its bounds (`FigureAgreement`): 412 against `<5` is no rounding.
                if copyDiffers(figure, mine, catalog: catalog) { pairs.append((figure, mine)) } else { alike += 1 }
            }
            var text: CitedText = "\(context.citedLabel(copy)) is \(republished): the same data "
            text += "collection as \(CitedText.list(producers.map(context.citedLabel))), not an independent source"
            // "Given twice" is said only of figures that agree: of a pair that differs it would be false.
            text += pairs.isEmpty ? ": a figure both give is one figure given twice, not two that agree."
                : alike > 0 ? ": a figure both give alike is one figure given twice, not two that agree." : "."
            if !pairs.isEmpty {
                let listed = pairs.prefix(copyDifferenceLimit).map { pair -> CitedText in
                    var item = CitedText(plain: "for \(catalog.measureLabel(pair.copy.measure)), \(Words.aroundComma(catalog.placeName(pair.copy.place))), "
                        + pair.copy.periodText
                        + subgroupPhrase(pair.copy, catalog: catalog))
                    item += ", \(ownDescription(pair.own, context: context)) gives \(context.markedText(pair.own)) "
                    item += "and the copy gives \(context.markedText(pair.copy))"
                    item += CitedText(plain: sameDaysNote([pair.copy, pair.own]))
                    return item
                }
                let more = pairs.count - listed.count
                text += " The two disagree on \(Words.count(pairs.count, "figure")): \(CitedText.joined(listed, separator: "; "))"
                text += (more > 0 ? "; and \(Words.count(more, "more figure"))" : "") + ". "
                    + "The copy may hold another release of the producer's data, \(republisher)'s processing of it, or a "
                    + "mistake: cite the producer's own figure, and say that the copy gives another number."
            }
            var citations = [context.cite(copy)]
            for source in producers where !citations.contains(context.cite(source)) { citations.append(context.cite(source)) }
            return ComparabilityWarning(
                kind: "copies", text: text, figures: pairs.flatMap { [$0.copy.key, $0.own.key] }, citations: citations)
        }
    }

    /// Whether a copy's figure and its producer's own figure for the same people give different
    /// numbers: counts from records (detected victims, criminal-justice counts:
    /// `SeriesCaution.isDetected`) when they are not equal, other numbers beyond rounding, a `<5`
    /// by its bounds (`FigureAgreement`); `tipdb check`'s `copy-differs` uses the same rule.
    ///
    /// Why exact for records: a copy's 1,200 detected victims where the producer's latest release
    /// says 1,250 is the number of the release before it, not 1,250 rounded; under the rounding
    /// tolerance the caution called the pair "one figure given twice" and named no difference.
    /// An estimate published rounded keeps the tolerance (28 million for 27.6 million), but not
    /// the allowance for overlapping uncertainty that two independent estimates get: a copy that
    /// gives another number than its producer's has changed it.
    static func copyDiffers(_ copy: FigureRecord, _ own: FigureRecord, catalog: Catalog) -> Bool {
        SeriesCaution.isDetected(copy.measure, catalog: catalog)
            ? FigureAgreement.differ(copy, own, exact: true) : FigureAgreement.differ(copy, own)
    }

    /// ` (female, children)` for a subgroup, nothing for everyone.
    private static func subgroupPhrase(_ figure: FigureRecord, catalog: Catalog) -> String {
        let subgroup = BriefContext.subgroup(figure, catalog: catalog)
        return subgroup == "all" ? "" : " (\(subgroup))"
    }

    /// The producer's figure as the copy caution names it: whether it is in the collection's own
    /// latest release, so that a reader knows which of two disagreeing numbers is current.
    private static func ownDescription(_ figure: FigureRecord, context: BriefContext) -> CitedText {
        let label = context.citedLabel(figure.source)
        guard context.catalog.vintages[figure.source] != nil else { return "the producer's own \(label)" }
        if let released = context.set.droppedFromLatest[figure.key] {
            return "the producer's earlier release \(label) (not in its latest release, \(released))"
        }
        // The latest release holds it, but its row was refused at load: the number is the earlier release's.
        if let refused = context.set.refusedInLatest[figure.key] {
            return "the producer's earlier release \(label) (its row in the latest release, \(refused.released), was refused at load, batch \(String(refused.batch)))"
        }
        return "the producer's own latest release, \(label),"
    }

    /// What a copy's figure and the producer's own figure for the same people share: the period
    /// by the days it covers (`PeriodDays`), as check's `copy-differs` compares them, so that a
    /// copy's `2019-01`/`2019-12` meets its producer's `2019`.
    private static func matchKey(_ figure: FigureRecord, origin: String) -> String {
        let days = BriefContext.days(figure)
        return [figure.measure, figure.place, String(days.first), String(days.last), figure.sex, figure.ageGroup,
                figure.form ?? "", figure.unit, origin].joined(separator: "\u{0}")
    }
}
