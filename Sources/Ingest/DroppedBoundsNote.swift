import Storage

/// Ingest's warning at a row that changes a stored figure's value without columns for its bounds:
/// the interval stored with the old value is dropped with it (README, "Updates change only what
/// the file gives"), and the figure goes on without one.
///
/// Why a warning: a statistician who corrected a typo in a point estimate (12,000 to 12,500) got
/// an estimate with no uncertainty, while the load said "1 updated" and nothing more; tipdb warns
/// of smaller things, such as a `2.50 million` loaded back as `2.5 million` (a statistician's
/// review, session 54). Dropping is right (the bounds belong to the old estimate), but the user
/// must hear of it to give the new ones.
enum DroppedBoundsNote {
    /// The warning for `stored` (the figure as this load writes it) replacing `previous`, or nil
    /// unless the row gave neither `low` nor `high`, the value changed, and the stored figure had
    /// both bounds (an interval or a range, not a censored count) that it now lacks.
    ///
    /// - Parameters:
    ///   - unstated: the fields the row did not give (`UnstatedFields`).
    ///   - keptNumber: a correction's number was kept over the row's (`KeptCorrection`): nothing changed.
    ///   - cell: where the row gave its number (`KeyReuseCheck.Cells.number`), else the row.
    ///   - dimension: the dimension of the figure's unit (`Vocabulary.dimension(of:)`), to print
    ///     the numbers as briefs do.
    static func warning(
        _ stored: Figure, replaced previous: Figure, unstated: UnstatedFields, keptNumber: Bool,
        at cell: KeyReuseCheck.Cells.Position, file: String, dimension: String?
    ) -> IngestIssue? {
        guard unstated.contains(.low), unstated.contains(.high), !keptNumber, !previous.censored, !stored.censored,
              stored.low == nil, stored.high == nil, stored.unit == previous.unit,
              let low = previous.low, let high = previous.high, let value = stored.value, value != previous.value,
              let old = previous.value else { return nil }
        let quantity = QuantityText(unit: stored.unit, label: nil, dimension: dimension, measureCounts: nil)
        let bounds = quantity.range(
            low: low, high: high, censored: false, lowLastDigit: previous.lowLastDigit, highLastDigit: previous.highLastDigit) ?? ""
        let level = previous.ciLevel.map { " (\(NumberText.decimal($0 * 100, digits: 1))% interval)" } ?? ""
        let before = quantity.text(value: old, censored: false, high: nil, valueLastDigit: previous.valueLastDigit)
        let after = quantity.text(value: value, censored: false, high: nil, valueLastDigit: stored.valueLastDigit)
        return IngestIssue(
            file: file, line: cell.line, column: cell.column,
            message: "value: figure \"\(stored.key)\" changes from \(before) to \(after), and its stored bounds, \(bounds)\(level), "
                + "are dropped with the old value (kept in its revision): briefs now show \(after) without a range; give low, high"
                + "\(previous.ciLevel == nil ? "" : " and ci_level") for \(after) where the source states them; loaded as written")
    }
}
