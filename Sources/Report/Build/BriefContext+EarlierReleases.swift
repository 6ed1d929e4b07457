import Storage

/// The figures a brief draws in its series though the latest release of their bulk series does
/// not give them again: the years only an earlier GLOTIP edition published.
///
/// Why: a 2024 export covering 2019-2023 does not withdraw the 2022 edition's 2012-2018; it does
/// not repeat them. Left out of the series (they are no primary estimates for `latest_estimates`),
/// they vanished from every chart and methods caution while the figures table listed them, and a
/// brief for 2013-2018 said no measure had a series at all (an evaluator's review, session 54).
/// They stay out of the key figures: a release that dropped them is the latest word on the period.
extension BriefContext {
    /// The keys of `set.droppedFromLatest` in scope that are a series' releases' (not an Our World in
    /// Data download's, whose newer download replaces the chart, nor a second-hand copy's) and would
    /// be primary estimates in the usual unit but for that.
    static func earlierReleaseOnly(in set: FigureSet) -> Set<String> {
        guard !set.droppedFromLatest.isEmpty else { return [] }
        var keys: Set<String> = []
        for figure in set.figures where figure.isPrimaryUnlessNarrowed && !figure.isPrimaryEstimate {
            guard set.droppedFromLatest[figure.key] != nil, !set.droppedDownloads.contains(figure.key),
                  !set.droppedCopies.contains(figure.key) else { continue }
            keys.insert(figure.key)
        }
        return keys
    }

    /// Whether the figure is a point of its measure's series in the usual unit: a primary
    /// estimate, or one only an earlier release of its series gives (`earlierReleaseOnly`).
    func isSeriesFigure(_ figure: FigureRecord) -> Bool {
        figure.isPrimaryEstimate || (!earlierReleaseOnly.isEmpty && earlierReleaseOnly.contains(figure.key))
    }

    /// What a chart point of a figure only an earlier release gives says beside its number:
    /// `only in an earlier release: not in the latest release (2024-12-11)`; nil for other figures.
    func earlierReleaseNote(_ figure: FigureRecord) -> String? {
        guard earlierReleaseOnly.contains(figure.key), let released = set.droppedFromLatest[figure.key] else { return nil }
        return "only in an earlier release: not in the latest release (\(released))"
    }
}
