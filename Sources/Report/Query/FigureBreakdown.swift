/// A breakdown a figure is restricted to beyond sex, age group and form: a row of
/// `figure_breakdowns` (citizenship Nationals, country of repatriation Abroad, means of control
/// debt-bondage).
///
/// Why reports read them: a GLOTIP count of Albanian nationals detected in Albania is no total,
/// yet its sex, age group and form say "everyone"; without its breakdown, three different numbers
/// for Albania 2021 would all read as the total.
struct FigureBreakdown: Sendable, Equatable {
    /// What the figure is broken down by: `citizenship`, `country-of-repatriation`, ...
    let dimension: String
    /// The category: a place code, a code such as `debt-bondage`, or the text as published.
    let category: String
    /// The category as a place, when it names one.
    let place: String?

    /// Separates the fields of one breakdown, and breakdowns, in the text `FigureRows` reads:
    /// control characters, which no stored dimension, category or place code holds.
    static let fieldSeparator: Character = "\u{1F}"
    static let breakdownSeparator: Character = "\u{1E}"

    /// The breakdowns in `text`, as `FigureRows.select` writes them (`dimension US category US place`,
    /// records separated by RS), ordered by dimension so that the words never depend on the order
    /// SQLite returned the rows in.
    static func parse(_ text: String) -> [FigureBreakdown] {
        text.split(separator: breakdownSeparator, omittingEmptySubsequences: true).compactMap { record in
            let fields = record.split(separator: fieldSeparator, maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return FigureBreakdown(
                dimension: String(fields[0]), category: String(fields[1]), place: fields[2].isEmpty ? nil : String(fields[2]))
        }.sorted { $0.dimension < $1.dimension }
    }
}
