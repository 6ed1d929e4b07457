import Storage

/// Section 2 of a brief: for each measure and place in scope, the most recent primary estimate.
enum KeyFigureSelection {
    /// - Parameter ordered: the figures in scope, in reading order.
    static func build(_ ordered: [FigureRecord], context: BriefContext) -> [KeyFigure] {
        context.byMeasureAndPlace(ordered).compactMap { group in
            guard let best = Headline.best(of: group) else { return nil }
            return KeyFigure(
                measure: best.measure, measureLabel: context.catalog.measureLabel(best.measure), place: best.place,
                placeName: context.catalog.placeName(best.place), figure: context.entry(best),
                otherFigures: group.count - 1)
        }
    }
}
