/// A mark written where a number is missing: a program's (`NA`, `NaN`, `#N/A`, `null`, `None`), or
/// the one an official table prints for a figure it does not give (`..`, `...`, `…`, `-`, `–`, `x`,
/// `n.d.`, `n/a`, Eurostat's `:`), refused saying what it is and what to write in its column.
///
/// Why per column: `value` is required, and "leave the cell empty" there led to the next refusal,
/// `no value given` (a national statistics office's review, session 48); a figure the source does
/// not give cannot be stored, whereas `low`, `high` or a sample size can be left empty. A GLOTIP
/// row's `txtVALUE` is required too, and was told "the cell empty" until session 53. Why the
/// tables' marks by name: they are the commonest non-numbers of a typed yearbook, and the generic
/// message offered `<5`, which typed for a suppressed cell stores a count of 1 to 4 the table never
/// gave. A suppressed cell's message names no such form.
struct MissingMark {
    /// Whether the column the mark stands in must hold a number.
    enum Column {
        /// A figure's `value`: a row without a number (or a range) is no figure.
        case required
        /// A bulk export's value (GLOTIP's `txtVALUE`): a row without a number is no figure, and
        /// the export has no `low` and `high` for a range.
        case exportRow
        /// `low`, `high`, a study's `sample_size`, an Our World in Data cell: may be left empty.
        case optional
    }

    /// What the mark is, after the quoted text: `marks a missing number`, `is the mark ...`.
    private let meaning: String
    /// Said of a program's mark: how to make that program write an empty cell instead.
    private let writer: String
    /// Whether the mark may stand for zero (`-`, as IBGE prints a true zero).
    private let mayBeZero: Bool
    private let text: String

    /// The mark `text` is (spaces around it aside), or nil for any other text.
    init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        // Every mark is short: a longer text is not looked at.
        guard (1...6).contains(trimmed.utf8.count) else { return nil }
        let program = "marks a missing number"
        let found: (meaning: String, writer: String, zero: Bool)
        switch trimmed.lowercased() {
        case "na": found = (program, " (R writes NA for a missing value: write.csv(..., na = \"\") writes empty cells instead)", false)
        case "nan": found = (program, " (R and pandas write NaN for a missing value: in pandas, to_csv(..., na_rep=\"\") writes empty cells)", false)
        case "#n/a": found = (program, " (Excel's #N/A: copy the column and paste it as values, with the #N/A cells cleared)", false)
        case "null", "none": found = (program, "", false)
        case "..": found = ("is the mark statistical tables (UN, OECD, Eurostat, World Bank) print for a figure not available", "", false)
        case "...", "\u{2026}": found = ("is the mark statistical tables (IBGE and others) print for a figure not available", "", false)
        case "x": found = ("is the mark statistical tables (Statistics Canada, IBGE) print for a figure suppressed for confidentiality", "", false)
        case "-", "\u{2013}", "\u{2014}": found = ("is the mark statistical tables print for a figure that is nil or not available", "", true)
        case "n.d.", "n.d", "n/d": found = ("is the mark tables print for a figure not available (no disponible, non disponible, não disponível)", "", false)
        case "n/a", "n.a.", "n.a": found = ("is the mark tables print for a figure not available", "", false)
        case ":": found = ("is Eurostat's mark for a figure not available", "", false)
        case ":c", ": c": found = ("is Eurostat's mark for a confidential figure", "", false)
        default: return nil
        }
        self.text = text
        meaning = found.meaning
        writer = found.writer
        mayBeZero = found.zero
    }

    /// The refusal, with what to write in `column`.
    ///
    /// A mark that may stand for zero is written 0 only where the table defines it so: "if the
    /// table uses - for zero, write 0" read, beside a figure not available, as advice to turn a
    /// missing count into 0 (a statistician's review, session 53).
    func message(in column: Column) -> String {
        let mark = text.trimmingWhitespace()
        let zero = mayBeZero ? "; write 0 only where the table's notes define \(mark) as nil (a true zero), never for a figure not available" : ""
        switch column {
        case .required:
            return "\"\(text)\" \(meaning), not a number; a figure the source does not give cannot be stored: expected the row "
                + "left out, or value empty with both low and high when the source publishes only a range\(zero)\(writer)"
        case .exportRow:
            return "\"\(text)\" \(meaning), not a number; a figure the source does not give cannot be stored: expected the row "
                + "left out\(zero)\(writer)"
        case .optional:
            return "\"\(text)\" \(meaning), not a number; expected the cell empty when the source gives none\(zero)\(writer)"
        }
    }
}
