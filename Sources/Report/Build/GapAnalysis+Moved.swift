import Storage

/// How the data gaps name a measure whose only traceable figures are repeats that changed the
/// measure, place or period of what they repeat (`BriefContext.scopeChange`).
///
/// Why apart from the single-source sentence: such a repeat is not traced to its original for
/// this scope. A blog's 1.6 million in forced labour for Ghana, repeating Okafor 2023's estimate
/// for Nigeria, was said to "go back to one source, Okafor 2023", who never estimated Ghana
/// (review of session 36). The sentence names the change as the lineage section does.
extension GapAnalysis {
    /// A repeat, the figure its chain ends at, and what it changed of it that matters for a scope.
    struct MovedRepeat {
        let figure: FigureRecord
        let original: FigureRecord
        let changes: [RepeatChange]
    }

    /// Repeats named one by one before "and N more".
    static let movedLimit = 3

    /// "Forced labour: no figure in scope has a traceable origin of its own: the one repeat of a
    /// traceable figure, 1.6 million (Smith 2024 [1]), changes what it repeats from Okafor 2023
    /// [2]: the place (Ghana, not Nigeria). Okafor 2023 published no such figure, and no source in
    /// the database confirms it." Nil for no repeats.
    static func movedSentence(_ repeats: [MovedRepeat], context: BriefContext) -> CitedText? {
        guard let first = repeats.first else { return nil }
        let label = context.catalog.measureLabel(first.figure.measure)
        var text = CitedText(plain: "\(label): no figure in scope has a traceable origin of its own: ")
        if repeats.count == 1 {
            text += "the one repeat of a traceable figure, " + described(first, comma: ",", context: context) + ". "
            text += CitedText(plain: "\(context.label(first.original.source)) published no such figure, and no source in the database confirms it.")
            return text
        }
        text += CitedText(plain: "the \(repeats.count) repeats of traceable figures each differ from the figure they go back to: ")
        text += listed(repeats, context: context)
        text += ". Their originals' sources published no such figures, and no source in the database confirms them."
        return text
    }

    /// "Detected victims of trafficking: the one repeat of a figure of another measure, place or
    /// period has no traceable origin of its own here: 1.162 million (Network 2024 [2]) changes
    /// what it repeats from Walk Free 2023 [3]: the measure (...). Walk Free 2023 published no such
    /// figure." for a measure that also has figures with a traceable origin. Nil for no repeats.
    ///
    /// Why: such a repeat was left out of the count of figures with a traceable origin and named
    /// nowhere else in the section, so "the one figure with a traceable origin goes back to one
    /// source" sat beside a table row that goes back to a Walk Free estimate (review of session 39).
    static func alsoMovedSentence(_ repeats: [MovedRepeat], context: BriefContext) -> CitedText? {
        guard let first = repeats.first else { return nil }
        let label = context.catalog.measureLabel(first.figure.measure)
        if repeats.count == 1 {
            var text = CitedText(plain: "\(label): the one repeat of a figure of another measure, place or period has no traceable origin of its own here: ")
            text += described(first, context: context) + ". "
            text += CitedText(plain: "\(context.label(first.original.source)) published no such figure.")
            return text
        }
        var text = CitedText(plain: "\(label): the \(repeats.count) repeats of figures of another measure, place or period have no traceable origin "
            + "of their own here: ")
        text += listed(repeats, context: context)
        text += ". Their originals' sources published no such figures."
        return text
    }

    /// The repeats described one by one, `movedLimit` at most, then how many more.
    private static func listed(_ repeats: [MovedRepeat], context: BriefContext) -> CitedText {
        var text: CitedText = ""
        for (index, repeated) in repeats.prefix(movedLimit).enumerated() {
            if index > 0 { text += "; " }
            text += described(repeated, context: context)
        }
        if repeats.count > movedLimit { text += CitedText(plain: "; and \(repeats.count - movedLimit) more (see How these numbers travel)") }
        return text
    }

    /// "1.6 million (Smith 2024 [1]) changes what it repeats from Okafor 2023 [2]: the place
    /// (Ghana, not Nigeria)", or, where a figure between them made the change, "11.05 million
    /// (Network 2024 [1]) repeats Gupta 2023 [2], which changes what it repeats from Walk Free 2023
    /// [3]: the measure (...)", as the lineage section names each change at the link that made it,
    /// from the figure that link repeats; a link that changed the number says so too, "the number
    /// (240,000, not 24,000) and the measure (...)", as the lineage's change sentence does
    /// (`RepeatChangeText.sentence`).
    ///
    /// Why the link: the network's factsheet repeats the Times of India's 11 million as it stands;
    /// the newspaper turned Walk Free's modern slavery into trafficking. Named as the factsheet's
    /// change, the sentence blamed the wrong source (review of session 39). Why the figure each
    /// link repeats, not the chain's end, and its number: "changes what it repeats from ILO 2017"
    /// of a blog that repeats a newspaper named as source a publication the blog never read, and
    /// left out that the blog had made 24,000 into 240,000 (review of session 43).
    private static func described(_ repeated: MovedRepeat, comma: String = "", context: BriefContext) -> CitedText {
        var text: CitedText = "\(context.markedText(repeated.figure)) (\(context.citedLabel(repeated.figure.source)))\(comma) "
        let steps = context.lineage(repeated.figure).steps
        for (index, made) in makers(repeated, steps: steps, context: context).enumerated() {
            if index > 0 { text += "; it also " }
            let maker = steps[made.step]
            if made.step > 0 {
                text += "repeats \(context.citedLabel(maker.source))"
                let between = steps[1..<made.step].map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                if !between.isEmpty { text += " (through " + CitedText.list(between.map(context.citedLabel)) + ")" }
                text += ", which "
            }
            let cited = made.step + 1 < steps.count ? steps[made.step + 1] : repeated.original
            text += "changes what it repeats from \(context.citedLabel(cited.source)): "
                + CitedText(plain: changeText(maker, repeats: cited, changes: made.changes, original: repeated.original, context: context))
        }
        return text
    }

    /// "the number (240,000, not 24,000), the measure (Victims of trafficking, not Forced labour)
    /// and the period (2020, not 2016)": what `repeated`'s chain as a whole changed of its
    /// original, for the gap a moved repeat is filed under (`movedPhrase`), with the number when a
    /// link changed it (`makers`), each change worded as this sentence words it at its link
    /// (`changeText`).
    ///
    /// Why the number: the gap's "changes the measure (...) and the period (...)" left out that
    /// 24,000 had become 240,000, which the moved-repeat sentence below it said (review of session
    /// 43). A chain that changed the number and changed it back changed none.
    static func chainChangeText(_ repeated: MovedRepeat, context: BriefContext) -> String {
        let (figure, original) = (repeated.figure, repeated.original)
        let numberChanged = context.text(figure) != context.text(original)
            && makers(repeated, steps: context.lineage(figure).steps, context: context).contains { $0.changes.contains(.value) }
        return changeText(figure, repeats: original, changes: (numberChanged ? [.value] : []) + repeated.changes, original: original, context: context)
    }

    /// "the number (240,000, not 24,000) and the measure (Victims of trafficking, not Forced
    /// labour)": each of `changes` that `maker` made to `cited`, the figure it repeats; a scope
    /// change no single link shows (`makers`) is said against the chain's `original`.
    private static func changeText(
        _ maker: FigureRecord, repeats cited: FigureRecord, changes: [RepeatChange], original: FigureRecord, context: BriefContext
    ) -> String {
        let link = RepeatChange.between(maker.claim, cites: cited.claim)
        let parts = changes.map { change -> String in
            if change == .value { return "the number (\(context.text(maker)), not \(context.text(cited)))" }
            return context.scopeChangeText(maker, original: link.contains(change) ? cited : original, changes: [change])
        }
        return Words.list(parts)
    }

    /// Each link of `repeated`'s chain (`steps`, 0 for the repeat itself) that changed something
    /// the sentence names, with what: each scope change at the first link, from the repeat on,
    /// that differs there from the figure it cites (the repeat itself where no single link shows
    /// it), and the number at each link that changed it (`RepeatChangeText.link`: not a number the
    /// cited figure had before a published revision). Nearest the repeat first, the number first.
    static func makers(_ repeated: MovedRepeat, steps: [FigureRecord], context: BriefContext) -> [(step: Int, changes: [RepeatChange])] {
        var groups: [(step: Int, changes: [RepeatChange])] = []
        func add(_ change: RepeatChange, at step: Int) {
            if let index = groups.firstIndex(where: { $0.step == step }) {
                groups[index].changes.append(change)
            } else {
                groups.append((step, [change]))
            }
        }
        for step in steps.indices.dropLast() where RepeatChangeText.link(steps[step], repeats: steps[step + 1], context: context).changes.contains(.value) {
            add(.value, at: step)
        }
        for change in repeated.changes {
            let step = steps.indices.dropLast().first { RepeatChange.between(steps[$0].claim, cites: steps[$0 + 1].claim).contains(change) } ?? 0
            add(change, at: step)
        }
        return groups.sorted { $0.step < $1.step }
    }
}
