import Storage

/// Measures and places whose only primary estimate for everyone is one that a newer release of
/// its bulk export (GLOTIP) no longer publishes.
///
/// Why apart: such a measure and place has no key figure for another reason than the general one
/// ("no primary estimate for everyone in the usual unit"): the figures table right below shows a
/// count for everyone in that unit, so the general reason would be contradicted by the data. The
/// gap says what happened: the estimate is in an earlier release only.
extension GapAnalysis {
    /// One measure and place without a key figure because the latest release dropped its estimate.
    struct DroppedEstimate {
        let name: String
        let figure: FigureRecord
        let latestRelease: String
    }

    /// The figure of `group` that would be a primary estimate but for a newer release dropping it.
    static func droppedEstimate(_ group: ArraySlice<FigureRecord>, context: BriefContext) -> (FigureRecord, String)? {
        let defaultUnits = context.catalog.defaultUnits
        for figure in group {
            guard let released = context.set.droppedFromLatest[figure.key] else { continue }
            let primary = Headline.isPrimaryEstimate(
                cites: figure.cites, method: figure.method, sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form,
                unit: figure.unit, defaultUnit: defaultUnits[figure.measure], narrowed: figure.isBrokenDown)
            if primary { return (figure, released) }
        }
        return nil
    }

    /// The sentence for the measures and places `dropped` names, or nil for none.
    static func droppedSentence(_ dropped: [DroppedEstimate], context: BriefContext) -> CitedText? {
        guard !dropped.isEmpty else { return nil }
        let shown = dropped.prefix(listLimit)
        let more = dropped.count - shown.count
        let parts = shown.map { item -> CitedText in
            let series = context.catalog.vintages[item.figure.source]?.series
            let release: CitedText = series.map { "an earlier release of \($0), \(context.citedLabel(item.figure.source))" }
                ?? context.citedLabel(item.figure.source)
            return "\(item.name) (only in \(release); the latest release, \(item.latestRelease), no longer publishes it)"
        }
        let list = more > 0 ? CitedText.joined(parts, separator: ", ") + " and \(more) more" : CitedText.list(parts)
        return "\(Words.count(dropped.count, "measure and place", "measures and places")) "
            + "\(dropped.count == 1 ? "has" : "have") a primary figure for everyone only in a release that a newer one dropped, "
            + "so no key figure: \(list) (see the figures tables)."
    }
}
