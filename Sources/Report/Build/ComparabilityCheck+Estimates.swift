import Storage

/// Competing estimates: primary estimates of one measure, place and reference period from
/// different sources whose numbers differ beyond rounding.
///
/// Why a caution: the key figure takes one of them by a mechanical rule (`Headline.best`, as the
/// `latest_estimates` view does: the most recently published, then the key), which says nothing
/// of which estimate is better. A reader who sees only the key figure would not know that another
/// source, for the same people and the same time, says something else.
extension ComparabilityCheck {
    /// Competing-estimate warnings beyond this many are summed up in one sentence.
    static let estimateWarningLimit = 20

    static func estimateWarnings(
        _ ordered: [FigureRecord], keyFigures: [KeyFigure], context: BriefContext
    ) -> [ComparabilityWarning] {
        var keyed: [String: String] = [:]
        for key in keyFigures { keyed[key.measure + "\u{0}" + key.place] = key.figure.key }
        var warnings: [ComparabilityWarning] = []
        var skipped = 0
        for group in context.byMeasureAndPlace(ordered) {
            guard let first = group.first else { continue }
            let keyFigure = keyed[first.measure + "\u{0}" + first.place]
            // Figures of one period are next to each other in reading order (their dates sort them).
            for run in samePeriodRuns(group.filter(\.isHeadline)) where isCompeting(run) {
                guard warnings.count < estimateWarningLimit else {
                    skipped += 1
                    continue
                }
                let key = keyFigure.flatMap { key in group.first { $0.key == key } }
                warnings.append(estimateWarning(run, keyFigure: key, context: context))
            }
        }
        if skipped > 0 {
            warnings.append(ComparabilityWarning(
                kind: "estimates",
                text: "\(Words.count(skipped, "more measure, place and period", "more measures, places and periods")) have "
                    + "primary estimates from different sources that differ beyond rounding; the same caution applies to each "
                    + "(see the figures tables).",
                figures: [], citations: []))
        }
        return warnings
    }

    /// Runs of figures with the same reference period, in their order.
    private static func samePeriodRuns(_ figures: [FigureRecord]) -> [[FigureRecord]] {
        var runs: [[FigureRecord]] = []
        for figure in figures {
            if let last = runs.last?.last, last.periodStart == figure.periodStart, last.periodEnd == figure.periodEnd {
                runs[runs.count - 1].append(figure)
            } else {
                runs.append([figure])
            }
        }
        return runs
    }

    /// Whether two figures of `run` from different sources differ beyond rounding
    /// (`RepeatChange.agreeUpToRounding`, the rule lineage uses).
    private static func isCompeting(_ run: [FigureRecord]) -> Bool {
        guard run.count >= 2 else { return false }
        for (index, a) in run.enumerated() {
            guard let va = a.value else { continue }
            for b in run[(index + 1)...] where b.source != a.source {
                if let vb = b.value, !RepeatChange.agreeUpToRounding(va, vb) { return true }
            }
        }
        return false
    }

    /// - Parameters:
    ///   - run: two or more primary estimates of one measure, place and period (`isCompeting`).
    ///   - keyFigure: the key figure of the measure and place, which may be for another period.
    private static func estimateWarning(_ run: [FigureRecord], keyFigure: FigureRecord?, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let published = { (figure: FigureRecord) in catalog.sources[figure.source]?.published ?? "" }
        // Oldest publication first, then by key: the order the sources spoke in.
        let listed = run.sorted { (published($0), $0.key) < (published($1), $1.key) }
        let first = listed[0]  // a run that competes has two figures at least
        let period = ReferencePeriod(start: first.periodStart, end: first.periodEnd).text
        let says = listed.map { "\(context.citedLabel($0.source)) gives \(context.text($0))" }
        var text = "\(catalog.measureLabel(first.measure)) in \(catalog.placeName(first.place)), \(period): "
            + Words.list(says) + "; they differ beyond rounding."
        if let keyFigure, run.contains(where: { $0 === keyFigure }) {
            let newest = run.allSatisfy { $0 === keyFigure || published($0) < published(keyFigure) }
            text += " The key figure uses \(context.label(keyFigure.source))'s \(context.text(keyFigure)) by rule: of primary "
                + (newest
                    ? "estimates for the same period, the most recently published source is taken"
                    : "estimates for the same period published on the same date, the one whose key sorts first (\(keyFigure.key)) is taken")
                + ", which is no judgement that its estimate is the better one."
        } else if let keyFigure {
            text += " The key figure is for another period (\(ReferencePeriod(start: keyFigure.periodStart, end: keyFigure.periodEnd).text)), "
                + "but the figures tables show \(run.count == 2 ? "both" : "all of them")."
        }
        text += " Say that the sources disagree when citing \(run.count == 2 ? "either" : "any of them")."
        var citations: [Int] = []
        for figure in listed where !citations.contains(context.cite(figure.source)) { citations.append(context.cite(figure.source)) }
        return ComparabilityWarning(kind: "estimates", text: text, figures: listed.map(\.key), citations: citations)
    }
}
