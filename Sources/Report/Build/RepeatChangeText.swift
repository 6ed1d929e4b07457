import Storage

/// The changes a repeat makes to the figure it repeats, in words: "News 2020 changes what it
/// repeats from ILO 2005: the number (24 million, not 2.45 million), the place (United States, not World)".
enum RepeatChangeText {
    /// One sentence for each link of the chain that changes something, from the figure itself on.
    static func sentences(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> [String] {
        let links = lineage.steps.indices.dropLast().compactMap { index in
            sentence(lineage.steps[index], repeats: lineage.steps[index + 1], context: context)
        }
        return links + driftSentences(lineage, context: context).map(\.sentence)
    }

    /// The sentence for a chain whose every link rounds the one before but whose figure is no
    /// rounding of the figure the chain ends at (`RepeatChange.drifts`), or nil.
    static func driftSentence(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> String? {
        driftSentence(lineage.steps[...], context: context)
    }

    /// The drifts within the chain, each at the figure nearest the chain's start whose own chain
    /// drifts (`RepeatChange.drifts`) where the figure repeating it does not: the figure, and its
    /// sentence.
    ///
    /// Why each figure's own chain, as `tipdb check` tests it: tested as a whole, a chain whose
    /// first link changes the number (a blog's 3 million of Jones's 2.5 million, itself drifted
    /// from 2,449,000) drifts no more, and the drift below it went unsaid, so 2.5 million read as
    /// a faithful copy (review of session 45). A figure that repeats a drifted one as it stands
    /// drifts too, but the sentence of the figure repeating it says so already.
    static func driftSentences(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> [(figure: FigureRecord, sentence: String)] {
        let steps = lineage.steps
        var found: [(figure: FigureRecord, sentence: String)] = []
        var repeaterDrifts = false
        for index in steps.indices {
            let sentence = driftSentence(steps[index...], context: context)
            if let sentence, !repeaterDrifts { found.append((steps[index], sentence)) }
            repeaterDrifts = sentence != nil
        }
        return found
    }

    /// Whether any figure of the chain drifts from where the chain ends (`driftSentences`).
    static func anyDrifts(_ lineage: Lineage<FigureRecord>) -> Bool {
        lineage.steps.indices.contains { RepeatChange.drifts(lineage.steps[$0...].map(\.claim)) }
    }

    private static func driftSentence(_ steps: ArraySlice<FigureRecord>, context: BriefContext) -> String? {
        guard let first = steps.first, let last = steps.last, RepeatChange.drifts(steps.map(\.claim)) else { return nil }
        return "\(context.label(first.source)) drifts from \(context.label(last.source)) through the repeats between them, "
            + "each a rounding of the one before: the number (\(context.text(first)), not \(context.text(last)))"
    }

    /// The sentence for one link, or nil when the repeat claims what it repeats.
    static func sentence(_ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext) -> String? {
        let (changes, superseded, earlierSource) = link(repeating, repeats: cited, context: context)
        let who = context.label(repeating.source)
        let whom = context.label(cited.source)
        if let superseded, changes.isEmpty { return Self.supersededSentence(repeating, repeats: cited, number: superseded, context: context) }
        guard !changes.isEmpty else { return nil }
        let catalog = context.catalog
        // Another basis says what the period change is: the days alone would compare a year the
        // source states with one standing in for a period another does not state.
        let parts = changes.filter { $0 != .period || !changes.contains(.periodBasis) }.map { change -> String in
            if change == .periodBasis || (change == .period && cited.periodUnstated) {
                return "the period (" + periodChange(repeating, repeats: cited, whom: whom) + ")"
            }
            let (now, was): (String, String) = switch change {
            case .value: (context.text(repeating), context.text(cited))
            case .range:
                (BriefContext.rangeText(repeating, quantity: context.quantity(repeating)) ?? "none given",
                 BriefContext.rangeText(cited, quantity: context.quantity(cited)) ?? "none")
            case .measure: (catalog.measureLabel(repeating.measure), catalog.measureLabel(cited.measure))
            case .place: (Words.aroundComma(catalog.placeName(repeating.place)), Words.aroundComma(catalog.placeName(cited.place)))
            case .unit: (catalog.units[repeating.unit]?.label ?? repeating.unit, catalog.units[cited.unit]?.label ?? cited.unit)
            case .subgroup: (BriefContext.subgroup(repeating, catalog: catalog), BriefContext.subgroup(cited, catalog: catalog))
            case .period, .periodBasis: (period(repeating), period(cited))
            }
            return "the \(noun(change)) (\(now), not \(was))"
        }
        let from = who == whom ? "the figure it repeats" : "what it repeats from \(whom)"
        let also = superseded.map { "; and its number is an earlier one of \(earlierSource == nil ? whom : "the figure it repeats"): \($0)" } ?? ""
        return "\(who) changes \(from): " + parts.joined(separator: ", ") + also
    }

    /// What one link changes (`RepeatChange.between`), and, when its number is one the cited
    /// figure had before a published revision, that number: "41, since revised to 45", the value
    /// change then left out. Both numbers are written with their bounds (`at least 2.45 million,
    /// since revised to at least 2.7 million`), as the data gaps write them: a minimum is no
    /// estimate of its own value.
    ///
    /// Why one place: a number the cited figure had before a revision was no change of the
    /// repeat's making: it quotes what the source said then (review of session 30). The lineage
    /// sentences, the figures tables' summary (`summary`) and lineage's JSON flag
    /// (`LineageReport.changeFlag`) must all say so, as `tipdb check` does.
    static func link(
        _ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext
    ) -> (changes: [RepeatChange], superseded: String?, earlierSource: String?) {
        var changes = RepeatChange.between(repeating.claim, cites: cited.claim)
        guard changes.contains(.value), let earlier = earlierNumber(repeating, of: cited, context: context) else { return (changes, nil, nil) }
        changes.removeAll { $0 == .value }
        // A revision that also moved the figure to a newer publication: each number with its own
        // source, or the repeat would be said to quote a publication that came after it.
        guard let source = earlier.source, source != cited.source else {
            return (changes, "\(earlier.number), since revised to \(context.boundedText(cited))", nil)
        }
        return (changes, "\(earlier.number) (\(context.label(source))), since revised to \(context.boundedText(cited)) (\(context.label(cited.source)))", source)
    }

    /// "Blogger 2022 repeats an earlier number of Statistics Office 2021: 41, since revised to 45";
    /// when the revision came with a newer publication, "an earlier number of the figure it
    /// repeats: 41 (Statistics Office 2024), since revised to 45 (Statistics Office 2025)", since
    /// the earlier number is not the newer publication's (a user-review, session 42).
    private static func supersededSentence(_ repeating: FigureRecord, repeats cited: FigureRecord, number: String, context: BriefContext) -> String {
        let whom = link(repeating, repeats: cited, context: context).earlierSource == nil ? context.label(cited.source) : "the figure it repeats"
        return "\(context.label(repeating.source)) repeats an earlier number of \(whom): \(number)"
    }

    /// The repeat's number as the cited figure gave it before a published revision (not a
    /// correction of tipdb's copy), up to the repeat's rounding, or nil when it was never that.
    static func earlierNumber(_ repeating: FigureRecord, of cited: FigureRecord, context: BriefContext) -> (number: String, source: String?)? {
        let now = repeating.claim
        for revision in context.publishedRevisions(cited) {
            let then = cited.claim.stating(value: revision.value, censored: revision.censored, low: revision.low, high: revision.high, unit: revision.unit)
            if !RepeatChange.between(now, cites: then).contains(.value) {
                // In the unit it was in (3 persons, since revised to 3 per 1,000).
                let quantity = revision.unit.map { context.catalog.quantity(unit: $0, measure: cited.measure) } ?? context.quantity(cited)
                return (quantity.boundedText(value: revision.value, censored: revision.censored, low: revision.low, high: revision.high), revision.source)
            }
        }
        return nil
    }

    /// The changes of a chain, for a figure table: "changed on the way: the number and the
    /// place", then each repeat of a number since revised as the lineage sentences say it
    /// ("Blogger 2022 repeats an earlier number of Statistics Office 2021: 41, since revised to
    /// 45"), which is no change of the number; nil when the chain changes nothing.
    static func summary(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> String? {
        var all: [RepeatChange] = []
        var superseded: [String] = []
        for index in lineage.steps.indices.dropLast() {
            let (repeating, cited) = (lineage.steps[index], lineage.steps[index + 1])
            let found = link(repeating, repeats: cited, context: context)
            for change in found.changes where !all.contains(change) { all.append(change) }
            if let number = found.superseded { superseded.append(Self.supersededSentence(repeating, repeats: cited, number: number, context: context)) }
        }
        if anyDrifts(lineage), !all.contains(.value) { all.append(.value) }
        var parts: [String] = []
        if !all.isEmpty {
            var nouns: [String] = []
            for change in RepeatChange.allCases where all.contains(change) && !nouns.contains("the " + noun(change)) {
                nouns.append("the " + noun(change))
            }
            parts.append("changed on the way: " + (nouns.count == 1 ? nouns[0] : nouns.dropLast().joined(separator: ", ") + " and " + (nouns.last ?? "")))
        }
        parts += superseded
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private static func noun(_ change: RepeatChange) -> String {
        switch change {
        case .value: "number"
        case .range: "range"
        case .measure: "measure"
        case .place: "place"
        case .unit: "unit"
        case .subgroup: "subgroup"
        case .period, .periodBasis: "period"
        }
    }

    /// A period change where the source of either figure does not state its period, which the
    /// brief writes as no period at all: "2014, which ILO 2014 does not state", "not stated, where
    /// ILO 2022 states 2021", or, both filed under a year standing in for it, "not stated, filed
    /// under 2016, not 2014" (never "period not stated, not period not stated").
    private static func periodChange(_ repeating: FigureRecord, repeats cited: FigureRecord, whom: String) -> String {
        func stated(_ figure: FigureRecord) -> String { ReferencePeriod(start: figure.periodStart, end: figure.periodEnd).text }
        switch (repeating.periodUnstated, cited.periodUnstated) {
        case (false, true): return "\(stated(repeating)), which \(whom) does not state"
        case (true, false): return "not stated, where \(whom) states \(stated(cited))"
        default: return "not stated, filed under \(stated(repeating)), not \(stated(cited))"
        }
    }

    private static func period(_ figure: FigureRecord) -> String {
        figure.periodText
    }
}
