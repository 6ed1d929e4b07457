import Storage

extension BriefContext {
    /// The revisions of `figure` a brief prints, newest first: those a newer release or the
    /// source itself made, not the corrections of tipdb's copy (`FigureRevision.isCorrection`).
    func publishedRevisions(_ figure: FigureRecord) -> [FigureRevision] {
        guard let revisions = set.revisions[figure.key] else { return [] }
        return revisions.filter { !$0.isCorrection }
    }

    /// The earlier numbers of a revised figure, briefly: "revised from 20,000" (nil when never
    /// revised, or only corrected).
    ///
    /// Why beside the number wherever it stands alone: the key figures, the estimates caution and
    /// a chart's points are what a reader quotes and pastes into slides; a revised number there
    /// without its earlier one is the silent overwrite the figures tables' full sentence exists to
    /// prevent (`RevisionText`).
    func revisedFrom(_ figure: FigureRecord) -> String? {
        let revisions = publishedRevisions(figure)
        guard !revisions.isEmpty else { return nil }
        let numbers = revisions.map { quantity(figure).text(value: $0.value, censored: $0.censored, low: $0.low, high: $0.high) }
        return "revised from " + numbers.joined(separator: ", and before that from ")
    }

    /// The figure's number, with its earlier numbers when revised: `21,000 (revised from 20,000)`.
    func markedText(_ figure: FigureRecord) -> String {
        let number = text(figure)
        return revisedFrom(figure).map { "\(number) (\($0))" } ?? number
    }
}
