import Storage

/// Section 2 of a brief: for each measure and place in scope, the most recent primary estimate
/// (`Headline.best`); a measure and place with none has no key figure, and the data gaps say so.
enum KeyFigureSelection {
    /// The rule in words, as the brief prints it above the table: what `Headline.best` does.
    ///
    /// Why "figure", not "estimate": the rows are as often counts of detected victims, which the
    /// Comparability section insists are no estimates. Why no command name: the brief goes to
    /// readers who never run tipdb, so the figures passed over are said by what is wrong with them
    /// (the kinds of error `FigureRules` and `FigureContextErrors` find).
    static let caption = "The most recent primary figure for each measure and place: "
        + "a figure that repeats no other and was not merely reported, for everyone (no subgroup or breakdown), "
        + "in the measure's usual unit (a change over years is not a level), "
        + "passing over a figure that cannot be right as stored (a negative count, bounds that leave out "
        + "the value, a date that does not exist, a unit that contradicts the measure, a count of detected cases "
        + "stored as an estimate, a repeat of a figure published after it) when there is another. "
        + "Measures and places with figures but no such figure are named under Data gaps."
    /// The HTML table's caption: its name for a screen reader's list of tables, where the
    /// paragraph above it (`caption`) is not read as the table's.
    static let tableCaption = "Key figures: the most recent primary figure for each measure and place"
    /// Printed instead of an empty table.
    static let none = "No figure in scope is a primary figure for everyone in its measure's usual unit: "
        + "see Data gaps and the figures tables."

    /// - Parameters:
    ///   - ordered: the figures in scope, in reading order.
    ///   - errors: the figures `tipdb check` calls errors, by key (`FigureErrorCautions.errors`).
    ///     Such a figure is passed over for the best estimate without one: a headline of -500
    ///     victims beside a sound 47,000 would be the brief's most quoted line, and the caution
    ///     naming it sits sections further down. When every candidate is an error, the best is
    ///     still taken, and its caution says not to cite it.
    static func build(_ ordered: [FigureRecord], passingOver errors: [String: [FigureError]], context: BriefContext) -> [KeyFigure] {
        let catalog = context.catalog
        return BriefContext.byMeasureAndPlace(ordered).compactMap { group in
            let sound = errors.isEmpty ? nil : Headline.best(of: group, catalog: catalog) { errors[$0.key] == nil }
            guard let best = sound ?? Headline.best(of: group, catalog: catalog) else { return nil }
            return KeyFigure(
                measure: best.measure, measureLabel: context.catalog.measureLabel(best.measure), place: best.place,
                placeName: context.catalog.placeName(best.place), figure: context.entry(best),
                otherFigures: group.count - 1)
        }
    }
}
