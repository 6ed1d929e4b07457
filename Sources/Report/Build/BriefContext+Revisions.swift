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

    /// The figure's number, with its earlier numbers when revised: `21,000 (revised from 20,000)`;
    /// a minimum or maximum with its bound (`boundedText`): `at least 12.3 million`.
    func markedText(_ figure: FigureRecord) -> String {
        let number = boundedText(figure)
        return revisedFrom(figure).map { "\(number) (\($0))" } ?? number
    }

    /// A key figure's number as `markedText` writes a record's: `up to 50,000`, `21,000 (revised
    /// from 20,000)`.
    func markedText(_ entry: FigureEntry) -> String {
        let quantity = catalog.quantity(unit: entry.unit, measure: entry.measure)
        let number = Self.boundedText(value: entry.value, censored: entry.censored, low: entry.low, high: entry.high, quantity: quantity)
        return entry.revisedFrom.map { "\(number) (\($0))" } ?? number
    }

    /// The figure's number as a caution writes it: the figures tables' range (`QuantityText.range`)
    /// where a bound on one side alone is the number (a minimum: `at least 12.3 million`; a
    /// maximum: `up to 47,000`), otherwise its value (`text`).
    ///
    /// Why: ILO 2005's minimum of 12.3 million and UNODC's "just under 47,000" read "12.3 million"
    /// and "47,000" in the cautions, beside "at least 12.3 million" and "up to 47,000" in the
    /// tables and `≥`/`≤` on the charts (`ChartRenderer`): a number quoted from a caution lost
    /// its bound.
    func boundedText(_ figure: FigureRecord) -> String {
        Self.boundedText(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, quantity: quantity(figure))
    }

    /// `boundedText` from the stored fields, for a number read from the database or a key figure's entry.
    static func boundedText(value: Double?, censored: Bool, low: Double?, high: Double?, quantity: QuantityText) -> String {
        let number = quantity.text(value: value, censored: censored, low: low, high: high)
        guard let value, !censored, (low == value && high == nil) || (high == value && low == nil),
              let range = quantity.range(low: low, high: high, censored: false) else { return number }
        return range
    }
}
