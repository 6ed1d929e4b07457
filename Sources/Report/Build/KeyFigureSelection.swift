import Storage

/// Section 2 of a brief: for each measure and place in scope, the most recent primary estimate
/// (`Headline.best`); a measure and place with none has no key figure, and the data gaps say so.
enum KeyFigureSelection {
    /// The rule in words, as the brief prints it above the table: what `Headline.best` does.
    static let caption = "The most recent primary estimate for each measure and place: "
        + "a figure that repeats no other and was not merely reported, for everyone (no subgroup or breakdown), "
        + "in the measure's usual unit (a change over years is not a level). "
        + "Measures and places with figures but no such estimate are named under Data gaps."
    /// Printed instead of an empty table.
    static let none = "No figure in scope is a primary estimate for everyone in its measure's usual unit: "
        + "see Data gaps and the figures tables."

    /// - Parameter ordered: the figures in scope, in reading order.
    static func build(_ ordered: [FigureRecord], context: BriefContext) -> [KeyFigure] {
        context.byMeasureAndPlace(ordered).compactMap { group in
            guard let best = Headline.best(of: group, published: { context.catalog.sources[$0]?.published }) else { return nil }
            return KeyFigure(
                measure: best.measure, measureLabel: context.catalog.measureLabel(best.measure), place: best.place,
                placeName: context.catalog.placeName(best.place), figure: context.entry(best),
                otherFigures: group.count - 1)
        }
    }
}
