import Storage

/// Sources of the figures in scope read before they were published: the rule of `tipdb check`'s
/// `accessed-before-publication` (`Source.isAccessedBeforePublication`).
///
/// Why a caution: the brief's references printed "7 March 2024. ... Accessed 5 January 2023."
/// without a word, an impossible date in an expert report's annex that counsel can use against the
/// care of the whole, though check and ingest warned of it (session 54). Which date is wrong only
/// the source says; the brief prints both, and says so here.
extension ComparabilityCheck {
    /// One caution per source of `ordered` read before it was published, in the order the figures
    /// first cite them.
    static func accessDateWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        // Most databases have no such source: the figures are walked only when the brief's sources hold one.
        guard context.set.sources.contains(where: { catalog.sources[$0]?.isAccessedBeforePublication ?? false }) else { return [] }
        var seen: Set<String> = []
        var warnings: [ComparabilityWarning] = []
        for figure in ordered where seen.insert(figure.source).inserted {
            guard let source = catalog.sources[figure.source], source.isAccessedBeforePublication,
                  let accessed = source.accessed, let published = source.published else { continue }
            var text = context.citedLabel(source.key)
            text += CitedText(plain: " was accessed on \(ReferencePeriod.words(accessed)), before it was published "
                + "(\(ReferencePeriod.words(published))) (accessed-before-publication). One of the two "
                + "dates is wrong: a typo, the day an earlier version or edition was read, or the date of a later edition; check "
                + "both against the source before citing it.")
            warnings.append(ComparabilityWarning(kind: "dates", text: text, figures: [], citations: [context.cite(source.key)]))
        }
        return warnings
    }
}
