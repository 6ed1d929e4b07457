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
    ///
    /// An earlier number of another producer's source (a figure loaded first from a consultancy's
    /// tally, then from the statistics office) is no revision of the current source: it is named
    /// with its source, and a number that replaced one is said to replace it: "replacing Acme
    /// Consulting 2023's 16,000", where the key figure said "revised from 16,000" in a row whose
    /// source column names the statistics office alone (review of session 48). The releases of one
    /// export, and sources of one producer (`SeriesProducers.names`), revise each other.
    func revisedFrom(_ figure: FigureRecord) -> String? {
        let revisions = publishedRevisions(figure)
        guard !revisions.isEmpty else { return nil }
        let numbers = revisions.indices.map { index -> String in
            let number = earlierNumber(revisions, at: index, of: figure)
            return anotherProducer(revisions, at: index, of: figure).map { "\(label($0))'s \(number)" } ?? number
        }
        let lead = anotherProducer(revisions, at: 0, of: figure) == nil ? "revised from " : "replacing "
        return lead + numbers.joined(separator: ", and before that from ")
    }

    /// The source of `revisions[index]` (newest first) when it is another producer's than the
    /// source of the number that replaced it (the next revision's, or the figure's now): neither
    /// one origin (`Catalog.origin`: the releases of one export, a copy and its producer) nor
    /// sharing a producer's name (`Catalog.producerNames`). Nil when it does not say its source.
    func anotherProducer(_ revisions: [FigureRevision], at index: Int, of figure: FigureRecord) -> String? {
        guard let earlier = revisions[index].source else { return nil }
        let later = index > 0 ? revisions[index - 1].source ?? figure.source : figure.source
        guard earlier != later, catalog.origin(earlier) != catalog.origin(later) else { return nil }
        if let names = catalog.producerNames[earlier], let others = catalog.producerNames[later], !names.isDisjoint(with: others) { return nil }
        return earlier
    }

    /// The number `revisions[index]` replaced (`revisions` newest first), as "revised from" writes
    /// it: `20,000`; with its bounds when only they changed, `12,000 without bounds` or `12,000,
    /// bounds 10,000 to 14,000`; in its own unit, named, when the unit changed: `1.5 million
    /// persons`, `38%`.
    ///
    /// Why: a source that adds or changes the interval of an unchanged value revised the number's
    /// uncertainty, not the value; "12,000 (revised from 12,000)" read as a contradiction. And
    /// "3.1 per 1,000 (revised from 1.5 million per 1,000)" wrote a count of people as a rate it
    /// never was.
    ///
    /// A number whose only change was the confidence level of its bounds is written with its
    /// bounds and level: `12.5%, bounds 9.8 to 15.2% (95% interval)`; "12.5% (revised from 12.5%)"
    /// would not say what the source changed.
    ///
    /// An exact earlier number of a figure published only as `<k` now, or at any time after it, is
    /// withheld (`FigureRevision.isWithheld`): `an exact count withheld because the source now
    /// suppresses it`, or `... because the source suppressed it later`.
    func earlierNumber(_ revisions: [FigureRevision], at index: Int, of figure: FigureRecord) -> String {
        let revision = revisions[index]
        if let withheld = revision.withheldText(under: figure) { return withheld }
        // What the number became: the next revision's earlier number, or the figure now.
        let next = index > 0 ? revisions[index - 1] : nil
        let laterUnit = next.map { $0.unit ?? figure.unit } ?? figure.unit
        if let unit = revision.unit, unit != laterUnit {
            let earlier = catalog.quantity(unit: unit, measure: figure.measure)
            let number = earlier.boundedText(value: revision.value, censored: revision.censored, low: revision.low, high: revision.high)
            // A count of people is written as a bare number; beside a number in another unit it is named.
            return unit == "persons" ? "\(number) persons" : number
        }
        let quantity = quantity(figure)
        // A minimum stays one (`revised from at least 30,000`), as every number of a brief is written:
        // "revised from 30,000" read as a point estimate that rose (a user-review, session 42).
        let number = quantity.boundedText(value: revision.value, censored: revision.censored, low: revision.low, high: revision.high)
        let later = (value: next.map(\.value) ?? figure.value, censored: next.map(\.censored) ?? figure.censored,
                     low: next.map(\.low) ?? figure.low, high: next.map(\.high) ?? figure.high,
                     ciLevel: next.map(\.ciLevel) ?? figure.ciLevel)
        let levelChanged = revision.levelDiffers(from: later.ciLevel)
        guard number == quantity.boundedText(value: later.value, censored: later.censored, low: later.low, high: later.high),
              revision.low != later.low || revision.high != later.high || levelChanged else {
            // A value revised without bounds where the earlier one had both: the interval it lost is
            // said, or `12,500 (revised from 12,000)` hid that 12,000 came with 10,000 to 14,000
            // (a statistician's review, session 54).
            guard !revision.censored, revision.value != nil, later.low == nil, later.high == nil, revision.low != nil, revision.high != nil,
                  let range = quantity.range(low: revision.low, high: revision.high, censored: false) else { return number }
            let level = revision.ciLevel.map { " (\(NumberText.decimal($0 * 100, digits: 1))% interval)" } ?? ""
            return "\(number), bounds \(range)\(level)"
        }
        // The earlier level, where it was another: `bounds 9.8 to 15.2% (95% interval)`.
        let level = levelChanged ? revision.ciLevel.map { " (\(NumberText.decimal($0 * 100, digits: 1))% interval)" } ?? "" : ""
        return quantity.range(low: revision.low, high: revision.high, censored: revision.censored).map { "\(number), bounds \($0)\(level)" }
            ?? "\(number) without bounds"
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
        let number = quantity.boundedText(
            value: entry.value, censored: entry.censored, low: entry.low, high: entry.high, valueLastDigit: entry.valueLastDigit,
            lowLastDigit: entry.lowLastDigit, highLastDigit: entry.highLastDigit)
        return entry.revisedFrom.map { "\(number) (\($0))" } ?? number
    }

    /// The figure's number as a caution writes it (`QuantityText.boundedText`): a minimum or
    /// maximum with its bound, `at least 12.3 million`, `up to 47,000`, as the tables and charts
    /// show it; a range without a value with its level, `10,000 to 13,000 (95% interval)`.
    func boundedText(_ figure: FigureRecord) -> String {
        quantity(figure).boundedText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit,
            lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
    }

    /// The figure's number as a line that names it alone writes it (`QuantityText.statedText`),
    /// with its earlier numbers when revised: `at least 2.45 million`, `12,000 (10,000 to 14,000,
    /// 95% interval)`, `51,500 (revised from 50,000)`.
    func statedText(_ figure: FigureRecord) -> String {
        let number = quantity(figure).statedText(
            value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel,
            valueLastDigit: figure.valueLastDigit, lowLastDigit: figure.lowLastDigit, highLastDigit: figure.highLastDigit)
        return revisedFrom(figure).map { "\(number) (\($0))" } ?? number
    }
}
