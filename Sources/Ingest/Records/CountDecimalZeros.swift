import Storage

/// Zeros after the point of a count (`2,450,000.00` or `1234.00` persons): not kept as the
/// figure's printed digits, with a warning at the cell that says so.
///
/// Why: tipdb keeps a value's zeros after its point as a claim of precision the source made,
/// `2.50 million` (to ten thousand) or `12.0%` (to a tenth of a percent). A count (persons,
/// cases) is a whole number, and one that is not is refused, so a zero after its point claims a
/// precision finer than one person, which no count has: it is what a spreadsheet's Number, Comma
/// Style or Accounting format writes after every number of a column (two decimals by default),
/// and briefs, search and JSON cited "2,450,000.00 detected victims" (a review of students'
/// exports, session 49). Zeros before the point are not touched (`2.50 million` persons keeps
/// its zero, which is ten thousand people), nor is the number: only the digits a brief prints.
enum CountDecimalZeros {
    /// Drops from `figure` the printed digits of its value, `low` and `high` that end after the
    /// point, when its unit is a count, and returns one warning for each, at its cell.
    ///
    /// Cheap on a large file: the unit is looked up only for a figure with such digits.
    static func drop(from figure: inout Figure, row: RowReader, vocabulary: Vocabulary, format: InputFormat) -> [IngestIssue] {
        func afterPoint(_ digit: Int?) -> Bool { (digit ?? 0) < 0 }
        guard afterPoint(figure.valueLastDigit) || afterPoint(figure.lowLastDigit) || afterPoint(figure.highLastDigit),
              vocabulary.dimension(of: figure.unit) == "count" else { return [] }
        var warnings: [IngestIssue] = []
        func warn(_ name: String, _ number: Double?) {
            guard let text = row.text(name), let number, let field = row.field(name) else { return }
            let cause = format == .csv || format == .tsv
                ? "as a spreadsheet's Number, Comma Style or Accounting format saves every number of a column"
                : "as a program writes a number to a fixed count of decimals"
            warnings.append(IngestIssue(
                file: row.file, line: field.line, column: field.column,
                message: "\(name): \"\(text)\" is a count of \(figure.unit) with zeros after its point, \(cause); \(figure.unit) are "
                    + "counted in whole numbers, so the zeros claim no precision and are not kept: loaded as "
                    + "\(NumberText.grouped(NumberText.exact(number))) (format the column with no decimal places before saving "
                    + "to leave them out)"))
        }
        if afterPoint(figure.valueLastDigit) {
            figure.valueLastDigit = nil
            warn("value", figure.value)
        }
        if afterPoint(figure.lowLastDigit) {
            figure.lowLastDigit = nil
            warn("low", figure.low)
        }
        if afterPoint(figure.highLastDigit) {
            figure.highLastDigit = nil
            warn("high", figure.high)
        }
        return warnings
    }
}
