import Storage

/// Ingest's warning at a row without a `censored` column that turns a stored censored count into
/// an estimate published only as the range 1 to k - 1: the form tipdb itself writes `<k` in, read
/// back without the flag that says so.
///
/// Why a warning, not a refusal: such a range may be what the source publishes now. But a script
/// that exports the brief's CSV, drops the `censored` column and loads the rest back turned a
/// disclosure-controlled `<5` into the estimate "1 to 4", with a revision and exit 0, and nothing
/// said so (a data scientist's review, session 48). With the column, the row is the same `<k`.
enum CensoredRangeCheck {
    /// Where a row that may be such a range gave its value (the row's start when it has no value
    /// column): a range-only estimate from 1, from a row without a `censored` column; nil for any other.
    static func cell(of figure: Figure, row: RowReader) -> KeyReuseCheck.Cells.Position? {
        guard figure.value == nil, !figure.censored, figure.low == 1, figure.high != nil, row.field("censored") == nil else { return nil }
        let field = row.field("value")
        return KeyReuseCheck.Cells.Position(line: field?.line ?? row.record.line, column: field?.column ?? row.record.column)
    }

    /// The warning for `figure`, written over `previous`, or nil when `previous` is no censored
    /// count with the same bound.
    static func warning(_ figure: Figure, replaced previous: Figure?, at cell: KeyReuseCheck.Cells.Position?, file: String) -> IngestIssue? {
        guard let cell, let previous, previous.censored, let high = figure.high, previous.high == high, high < 9e15 else { return nil }
        let count = "<\(Int(high) + 1)"
        return IngestIssue(
            file: file, line: cell.line, column: cell.column,
            message: "value: empty, with low 1 and high \(Int(high)), makes figure \"\(figure.key)\" an estimate published only as the range "
                + "1 to \(Int(high)), where it was stored as the censored count \(count); if the source gives \(count), write \(count) in value, "
                + "or add a censored column with 1 (as the brief's CSV and tipdb sql write it); loaded as written")
    }
}
