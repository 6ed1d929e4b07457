import Storage

/// Figures in scope whose quote states numbers of their kind none of which is their own: the rule
/// of `tipdb check`'s `quote-contradicts-value`, by its own reading (`QuoteNumbers.contradicting`),
/// so brief and check name the same figures.
///
/// Why a caution: a brief printed 1,578 beside a quote reading "identified 1,857 victims" without a
/// word, though check and ingest warned of it (session 54); the quote is printed in the figures
/// tables, where counsel finds the contradiction first. Either the number or the quote is wrong,
/// and which one only the source says, so the figure is kept, and kept as a key figure.
extension ComparabilityCheck {
    /// Quote cautions beyond this many are summed up in one sentence: a brief must stay readable.
    static let quoteWarningLimit = 20

    /// A figure whose quote states numbers of its kind none of which is its own, and those numbers.
    struct ContradictedQuote: Sendable {
        let figure: FigureRecord
        let stated: [QuoteNumbers.Stated]
    }

    /// The figures of `ordered` whose quote contradicts them, in reading order: found from the
    /// figures and the catalog alone, so on another thread than the one that numbers citations.
    ///
    /// Why apart from the wording: reading every quote was 5 % of a 100,000-figure brief's time
    /// on the thread that builds it (`perf`, session 55), for at most `quoteWarningLimit` cautions.
    static func contradictedQuotes(_ ordered: [FigureRecord], catalog: Catalog) -> [ContradictedQuote] {
        var found: [ContradictedQuote] = []
        for figure in ordered {
            // Check's query: a censored count has no value to compare, and only these units' numbers are read.
            guard let quote = figure.quote, !figure.censored, let dimension = catalog.units[figure.unit]?.dimension,
                  ["count", "money", "share", "rate"].contains(dimension) else { continue }
            let stated = QuoteNumbers.contradicting(
                quote: quote, value: figure.value, low: figure.low, high: figure.high, dimension: dimension, unit: figure.unit)
            if !stated.isEmpty { found.append(ContradictedQuote(figure: figure, stated: stated)) }
        }
        return found
    }

    /// One caution per figure `contradictedQuotes` found, in reading order; the ones beyond
    /// `quoteWarningLimit` in one sentence naming them (JSON `figures`).
    static func quoteWarnings(_ found: [ContradictedQuote], context: BriefContext) -> [ComparabilityWarning] {
        var warnings = found.prefix(quoteWarningLimit).map { quoteWarning($0.figure, stated: $0.stated, context: context) }
        if found.count > quoteWarningLimit {
            let more = found.count - quoteWarningLimit
            warnings.append(summary(
                "quotes", "\(Words.count(more, "more figure has a quote", "more figures have quotes")) stating numbers none of "
                    + "which is the figure's; the same caution applies to each (the database's own checks list them all)."))
            warnings[warnings.count - 1].figures = found.dropFirst(quoteWarningLimit).map(\.figure.key)
        }
        return warnings
    }

    /// "Detected victims of trafficking, Nigeria, 2023 (all), TIP 2024 [1]: the figure 1,578 (nga)
    /// is stored with a quote that states 1,857, which is not its number. ..."
    private static func quoteWarning(_ figure: FigureRecord, stated: [QuoteNumbers.Stated], context: BriefContext) -> ComparabilityWarning {
        let numbers = Words.list(stated.map(\.text))
        let which = stated.count == 1 ? "which is not its number" : "none of which is its number, nor all of them added"
        var text = FigureErrorCautions.subject(figure, context: context)
        text += CitedText(plain: ": the figure \(context.boundedText(figure)) (\(figure.key)) is stored with a quote that states "
            + "\(numbers), \(which) (quote-contradicts-value). Either the number was mistyped or the quote is of another number; "
            + "check both against the source before citing the figure or its quote.")
        return ComparabilityWarning(kind: "quotes", text: text, figures: [figure.key], citations: [context.cite(figure.source)])
    }
}
