import Storage

/// Cautions on key figures that count over a period other than one year (kind `period`):
/// "Detected victims of trafficking, Germany: the key figure, 110 (Statistics Office 2021 [1]), is a
/// count over one month (2020-12), not over a year; ..."
///
/// Why: the key figure is the latest primary figure (`Headline.best`, as `latest_estimates` picks
/// it), so December's count beats the year before it, and a measure defined as counted "in a
/// year" then speaks through one month's count with only "2020-12" in the period column to say
/// so. The choice stays the view's, so that the brief and a query of the database agree; the
/// caution, printed under the key figures table with the age cautions, says what the number is
/// and names the latest count over one year. Where a whole year ends on the same day, the key
/// figure is already the year's (`Headline.wholeness`). Prevalence estimates, shares, rates and
/// index scores are left out: they describe a point in time or a ratio, not what happened during
/// the period.
enum KeyFigurePeriod {
    static let kind = "period"

    /// One caution per key figure of a count or an amount of money whose period is not one year
    /// (`PeriodDays.isOneYear`), in the key figures' order. Reads only the figures of each such
    /// key figure's measure and place (`KeyFigureAge.run`).
    static func build(_ keyFigures: [KeyFigure], ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var warnings: [ComparabilityWarning] = []
        for key in keyFigures where !PeriodDays.isOneYear(start: key.figure.periodStart, end: key.figure.periodEnd) {
            guard catalog.measures[key.measure]?.counts != "prevalence-estimate",
                  let unit = catalog.defaultUnits[key.measure], key.figure.unit == unit else { continue }
            let dimension = catalog.units[unit]?.dimension
            guard dimension == "count" || dimension == "money" else { continue }
            if warnings.count == KeyFigureAge.limit {
                warnings.append(ComparabilityWarning(
                    kind: kind,
                    text: "More key figures count over a period other than one year; the same caution applies to each "
                        + "(see their periods in the key figures table).",
                    figures: [], citations: []))
                break
            }
            warnings.append(caution(key, money: dimension == "money", ordered: ordered, context: context))
        }
        return warnings
    }

    private static func caution(_ key: KeyFigure, money: Bool, ordered: [FigureRecord], context: BriefContext) -> ComparabilityWarning {
        let figure = key.figure
        let length = PeriodLength(start: figure.periodStart, end: figure.periodEnd)
        let what = money ? "an amount" : "a count"
        var text = CitedText(plain: "\(key.measureLabel), \(Words.aroundComma(key.placeName)): the key figure, \(figure.markedText) ")
        text += "(\(figure.sourceLabel) \(CitedText.citation(figure.citation))), is \(what) over \(length.text) (\(figure.period)), "
        text += money
            ? "not one year, while the measure is a year's amount, as the brief writes it: check that its source gave a yearly amount, not a total for the period. "
            : "not over a year: it is the latest figure, but not comparable with a year's count. "
        var citations = [figure.citation]
        var figures = [figure.key]
        let run = KeyFigureAge.run(measure: key.measure, place: key.place, in: ordered, context: context)
        if let year = Headline.best(of: run, catalog: context.catalog, eligible: { PeriodDays.isOneYear(start: $0.periodStart, end: $0.periodEnd) }) {
            let citation = context.cite(year.source)
            citations.append(citation)
            figures.append(year.key)
            text += CitedText(plain: "The latest \(money ? "amount" : "count") over one year is \(context.markedText(year)) for "
                + "\(ReferencePeriod(start: year.periodStart, end: year.periodEnd).text) (\(context.label(year.source)) ")
            text += CitedText.citation(citation) + ")."
        } else {
            text += "No primary figure over one year of this measure and place is in the brief."
        }
        return ComparabilityWarning(kind: kind, text: text, figures: figures, citations: citations)
    }
}
