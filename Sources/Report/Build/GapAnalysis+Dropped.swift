import Storage

/// Measures and places whose only primary estimate for everyone is one that a newer release of
/// its bulk export (GLOTIP) or download of its chart (Our World in Data) no longer publishes, or
/// holds in a row tipdb refused at load.
///
/// Why apart: such a measure and place has no key figure for another reason than the general one
/// ("no primary estimate for everyone in the usual unit"): the figures table right below shows a
/// count for everyone in that unit, so the general reason would be contradicted by the data. The
/// gap says what happened: the estimate is in an earlier release only. A refused row is said
/// apart: the latest release holds the estimate, so "no longer publishes it" would be false.
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
            guard let released = context.set.droppedFromLatest[figure.key] ?? context.set.refusedInLatest[figure.key]?.released else {
                continue
            }
            let primary = Headline.isPrimaryEstimate(
                cites: figure.cites, method: figure.method, sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form,
                unit: figure.unit, defaultUnit: defaultUnits[figure.measure], narrowed: figure.isBrokenDown)
            if primary { return (figure, released) }
        }
        return nil
    }

    /// The sentences for the measures and places `estimates` names: those a newer release dropped,
    /// then those whose row in the latest release was refused; none for none.
    static func droppedSentences(_ estimates: [DroppedEstimate], context: BriefContext) -> [CitedText] {
        let refused = estimates.filter { context.set.refusedInLatest[$0.figure.key] != nil }
        let dropped = estimates.filter { context.set.refusedInLatest[$0.figure.key] == nil }
        return [droppedOnly(dropped, context: context), refusedSentence(refused, context: context)].compactMap { $0 }
    }

    /// The sentence for estimates a newer release dropped, or nil for none.
    private static func droppedOnly(_ dropped: [DroppedEstimate], context: BriefContext) -> CitedText? {
        guard !dropped.isEmpty else { return nil }
        let shown = dropped.prefix(listLimit)
        let more = dropped.count - shown.count
        let parts = shown.map { item -> CitedText in
            // An Our World in Data chart's figure: its latest download, not release, no longer gives it.
            if context.set.droppedDownloads.contains(item.figure.key) {
                return "\(item.name) (only in an earlier download, \(context.citedLabel(item.figure.source)); the latest download, "
                    + "\(item.latestRelease), no longer gives it)"
            }
            // A copy of a figure its producer dropped: the copy's own download still gives it.
            if context.set.droppedCopies.contains(item.figure.key) {
                return "\(item.name) (only in a copy of an earlier release, \(context.citedLabel(item.figure.source)); its producer's "
                    + "latest release, \(item.latestRelease), no longer publishes it)"
            }
            let series = context.catalog.vintages[item.figure.source]?.series
            let release: CitedText = series.map { "an earlier release of \($0), \(context.citedLabel(item.figure.source))" }
                ?? context.citedLabel(item.figure.source)
            return "\(item.name) (only in \(release); the latest release, \(item.latestRelease), no longer publishes it)"
        }
        let list = more > 0 ? CitedText.joined(parts, separator: ", ") + " and \(more) more" : CitedText.list(parts)
        // An Our World in Data chart has downloads, not releases: the opening names what each was in.
        let downloads = dropped.filter { context.set.droppedDownloads.contains($0.figure.key) }.count
        let release = downloads == 0 ? "release" : downloads == dropped.count ? "download" : "release or download"
        return "\(Words.count(dropped.count, "measure and place", "measures and places")) "
            + "\(dropped.count == 1 ? "has" : "have") a primary figure for everyone only in a \(release) that a newer one dropped, "
            + "so no key figure: \(list) (see the figures tables)."
    }

    /// The sentence for estimates whose row in the latest release was refused at load, or nil
    /// for none: `1 measure and place has a primary figure for everyone only in an earlier
    /// release, since the latest release's row for it was refused at load, so no key figure:
    /// Persons convicted of trafficking in Germany (UNODC 2025a [2]; the latest release, 2025-06-01,
    /// holds it, but its row was refused at load (batch 2)) (see the figures tables).`
    private static func refusedSentence(_ refused: [DroppedEstimate], context: BriefContext) -> CitedText? {
        guard !refused.isEmpty else { return nil }
        let shown = refused.prefix(listLimit)
        let more = refused.count - shown.count
        let parts = shown.compactMap { item -> CitedText? in
            guard let row = context.set.refusedInLatest[item.figure.key] else { return nil }
            return "\(item.name) (\(context.citedLabel(item.figure.source)); the latest release, \(row.released), "
                + "holds it, but its row was refused at load (batch \(String(row.batch))))"
        }
        let list = more > 0 ? CitedText.joined(parts, separator: ", ") + " and \(more) more" : CitedText.list(parts)
        return "\(Words.count(refused.count, "measure and place", "measures and places")) "
            + "\(refused.count == 1 ? "has" : "have") a primary figure for everyone only in an earlier release, since the latest "
            + "release's row for \(refused.count == 1 ? "it" : "each") was refused at load, so no key figure: \(list) (see the figures tables)."
    }
}
