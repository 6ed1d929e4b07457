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
        func described(_ repeated: MovedRepeat, comma: String = "") -> CitedText {
            "\(context.markedText(repeated.figure)) (\(context.citedLabel(repeated.figure.source)))\(comma) changes what it repeats from "
                + "\(context.citedLabel(repeated.original.source)): "
                + CitedText(plain: context.scopeChangeText(repeated.figure, original: repeated.original, changes: repeated.changes))
        }
        var text = CitedText(plain: "\(label): no figure in scope has a traceable origin of its own: ")
        if repeats.count == 1 {
            text += "the one repeat of a traceable figure, " + described(first, comma: ",") + ". "
            text += CitedText(plain: "\(context.label(first.original.source)) published no such figure, and no source in the database confirms it.")
            return text
        }
        text += CitedText(plain: "the \(repeats.count) repeats of traceable figures each change what they repeat: ")
        for (index, repeated) in repeats.prefix(movedLimit).enumerated() {
            if index > 0 { text += "; " }
            text += described(repeated)
        }
        if repeats.count > movedLimit { text += CitedText(plain: "; and \(repeats.count - movedLimit) more (see How these numbers travel)") }
        text += ". Their originals' sources published no such figures, and no source in the database confirms them."
        return text
    }
}
