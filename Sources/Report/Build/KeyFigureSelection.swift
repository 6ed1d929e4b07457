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
    /// Said after `caption` in a brief scoped to a period (`--period`, `--from`, `--to`).
    ///
    /// Why: under a filter of periods the most recent figure overlapping it was taken, so a brief
    /// for 2023 headlined the financial year 2023/24 beside the calendar year's own count, and a
    /// brief for its first quarter the whole year's (a government statistician's review, session 55).
    static func scopedCaption(_ scope: BriefScope) -> String? {
        guard scope.from != nil || scope.to != nil else { return nil }
        return "In a brief for a period, a figure for exactly that period comes first, then one within it, and only then one "
            + "that runs past it, which a caution names."
    }

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
        let fit = ScopeFit(context.scope)
        return BriefContext.byMeasureAndPlace(ordered).compactMap { group in
            // The figures that fit the period asked for best first (`ScopeFit`), then by `Headline.best`.
            var best: FigureRecord?
            for rank in fit.ranks {
                let sound = errors.isEmpty ? nil : Headline.best(of: group, catalog: catalog) { fit.rank($0) == rank && errors[$0.key] == nil }
                best = sound ?? Headline.best(of: group, catalog: catalog) { fit.rank($0) == rank }
                if best != nil { break }
            }
            guard let best else { return nil }
            return KeyFigure(
                measure: best.measure, measureLabel: context.catalog.measureLabel(best.measure), place: best.place,
                placeName: context.catalog.placeName(best.place), figure: context.entry(best),
                otherFigures: group.count - 1)
        }
    }

    /// How well a figure's period fits the period a brief was asked for: 0 for exactly its days,
    /// 1 within them, 2 running past them; every figure 0 in a brief for no period.
    struct ScopeFit {
        /// The first and last day asked for (`yyyymmdd`), nil for an open end.
        let first: Int?
        let last: Int?

        init(_ scope: Scope) {
            first = scope.firstDay.map(PeriodDays.first)
            last = scope.lastDay.map(PeriodDays.last)
        }

        /// The ranks to try, best first.
        var ranks: [Int] { first == nil && last == nil ? [0] : [0, 1, 2] }

        func rank(_ figure: FigureRecord) -> Int {
            guard first != nil || last != nil else { return 0 }
            let inside = (first.map { figure.firstDay >= $0 } ?? true) && (last.map { figure.lastDay <= $0 } ?? true)
            guard inside else { return 2 }
            return figure.firstDay == first && figure.lastDay == last ? 0 : 1
        }
    }
}
