import Storage

/// The figures a brief draws in its series though the latest release of their bulk series does
/// not give them again: the years only an earlier GLOTIP edition published, and the years only an
/// earlier download of an Our World in Data chart gave.
///
/// Why: a 2024 export covering 2019-2023 does not withdraw the 2022 edition's 2012-2018; it does
/// not repeat them. Left out of the series (they are no primary estimates for `latest_estimates`),
/// they vanished from every chart and methods caution while the figures table listed them, and a
/// brief for 2013-2018 said no measure had a series at all (an evaluator's review, session 54).
/// They stay out of the key figures: a release that dropped them is the latest word on the period.
///
/// An Our World in Data download is treated as a GLOTIP edition is: a newer download of the chart
/// that no longer gives a year does not say the year's figure was wrong, and left out of the
/// series it vanished from the chart while the table listed it "not in the latest download"
/// (session 54's closing note).
extension BriefContext {
    /// The keys of `set.droppedFromLatest` in scope that are a series' releases' or a chart's
    /// downloads' (not a second-hand copy's whose producer dropped it: its producer's own figure
    /// is the one to draw) and would be primary estimates in the usual unit but for that.
    static func earlierReleaseOnly(in set: FigureSet) -> Set<String> {
        guard !set.droppedFromLatest.isEmpty else { return [] }
        var keys: Set<String> = []
        for figure in set.figures where figure.isPrimaryUnlessNarrowed && !figure.isPrimaryEstimate {
            guard set.droppedFromLatest[figure.key] != nil, !set.droppedCopies.contains(figure.key) else { continue }
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
    /// `only in an earlier release: not in the latest release (2024-12-11)`, `only in an earlier
    /// download: not in the latest download (2025-06-01)` for an Our World in Data chart's; nil for
    /// other figures.
    func earlierReleaseNote(_ figure: FigureRecord) -> String? {
        guard earlierReleaseOnly.contains(figure.key), let released = set.droppedFromLatest[figure.key] else { return nil }
        let release = Self.releaseWord(figure, set: set)
        return "only in an earlier \(release): not in the latest \(release) (\(released))"
    }

    /// `download` for a figure of an Our World in Data chart's downloads (`FigureSet.droppedDownloads`),
    /// `release` for any other bulk series' (a GLOTIP export).
    static func releaseWord(_ figure: FigureRecord, set: FigureSet) -> String {
        set.droppedDownloads.contains(figure.key) ? "download" : "release"
    }
}
