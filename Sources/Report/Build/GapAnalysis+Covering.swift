import Storage

/// Which figure's reference period a figure gives data for, as the data gaps count years covered.
///
/// Why not `BriefContext.datingFigure` alone: it dates a repeat by the figure its chain ends at,
/// which is right for a repeat that only re-dated its original (the number still describes the
/// original's period, for the same measure and place). A repeat that changed the measure or the
/// place is another claim (`BriefContext.scopeChange`): ILO's 24,000 in forced labour for 2016,
/// re-filed by a blog as victims of trafficking for 2020, was counted as trafficking data for
/// 2016, a year no source counted trafficking victims in, and the gap 2016-2019 was said to start
/// after it. Such a repeat is no evidence for its original's measure or place in that year, and no
/// data of its own for the year it is filed under (its number is another figure's): it covers no
/// year. The sentence of a gap its filed year falls in names it (`repeatsPhrase`), and the
/// section's sentence on moved repeats says what it changed (`movedSentence`).
extension GapAnalysis {
    /// The figure whose reference period `figure` gives data for in the data gaps (`datingFigure`),
    /// or nil when it gives data for none: also for a repeat whose chain changed the measure or
    /// the place of what it repeats.
    ///
    /// - Parameter change: `context.scopeChange(figure)`, read once by the caller.
    static func coveringFigure(
        _ figure: FigureRecord, change: (original: FigureRecord, changes: [RepeatChange])?, context: BriefContext
    ) -> FigureRecord? {
        if let change, movesScope(change.changes) { return nil }
        return context.datingFigure(figure)
    }

    /// Whether a repeat's changes (`BriefContext.scopeChange`) make it a figure of another measure
    /// or place than the one its chain ends at; a change of period alone does not (the number
    /// still describes its original's period).
    static func movesScope(_ changes: [RepeatChange]) -> Bool {
        changes.contains(.measure) || changes.contains(.place)
    }
}
