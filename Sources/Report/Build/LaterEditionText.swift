import Storage

/// What `report lineage` says of a count that a later edition of its producer's series gave
/// again (`LaterEditions`): `revised by a later edition: 1,210 in UNODC 2024 [2] (nga20-ed2024)`.
///
/// Why: lineage called GLOTIP 2022's 1,150 for Nigeria "a primary figure" and nothing more, where
/// the brief's caution said that GLOTIP 2024 revised it to 1,210; lineage is where a witness checks
/// each number cited (an expert witness's review, session 53). The later source is cited, so the
/// references list it.
enum LaterEditionText {
    static func lineage(_ later: LaterEdition, of figure: FigureRecord, context: BriefContext) -> String {
        let number = context.catalog.quantity(unit: later.unit, measure: figure.measure).text(
            value: later.value, censored: later.censored, low: later.low, high: later.high, valueLastDigit: later.valueLastDigit)
        return "\(later.verb): \(number) in \(context.label(later.source)) [\(context.cite(later.source))] (\(later.key))"
    }

    /// What lineage says of a figure tagged `series-break` (`Figure.seriesBreakTag`).
    static let seriesBreak = "series break (tagged \(Figure.seriesBreakTag)): counted under another definition than its "
        + "producer's earlier editions, so no revision of their numbers and not comparable with them"

    /// What lineage says of an untagged figure of a series its edition, or an earlier edition, broke
    /// (`SeriesBreaks.Implied`): `series break (untagged; its edition tagged nlr24-2016, for 2016,
    /// series-break): taken as counted under the same definition, ...`.
    static func impliedSeriesBreak(_ found: SeriesBreaks.Implied, context: BriefContext) -> String {
        let period = ReferencePeriod(start: found.taggedPeriodStart, end: found.taggedPeriodEnd).text
        let edition = found.sameEdition
            ? "its edition" : "an earlier edition, \(context.label(found.taggedSource)) [\(context.cite(found.taggedSource))],"
        return "series break (untagged; \(edition) tagged \(found.tagged), for \(period), \(Figure.seriesBreakTag)): taken as "
            + "counted under that definition too, since a definition changes from an edition on, so no revision of the earlier "
            + "editions' numbers and not comparable with them; check the edition's notes, and tag it \(Figure.seriesBreakTag) to say so"
    }

    /// Lineage's line on a figure counted under a new definition, tagged or implied; nil for others.
    static func seriesBreakLine(_ figure: FigureRecord, context: BriefContext) -> String? {
        if let found = context.set.impliedSeriesBreaks[figure.key] { return impliedSeriesBreak(found, context: context) }
        return context.set.seriesBreaks.contains(figure.key) ? seriesBreak : nil
    }
}
