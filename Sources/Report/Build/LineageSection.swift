import Storage

/// Section 6 of a brief, "How these numbers travel": every figure in scope that repeats another,
/// traced to its primary source, and every figure reported without one.
enum LineageSection {
    static func build(_ ordered: [FigureRecord], context: BriefContext) -> [LineageEntry] {
        // Repeated figures first, then figures reported without any source, each in reading order.
        let repeated = ordered.filter { $0.cites != nil } + ordered.filter { $0.cites == nil && $0.method == "reported" }
        return repeated.map { figure -> LineageEntry in
            let lineage = context.lineage(figure)
            let changes = RepeatChangeText.sentences(lineage, context: context)
            // A link check calls an error is flagged as a change is, after the changes.
            let early = ChainCautions.earlyLinks(lineage, context: context).map { ChainCautions.earlySentence($0, context: context) }
            let text = LineageText.sentence(lineage, context: context) + CitedText(plain: (changes + early).map { " \($0)." }.joined())
            // The changes quote figures and labels only: no citation of their own.
            let steps = lineage.steps.map { step in
                LineageStep(
                    key: step.key, text: context.text(step), measureLabel: context.catalog.measureLabel(step.measure),
                    placeName: context.catalog.placeName(step.place),
                    period: step.periodText, method: step.method,
                    source: step.source, sourceLabel: context.label(step.source), citation: context.cite(step.source),
                    inScope: !context.set.outside.contains(step.key), release: context.set.release(of: step.key))
            }
            return LineageEntry(
                figure: figure.key, text: text.text, ending: lineage.ending.rawValue,
                flagged: lineage.ending != .primary || !changes.isEmpty || !early.isEmpty, changes: changes, steps: steps,
                citationMarks: CitationMarks(text.marks))
        }
    }
}
