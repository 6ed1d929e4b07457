import Storage

/// What a chain of repeats shows besides its ending and what its links change: a link `tipdb
/// check` calls an error (`repeat-before-original`: a repeat published before what it repeats),
/// and a chain ending at a figure whose `cites` was cleared after what it repeated was withdrawn
/// (`WithdrawnOrigin`). `report lineage` (text, Markdown, JSON), the brief's "How these numbers
/// travel" and its cautions word them from here, so the outputs say the same.
///
/// Why: lineage showed a 2009 report repeating a 2010 one as a clean chain ("Primary source
/// reached") while check called the link an error, and a repeat whose origin was withdrawn as a
/// number whose origin "is unknown", while the database keeps both facts (review of session 49).
enum ChainCautions {
    /// The findings of check's `repeat-before-original` for the links of `lineage`, in chain
    /// order: each figure of the chain that repeats the next one before that was published.
    static func earlyLinks(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> [RepeatBeforeOriginal] {
        let steps = lineage.steps
        guard !context.set.earlyRepeats.isEmpty, steps.count > 1 else { return [] }
        return steps.indices.dropLast().compactMap { index in
            guard let found = context.set.earlyRepeats[steps[index].key], found.cited == steps[index + 1].key else { return nil }
            return found
        }
    }

    /// The finding for `figure`'s own link, when it repeats a figure first published after it.
    static func earlyLink(of figure: FigureRecord, context: BriefContext) -> RepeatBeforeOriginal? {
        guard let found = context.set.earlyRepeats[figure.key], found.cited == figure.cites else { return nil }
        return found
    }

    /// The withdrawn figure the last figure of `lineage` repeated until its cites was cleared;
    /// nil unless the chain ends at such a figure, reported without a source.
    static func withdrawnOrigin(_ lineage: Lineage<FigureRecord>, context: BriefContext) -> WithdrawnOrigin? {
        guard lineage.ending == .unsourced, let last = lineage.last else { return nil }
        return context.set.withdrawnOrigins[last.key]
    }

    /// `b1 (Agency B 2009) repeats a1 (Agency A 2010), a figure first published after it: ...`,
    /// the lineage's `FLAG:` sentence (without its full stop).
    static func earlyFlag(_ found: RepeatBeforeOriginal, context: BriefContext) -> String {
        "\(found.figure) (\(dated(found.source, found.published, context: context))) repeats \(found.cited) "
            + "(\(dated(found.citedSource, found.citedPublished, context: context))), a figure first published after it: "
            + "tipdb check calls the link an error (repeat-before-original); its cites or a date is wrong, so the chain "
            + "from \(found.figure) on may credit the wrong original"
    }

    /// `Agency B 2009`, the source's label, with its date after it where the label does not end
    /// with it (`Agency B 2012, published 2012-05`): the dates are what the link is judged by.
    private static func dated(_ source: String, _ published: String, context: BriefContext) -> String {
        let label = context.label(source)
        return label.hasSuffix(published) ? label : "\(label), published \(published)"
    }

    /// `Agency B 2009 repeats a figure of Agency A 2010 first published after it (b1 cites a1):
    /// ...`, for a brief's readers, who may never have run tipdb (no command named).
    static func earlySentence(_ found: RepeatBeforeOriginal, context: BriefContext) -> String {
        "\(context.label(found.source)) repeats a figure of \(context.label(found.citedSource)) first published after it "
            + "(\(found.checkRow)): the database's own checks flag the link as an error, since the figure it cites or a date "
            + "is wrong, so this chain may credit the wrong original"
    }

    /// `it repeated figure a1 (Agency A 2010) until batch 4, and a1 was retracted on 2026-12-05
    /// (batch 5: "fabricated survey")`: what the chain's closing sentence says of a figure whose
    /// origin was withdrawn, instead of "where it comes from is unknown".
    static func withdrawnClause(_ origin: WithdrawnOrigin, context: BriefContext) -> String {
        let source = origin.citedSource.map { " (\(context.label($0)))" } ?? ""
        return "it repeated figure \(origin.cited)\(source) until batch \(origin.clearedBy), and \(origin.cited) was \(origin.withdrawal)"
    }

    /// `b1 repeated a1 (Agency A 2010) until batch 4 (b1nocite.csv) cleared its cites; a1 was
    /// retracted on ...`, the lineage's `FLAG:` sentence (without its full stop).
    static func withdrawnFlag(_ origin: WithdrawnOrigin, context: BriefContext) -> String {
        let source = origin.citedSource.map { " (\(context.label($0)))" } ?? ""
        return "\(origin.figure) repeated \(origin.cited)\(source) until \(origin.clearingLoad) cleared its cites; "
            + "\(origin.cited) was \(origin.withdrawal), so the number rests on a withdrawn figure, not on no source at all"
    }
}
