import Storage

extension BriefContext {
    /// Every source a brief of `set` can cite: those of its figures, of the figures their lineage
    /// reaches, of the earlier releases their revisions came from, of the earlier editions whose
    /// series-break tag an untagged figure is taken to share (`SeriesBreaks`), and of the studies in scope.
    /// `report sources` with the same filters lists these.
    ///
    /// Why the document's sources: a source whose short label no other source of the document
    /// shares is cited without year letter or initials. Given over the whole database, a brief
    /// whose only 2024 UNODC source is the second one cited "UNODC 2024b", and a reader looked for
    /// a 2024a that is not in it; sources sharing one keep the database's labels
    /// (`SourceLabel.lettered(listed:among:)`). Worked out before any section is written, since the figures'
    /// words (their labels among them) are made on other threads while citations are numbered.
    ///
    /// - Parameter corrections: whether the sources that corrected numbers were cited to count
    ///   too: `report lineage` names them ("corrected from 100 (ILO 2024b [2], ...)"); a brief and
    ///   `report sources` never do, and counting them lettered "ILO 2024a" a brief's only ILO 2024.
    static func documentSources(catalog: Catalog, scope: Scope, set: FigureSet, corrections: Bool = false) -> Set<String> {
        var keys = set.sources
        for figure in set.byKey.values { keys.insert(figure.source) }
        for figure in set.citizensElsewhere { keys.insert(figure.source) }
        // The earlier edition whose series-break tag an untagged figure is taken to share: its caution cites it.
        if !set.impliedSeriesBreaks.isEmpty {
            for figure in set.figures {
                if let found = set.impliedSeriesBreaks[figure.key], !found.sameEdition { keys.insert(found.taggedSource) }
            }
        }
        for revisions in set.revisions.values {
            for revision in revisions where corrections || !revision.isCorrection {
                if let source = revision.source { keys.insert(source) }
            }
        }
        for study in StudySection.inScope(set.figures, catalog: catalog, scope: scope) {
            if let source = study.source { keys.insert(source) }
        }
        return keys
    }
}
