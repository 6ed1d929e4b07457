import Storage

/// Ingest's warning at a row that loads a stored figure's number again, the same number, printed
/// with fewer digits than the source printed it: `12.0%` as `12`, `2.50 million` as `2500000.0`.
///
/// Why a warning, not a refusal: the source may print it so now, and loading `2.5 million` over
/// `2.50 million` is how a mistyped zero is corrected. But that is also what a figures export of
/// `tipdb sql` (which writes `12.0`, `2500000.0`, `9.5`), cleaned in R or pandas and loaded back,
/// does to every such figure: the load said "2 updated" and briefs printed `12%` from then on,
/// with nothing said (a meta-analyst's review, session 51). More digits than stored (`2.5
/// million` as `2.50 million`) are typed, or given by the digit columns, and are not warned about.
enum PrintedDigitsLoss {
    /// The warning for `stored` (the figure as this load writes it) replacing `previous`, or nil
    /// when none of its value, low and high keeps its number with fewer printed digits.
    ///
    /// Cheap on a large file: only a figure whose printed digits changed is looked at further.
    ///
    /// - Parameters:
    ///   - keptNumber: a correction's number was kept over the row's (`KeptCorrection`): nothing changed.
    ///   - cell: where the row gave its number (`KeyReuseCheck.Cells.number`), else the row.
    ///   - dimension: the dimension of the figure's unit (`Vocabulary.dimension(of:)`), to print
    ///     the numbers as briefs do.
    static func warning(
        _ stored: Figure, replaced previous: Figure, keptNumber: Bool, at cell: KeyReuseCheck.Cells.Position, file: String,
        dimension: String?
    ) -> IngestIssue? {
        guard stored.valueLastDigit != previous.valueLastDigit || stored.lowLastDigit != previous.lowLastDigit
                || stored.highLastDigit != previous.highLastDigit,
              !keptNumber, !stored.censored, !previous.censored, stored.unit == previous.unit else { return nil }
        let quantity = QuantityText(unit: stored.unit, label: nil, dimension: dimension, measureCounts: nil)
        var lost: [(field: String, before: String, after: String)] = []
        for (field, number, old, before, after) in [
            ("value", stored.value, previous.value, previous.valueLastDigit, stored.valueLastDigit),
            ("low", stored.low, previous.low, previous.lowLastDigit, stored.lowLastDigit),
            ("high", stored.high, previous.high, previous.highLastDigit, stored.highLastDigit),
        ] {
            // Fewer digits: none now, or a last digit at a higher power of ten.
            guard let number, number == old, let before, after.map({ $0 > before }) ?? true else { continue }
            lost.append((field, quantity.text(value: number, censored: false, high: nil, valueLastDigit: before),
                         quantity.text(value: number, censored: false, high: nil, valueLastDigit: after)))
        }
        guard let first = lost.first else { return nil }
        let changes = lost.map { "\($0.field) \($0.before) → \($0.after)" }.joined(separator: ", ")
        return IngestIssue(
            file: file, line: cell.line, column: cell.column,
            message: "\(first.field): figure \"\(stored.key)\" is loaded with the \(lost.count == 1 ? "number" : "numbers") it had, printed with "
                + "fewer digits than stored: \(changes); briefs, lineage and search now print \(first.after); if the source printed "
                + "\(first.before), write \(lost.count == 1 ? "it" : "them") so, or give the value_last_digit, low_last_digit and "
                + "high_last_digit columns as tipdb sql exports them from figures (tipdb sql, R and pandas write numbers without "
                + "such zeros: README, \"Export and load back\"); loaded as written")
    }
}
